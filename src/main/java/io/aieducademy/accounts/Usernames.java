package io.aieducademy.accounts;

import java.util.List;
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

	private static final Pattern DISALLOWED = Pattern.compile("[^a-z0-9_-]");

	private static final Pattern HYPHENS = Pattern.compile("-{2,}");

	private static final Pattern EDGE_HYPHENS = Pattern.compile("^[-_]+|[-_]+$");

	// a derived name leaves room for "-20", the last suffix tried
	private static final int SUFFIX_ROOM = 3;

	private Usernames() {
	}

	/** The stored form of a typed name: trimmed and in lower case. */
	static String normalise(String typed) {
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * A name for an account made by an OpenID Connect provider, from the first of the
	 * names the provider gives (its preferred username, the part of the email address
	 * before the @, the full name) that leaves at least {@link #MIN} allowed characters
	 * once every other character is a hyphen; "learner" when none does. It leaves room
	 * for a suffix.
	 */
	static String fromProvider(List<String> names) {
		for (String name : names) {
			String cleaned = DISALLOWED.matcher(normalise(name)).replaceAll("-");
			cleaned = HYPHENS.matcher(cleaned).replaceAll("-");
			cleaned = EDGE_HYPHENS.matcher(cleaned).replaceAll("");
			if (cleaned.length() > MAX - SUFFIX_ROOM) {
				cleaned = EDGE_HYPHENS.matcher(cleaned.substring(0, MAX - SUFFIX_ROOM)).replaceAll("");
			}
			if (cleaned.length() >= MIN) {
				return cleaned;
			}
		}
		return "learner";
	}

	/**
	 * The name tried at the given attempt: the name itself, then with -2, -3 and so on.
	 */
	static String withSuffix(String base, int attempt) {
		return (attempt == 0) ? base : base + "-" + (attempt + 1);
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
