package io.aieducademy.fitting;

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
 * Turns every failure of {@code POST /api/polynomial-fit} into an RFC 9457 problem with a
 * plain sentence from the bundle's {@code problem.overfitting.*} messages: 400 for a
 * request that cannot be used, with the {@code field} at fault.
 */
@RestControllerAdvice(basePackageClasses = FitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FitProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(FitProblems.class);

	private static final Problems.UnreadableCodes UNREADABLE = new Problems.UnreadableCodes("problem.overfitting.empty",
			"problem.overfitting.notJson", "problem.overfitting.notJson", "problem.overfitting.wrongType",
			"problem.overfitting.wrongTypeIn");

	private final MessageSource messages;

	FitProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadFitRequestException ex) {
		ProblemDetail problem = Problems.of(this.messages, ex, HttpStatus.BAD_REQUEST, ex.messageCode(),
				"problem.overfitting.bad.title", ex.arguments());
		problem.setProperty("field", ex.field());
		return ResponseEntity.badRequest().body(problem);
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure in the polynomial fit", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(this.messages, ex, HttpStatus.INTERNAL_SERVER_ERROR, "problem.overfitting.internal",
					"problem.internal.title"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.unreadable(this.messages, ex, UNREADABLE);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
