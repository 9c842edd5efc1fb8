package io.aieducademy.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Which passwords an account may have, and their hashes: bcrypt through a
 * DelegatingPasswordEncoder, so that a stronger scheme can be adopted later while older
 * hashes still match (and are upgraded at the next sign-in).
 */
@Component
class Passwords {

	static final String COMMON = "accounts/common-passwords.txt";

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final Set<String> common;

	private final AccountsProperties limits;

	// Compared with for unknown users, so that they take as long as a wrong password.
	private final String dummyHash;

	Passwords(AccountsProperties limits) {
		this.limits = limits;
		this.common = load();
		this.dummyHash = hash("not-a-password-of-anyone");
	}

	/**
	 * The message key of what is wrong with a new password, or null when it will do.
	 */
	@Nullable String problem(String password, String username) {
		if (password.length() < this.limits.minPasswordLength()) {
			return "account.error.passwordShort";
		}
		if (password.length() > this.limits.maxPasswordLength()
				|| password.getBytes(StandardCharsets.UTF_8).length > 72) {
			return "account.error.passwordLong";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() < 3) {
			return "account.error.passwordCommon";
		}
		if (!username.isEmpty() && lower.contains(username)) {
			return "account.error.passwordHasUsername";
		}
		return null;
	}

	String hash(String password) {
		String hash = this.encoder.encode(password);
		if (hash == null) {
			throw new IllegalStateException("The password encoder gave no hash");
		}
		return hash;
	}

	/** Whether a password matches a hash; with no hash, as long as a real comparison. */
	boolean matches(String password, @Nullable String hash) {
		if (hash == null || password.getBytes(StandardCharsets.UTF_8).length > 72) {
			this.encoder.matches(password.substring(0, Math.min(password.length(), 18)), this.dummyHash);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

	boolean isOutdated(String hash) {
		return this.encoder.upgradeEncoding(hash);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = new ClassPathResource(COMMON).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String password = line.strip();
				if (!password.isEmpty() && !password.startsWith("#")) {
					passwords.add(password.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords cannot be read: " + COMMON, ex);
		}
		return Set.copyOf(passwords);
	}

}
