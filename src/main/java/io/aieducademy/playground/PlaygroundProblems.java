package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;
import io.aieducademy.autograd.web.ProblemAdvice;
import io.aieducademy.autograd.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of {@code /api/playground/train} into an RFC 9457 problem with a
 * plain sentence: 400 for a request that cannot be used (with the {@code field} at
 * fault), 413 for a body over the limit, 422 over the work or CPU-time bound or when the
 * training diverged, 429 when every evaluation slot is taken. The titles and the
 * sentences about the request's form are the bundle's {@code problem.*} messages.
 */
@RestControllerAdvice(basePackageClasses = PlaygroundController.class)
class PlaygroundProblems extends ProblemAdvice {

	PlaygroundProblems(MessageSource messages) {
		super(messages,
				new Problems.UnreadableCodes("problem.training.empty", "problem.training.notJson",
						"problem.training.notJson", "problem.training.wrongType", "problem.training.wrongTypeIn"),
				"problem.training.internal", "/api/playground/train");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadTrainingRequestException ex) {
		return unusable(ex, "problem.training.bad.title");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(TrainingTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(problem(ex, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageCode(), ex.messageCode() + ".title",
					ex.arguments()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(EvaluationSlots.TooManyEvaluationsException ex) {
		return ex.response(this.messages);
	}

}
