package io.aieducademy.autograd.web;

import io.aieducademy.json.BundleProblems;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What the APIs that read a request body of their own (the lab's, the playground's, the
 * language demos' and the fit's) share about a body that cannot be read: the sentence for
 * each way it can fail, in the bundle's words through {@link BundleProblems}.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * The 400 problem for a body that cannot be read, in the words of one API: its
	 * {@code codes} for an empty body, for text that is not JSON (with and without the
	 * place) and for a value of the wrong type (at the top, and in a field).
	 */
	public static ProblemDetail unreadable(MessageSource messages, HttpMessageNotReadableException ex,
			UnreadableCodes codes) {
		JacksonException jackson = cause(ex, JacksonException.class);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		String title = "problem.json.title";
		if (jackson == null) {
			return BundleProblems.of(messages, ex, status, codes.empty(), title);
		}
		if (jackson instanceof StreamReadException) {
			TokenStreamLocation location = jackson.getLocation();
			return (location != null && location.getLineNr() > 0)
					? BundleProblems.of(messages, ex, status, codes.notJsonAt(), title,
							Integer.toString(location.getLineNr()), Integer.toString(location.getColumnNr()))
					: BundleProblems.of(messages, ex, status, codes.notJson(), title);
		}
		String field = field(jackson);
		return field.isEmpty() ? BundleProblems.of(messages, ex, status, codes.wrongType(), title)
				: BundleProblems.of(messages, ex, status, codes.wrongTypeIn(), title, field);
	}

	/**
	 * The message codes of an API's sentences about a body that cannot be read.
	 *
	 * @param empty no body, or one that cannot be read at all
	 * @param notJson text that is not JSON
	 * @param notJsonAt the same, with the line and column (arguments 0 and 1)
	 * @param wrongType a value of the wrong type
	 * @param wrongTypeIn the same, in the field named by argument 0
	 */
	public record UnreadableCodes(String empty, String notJson, String notJsonAt, String wrongType,
			String wrongTypeIn) {

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
