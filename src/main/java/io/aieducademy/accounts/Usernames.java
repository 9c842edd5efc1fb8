package io.aieducademy.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a username may be: 3 to 40 characters, each a lower-case letter a to z, a digit,
 * an underscore or a hyphen. Names are compared and stored in lower case, so "Ada" and
 * "ada" are one account.
 */
final class Usernames {

	static final int MIN = 3;

	static final int MAX = 40;

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]{" + MIN + "," + MAX + "}");

	private Usernames() {
	}

	/** The stored form of a typed name: trimmed and in lower case. */
	static String normalise(String typed) {
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The message key of what is wrong with a normalised name, or null when it is
	 * allowed.
	 */
	static @Nullable String problem(String username) {
		if (username.length() < MIN) {
			return "account.error.usernameShort";
		}
		if (username.length() > MAX) {
			return "account.error.usernameLong";
		}
		return ALLOWED.matcher(username).matches() ? null : "account.error.usernameCharacters";
	}

}
