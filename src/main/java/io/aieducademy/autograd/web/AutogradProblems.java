package io.aieducademy.autograd.web;

import java.util.Locale;

import io.aieducademy.autograd.ProgramException;
import io.aieducademy.autograd.Span;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of {@code /api/autograd} into an RFC 9457 problem
 * ({@code application/problem+json}) with a sentence a learner understands. Mistakes in a
 * program are 400 (422 when over a limit) and carry {@code line}, {@code column},
 * {@code length} and an {@code excerpt} with a caret under the column. Spring MVC's own
 * exceptions (405, 406, 415, ...) keep their status through
 * {@link ResponseEntityExceptionHandler}. Nothing a client sends yields a stack trace.
 */
@RestControllerAdvice(basePackageClasses = AutogradController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AutogradProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(AutogradProblems.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> programException(ProgramException ex) {
		boolean overLimit = ex.kind() == ProgramException.Kind.TOO_LARGE || ex.kind() == ProgramException.Kind.TOO_DEEP;
		HttpStatus status = overLimit ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title(ex.kind()));
		problem.setProperty("kind", ex.kind().name().toLowerCase(Locale.ROOT));
		Span span = ex.span();
		if (span != null) {
			problem.setProperty("line", span.line());
			problem.setProperty("column", span.column());
			problem.setProperty("length", span.length());
			problem.setProperty("excerpt", ex.excerpt());
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static String title(ProgramException.Kind kind) {
		return switch (kind) {
			case SYNTAX -> "The program cannot be read";
			case UNKNOWN_NAME -> "A name has no value";
			case BAD_CALL -> "A function is called wrongly";
			case BAD_VALUES -> "The values cannot be used";
			case TOO_LARGE -> "The program is too large";
			case TOO_DEEP -> "The program is nested too deeply";
		};
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request needs an \"expression\" with the program, for example "
						+ "{\"expression\": \"L = (w*x - y)^2\", \"values\": {\"w\": 2, \"x\": 3, \"y\": 10}}.");
		problem.setTitle("The expression is missing");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> bodyTooLarge(BoundedRequestBody.BodyTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request is larger than " + ex.limit() + " bytes, which is the limit. Send a shorter program.");
		problem.setTitle("The request is too large");
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyEvaluations(EvaluationSlots.TooManyEvaluationsException ex) {
		return ex.response();
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure in /api/autograd", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side while evaluating the program. It is not your mistake.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BoundedRequestBody.BodyTooLargeException tooLarge = cause(ex, BoundedRequestBody.BodyTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge(tooLarge).getBody());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex));
		problem.setTitle("The request is not valid JSON");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String unreadable(HttpMessageNotReadableException ex) {
		JacksonException jackson = cause(ex, JacksonException.class);
		if (jackson == null) {
			return "The request body is empty or unreadable. Send JSON such as {\"expression\": \"L = (w*x - y)^2\"}.";
		}
		if (jackson instanceof StreamReadException) {
			TokenStreamLocation location = jackson.getLocation();
			String where = (location != null && location.getLineNr() > 0)
					? " near line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
			return "The request body is not valid JSON" + where + ".";
		}
		String path = jackson.getPathReference();
		String field = path.isEmpty() ? "" : " in " + field(jackson);
		return "A field of the request has the wrong type" + field
				+ ": \"expression\" must be text, \"values\" an object of numbers, \"gradCheck\" and \"graph\" true or false.";
	}

	private static String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return "\"" + path + "\"";
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
