package io.aieducademy.autograd.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * How the APIs that evaluate (the lab's and the playground's) write a problem: its detail
 * is the message bundle's {@code code} and its title the message {@code titleCode}, both
 * resolved by Spring's {@link ErrorResponse} for the request's locale.
 */
public final class Problems {

	private Problems() {
	}

	/** The problem for {@code ex}, in the bundle's words. */
	public static ProblemDetail of(MessageSource messages, Exception ex, HttpStatusCode status, String code,
			String titleCode, Object... arguments) {
		return ErrorResponse.builder(ex, status, code)
			.titleMessageCode(titleCode)
			.detailMessageCode(code)
			.detailMessageArguments(arguments)
			.build(messages, LocaleContextHolder.getLocale())
			.getBody();
	}

	/**
	 * The problem for {@code ex} with a detail written elsewhere (the engine's sentence
	 * about a program) and a title from the bundle.
	 */
	public static ProblemDetail withDetail(MessageSource messages, Exception ex, HttpStatusCode status, String detail,
			String titleCode) {
		return ErrorResponse.builder(ex, status, detail)
			.titleMessageCode(titleCode)
			.build(messages, LocaleContextHolder.getLocale())
			.getBody();
	}

	/**
	 * Where in the request a value of the wrong type is, as in {@code values.x}; empty at
	 * the top.
	 */
	public static String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The first of {@code ex} and its causes that is a {@code type}, if any. */
	public static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
