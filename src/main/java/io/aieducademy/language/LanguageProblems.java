package io.aieducademy.language;

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
 * Turns every failure of the language endpoints into an RFC 9457 problem with a plain
 * sentence from the bundle's {@code problem.language.*} messages: 400 for a request that
 * cannot be used, with the {@code field} at fault.
 */
@RestControllerAdvice(basePackageClasses = LanguageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LanguageProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(LanguageProblems.class);

	private static final Problems.UnreadableCodes UNREADABLE = new Problems.UnreadableCodes("problem.language.empty",
			"problem.language.notJson", "problem.language.notJson", "problem.language.wrongType",
			"problem.language.wrongTypeIn");

	private final MessageSource messages;

	LanguageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badRequest(BadLanguageRequestException ex) {
		ProblemDetail problem = Problems.of(this.messages, ex, HttpStatus.BAD_REQUEST, ex.messageCode(),
				"problem.language.bad.title", ex.arguments());
		problem.setProperty("field", ex.field());
		return ResponseEntity.badRequest().body(problem);
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure in the language endpoints", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(this.messages, ex, HttpStatus.INTERNAL_SERVER_ERROR, "problem.language.internal",
					"problem.internal.title"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.unreadable(this.messages, ex, UNREADABLE);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
