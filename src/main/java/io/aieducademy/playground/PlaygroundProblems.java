package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

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
 * training diverged, 429 when every evaluation slot is taken.
 */
@RestControllerAdvice(basePackageClasses = PlaygroundController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlaygroundProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(PlaygroundProblems.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadTrainingRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The training request cannot be used");
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(TrainingTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle(ex.title());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(EvaluationSlots.TooManyEvaluationsException ex) {
		return ex.response();
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure in /api/playground/train", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side while training. It is not your mistake.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = cause(ex, JacksonException.class);
		String detail;
		if (jackson == null) {
			detail = "The request body is empty or unreadable. Send JSON such as {\"dataset\": {\"kind\": \"circle\"}}.";
		}
		else if (jackson instanceof StreamReadException) {
			detail = "The request body is not valid JSON, or has a number that is not finite (NaN and Infinity "
					+ "are not JSON).";
		}
		else {
			detail = "A field of the request has the wrong type" + path(jackson)
					+ ". See the API documentation for each field's type.";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("The request is not valid JSON");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() == 0) ? "" : " in \"" + path + "\"";
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
