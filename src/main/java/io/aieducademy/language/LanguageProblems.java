package io.aieducademy.language;

import io.aieducademy.autograd.web.ProblemAdvice;
import io.aieducademy.autograd.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the language endpoints into an RFC 9457 problem with a plain
 * sentence from the bundle's {@code problem.language.*} messages: 400 for a request that
 * cannot be used, with the {@code field} at fault.
 */
@RestControllerAdvice(basePackageClasses = LanguageController.class)
class LanguageProblems extends ProblemAdvice {

	LanguageProblems(MessageSource messages) {
		super(messages,
				new Problems.UnreadableCodes("problem.language.empty", "problem.language.notJson",
						"problem.language.notJson", "problem.language.wrongType", "problem.language.wrongTypeIn"),
				"problem.language.internal", "the language endpoints");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadLanguageRequestException ex) {
		return unusable(ex, "problem.language.bad.title");
	}

}
