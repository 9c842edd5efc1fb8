package io.aieducademy.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

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
		return text(key(status) + ".title");
	}

	static String detail(int status, long bodyLimit) {
		return (status == 413) ? text("problem.status.413", Long.toString(bodyLimit)) : text(key(status));
	}

	/**
	 * The bundle's words for a status: its own, or those of any client or server error.
	 */
	private static String key(int status) {
		return switch (status) {
			case 400, 403, 404, 405, 408, 413, 414, 415, 429, 431, 503 -> "problem.status." + status;
			default -> (status >= 500) ? "problem.status.server" : "problem.status.client";
		};
	}

}
