package io.aieducademy.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * The titles and sentences of problems and pages that no controller wrote: those of the
 * servlet container, of the request filters and of addresses that do not exist. They are
 * the message bundle's ({@code problem.status.*}, {@code error.*}), read through Spring's
 * {@link MessageSource} like every other word, but without the application context,
 * because Tomcat's error valve answers before the request reaches Spring. Shared by
 * {@link SiteErrorController}, {@link ErrorResponses} and {@link ContainerErrorValve} so
 * that a client sees one error format whoever answered.
 */
final class ErrorSentences {

	private static final MessageSource messages = bundle();

	private ErrorSentences() {
	}

	private static MessageSource bundle() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		return bundle;
	}

	/** The message {@code key} of the bundle, in English. */
	static String text(String key, Object @Nullable ... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : text("problem.status.title");
	}

	static String detail(int status, long bodyLimit) {
		return switch (status) {
			case 400, 403, 404, 405, 406, 408, 414, 415, 429, 431, 503 -> text("problem.status." + status);
			case 413 -> text("problem.status.413", Long.toString(bodyLimit));
			default -> text((status >= 500) ? "problem.status.server" : "problem.status.client");
		};
	}

}
