package io.aieducademy.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What a personal access token may do. A request that could change something (any method
 * but GET, HEAD and OPTIONS, as for the site's cross-site check) needs
 * {@link #READ_WRITE}.
 */
enum TokenScope {

	/** Reads only: GET and HEAD. */
	READ("read"),

	/** Reads and writes, as its owner could through the site. */
	READ_WRITE("read-write");

	private final String value;

	TokenScope(String value) {
		this.value = value;
	}

	/** The scope as forms, documents and the WWW-Authenticate field name it. */
	String value() {
		return this.value;
	}

	/** Whether a request with this method is allowed with this scope. */
	boolean allows(String method) {
		return this == READ_WRITE || isSafe(method);
	}

	static boolean isSafe(String method) {
		return switch (method.toUpperCase(Locale.ROOT)) {
			case "GET", "HEAD", "OPTIONS" -> true;
			default -> false;
		};
	}

	/** The scope a form sent, by its value; none for anything else. */
	static Optional<TokenScope> of(String value) {
		for (TokenScope scope : values()) {
			if (scope.value.equals(value)) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

}
