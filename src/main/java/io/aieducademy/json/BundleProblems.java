package io.aieducademy.json;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;

/**
 * How every API words an RFC 9457 problem: its detail is the message bundle's
 * {@code code} and its title the message {@code code.title} (or a title code of its own),
 * resolved by Spring's {@link ErrorResponse} for the request's locale.
 */
public final class BundleProblems {

	private BundleProblems() {
	}

	/** The problem for {@code ex}: detail {@code code}, title {@code titleCode}. */
	public static ProblemDetail of(MessageSource messages, Exception ex, HttpStatusCode status, String code,
			String titleCode, Object... arguments) {
		return ErrorResponse.builder(ex, status, code)
			.titleMessageCode(titleCode)
			.detailMessageCode(code)
			.detailMessageArguments(arguments)
			.build(messages, LocaleContextHolder.getLocale())
			.getBody();
	}

	/** The problem for {@code ex}: detail {@code code}, title {@code code.title}. */
	public static ProblemDetail titledByCode(MessageSource messages, Exception ex, HttpStatusCode status, String code,
			Object... arguments) {
		return of(messages, ex, status, code, code + ".title", arguments);
	}

	/**
	 * A refusal a controller throws: Spring renders it as the problem whose detail is
	 * {@code code} and title {@code code.title}.
	 */
	public static ErrorResponseException refusal(HttpStatusCode status, String code, Object... arguments) {
		return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, code, arguments) {

			private static final long serialVersionUID = 1L;

			@Override
			public String getTitleMessageCode() {
				return code + ".title";
			}

		};
	}

}
