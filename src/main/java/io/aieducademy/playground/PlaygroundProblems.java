package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;
import io.aieducademy.autograd.web.Problems;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of {@code /api/playground/train} into an RFC 9457 problem with a
 * plain sentence: 400 for a request that cannot be used (with the {@code field} at
 * fault), 413 for a body over the limit, 422 over the work or CPU-time bound or when the
 * training diverged, 429 when every evaluation slot is taken. The titles and the
 * sentences about the request's form are the bundle's {@code problem.*} messages.
 */
@RestControllerAdvice(basePackageClasses = PlaygroundController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlaygroundProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(PlaygroundProblems.class);

	private static final Problems.UnreadableCodes UNREADABLE = new Problems.UnreadableCodes("problem.training.empty",
			"problem.training.notJson", "problem.training.notJson", "problem.training.wrongType",
			"problem.training.wrongTypeIn");

	private final MessageSource messages;

	PlaygroundProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadTrainingRequestException ex) {
		ProblemDetail problem = Problems.of(this.messages, ex, HttpStatus.BAD_REQUEST, ex.messageCode(),
				"problem.training.bad.title", ex.arguments());
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(TrainingTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Problems.of(this.messages, ex, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageCode(),
					ex.messageCode() + ".title", ex.arguments()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(EvaluationSlots.TooManyEvaluationsException ex) {
		return ex.response(this.messages);
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure in /api/playground/train", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(this.messages, ex, HttpStatus.INTERNAL_SERVER_ERROR, "problem.training.internal",
					"problem.internal.title"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.unreadable(this.messages, ex, UNREADABLE);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
