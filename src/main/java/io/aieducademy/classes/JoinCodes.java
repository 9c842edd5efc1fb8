package io.aieducademy.classes;

import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Join codes: ten characters from an alphabet without look-alikes (no 0, O, 1, I, L or
 * U), drawn from a {@link SecureRandom}: 30^10, about 6 x 10^14, codes. They are shown in
 * two groups of five ({@code ABCDE-FGHJK}); what a learner types is read in any case,
 * with or without spaces and the hyphen.
 */
final class JoinCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private JoinCodes() {
	}

	/** A new random code, as it is stored (without the hyphen). */
	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as it is shown: two groups of five. */
	static String display(String code) {
		return (code.length() == LENGTH) ? code.substring(0, 5) + "-" + code.substring(5) : code;
	}

	/**
	 * The code a learner typed, as it is stored; null when it cannot be a code (wrong
	 * length or a character outside the alphabet).
	 */
	static @Nullable String normalise(@Nullable String typed) {
		if (typed == null || typed.length() > 40) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return null;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return null;
			}
		}
		return code;
	}

}
