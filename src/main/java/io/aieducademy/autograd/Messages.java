package io.aieducademy.autograd;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The engine's sentences for callers of its Java API, read from the application's message
 * bundle ({@code messages.properties}) with the JDK's {@link ResourceBundle}, so that the
 * engine needs no Spring. The web layer resolves the same codes through Spring's message
 * source for the request's locale.
 */
final class Messages {

	private static final String BUNDLE = "messages";

	private Messages() {
	}

	/**
	 * The sentence {@code code} names, in the bundle's default language, or the code
	 * itself when the bundle lacks it. As Spring's message source does, the text is a
	 * {@link MessageFormat} pattern only when it has arguments.
	 */
	static String resolve(String code, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle
				.getBundle(BUNDLE, Locale.ROOT,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(code);
		}
		catch (MissingResourceException ex) {
			return code;
		}
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
	}

}
