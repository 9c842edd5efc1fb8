package io.aieducademy.autograd.web;

import io.aieducademy.json.BundleProblems;

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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the problem advice of every API that answers in its own words shares (the lab's,
 * the playground's and the language demos'): a body that cannot be read is a 400 in the
 * API's sentences ({@link Problems#unreadable}), and a failure nobody expected is logged
 * and answered with a 500 that gives nothing away. Spring MVC's own exceptions keep their
 * status through {@link ResponseEntityExceptionHandler}. A subclass names the controllers
 * it serves with {@code @RestControllerAdvice} and adds its API's own refusals; it runs
 * before the site's fallbacks.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public abstract class ProblemAdvice extends ResponseEntityExceptionHandler {

	/** Where the titles and sentences come from. */
	protected final MessageSource messages;

	private final Problems.UnreadableCodes unreadable;

	private final String internalCode;

	private final String served;

	/**
	 * @param messages the message bundle
	 * @param unreadable the API's sentences about a body that cannot be read
	 * @param internalCode the API's sentence for a failure on our side
	 * @param served what the API is, for the log line of an unexpected failure
	 */
	protected ProblemAdvice(MessageSource messages, Problems.UnreadableCodes unreadable, String internalCode,
			String served) {
		this.messages = messages;
		this.unreadable = unreadable;
		this.internalCode = internalCode;
		this.served = served;
	}

	/**
	 * The problem for {@code ex}, in the bundle's words (see {@link BundleProblems#of}).
	 */
	protected final ProblemDetail problem(Exception ex, HttpStatusCode status, String code, String titleCode,
			Object... arguments) {
		return BundleProblems.of(this.messages, ex, status, code, titleCode, arguments);
	}

	/**
	 * The 400 for a request that cannot be used, with the {@code field} at fault when
	 * known; {@code titleCode} is the API's title for it.
	 */
	protected final ResponseEntity<ProblemDetail> unusable(UnusableRequestException ex, String titleCode) {
		ProblemDetail problem = problem(ex, HttpStatus.BAD_REQUEST, ex.messageCode(), titleCode, ex.arguments());
		String field = ex.field();
		if (field != null) {
			problem.setProperty("field", field);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** A bug on our side: logged, and answered with a problem that gives nothing away. */
	@ExceptionHandler
	protected final ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		this.logger.error("Unexpected failure in " + this.served, ex);
		return ResponseEntity.internalServerError()
			.body(problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, this.internalCode, "problem.internal.title"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.unreadable(this.messages, ex, this.unreadable);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
