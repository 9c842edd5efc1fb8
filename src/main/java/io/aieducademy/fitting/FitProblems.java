package io.aieducademy.fitting;

import io.aieducademy.autograd.web.ProblemAdvice;
import io.aieducademy.autograd.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of {@code POST /api/polynomial-fit} into an RFC 9457 problem with a
 * plain sentence from the bundle's {@code problem.overfitting.*} messages: 400 for a
 * request that cannot be used, with the {@code field} at fault.
 */
@RestControllerAdvice(basePackageClasses = FitController.class)
class FitProblems extends ProblemAdvice {

	FitProblems(MessageSource messages) {
		super(messages, new Problems.UnreadableCodes("problem.overfitting.empty", "problem.overfitting.notJson",
				"problem.overfitting.notJson", "problem.overfitting.wrongType", "problem.overfitting.wrongTypeIn"),
				"problem.overfitting.internal", "the polynomial fit");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadFitRequestException ex) {
		return unusable(ex, "problem.overfitting.bad.title");
	}

}
