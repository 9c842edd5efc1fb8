package io.aieducademy.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The tokens part of a user's download: each token's name, scope and dates, never the
 * token or its hash.
 */
@Component
class AccessTokensPersonalData implements PersonalData {

	private final AccessTokens tokens;

	AccessTokensPersonalData(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public String name() {
		return "accessTokens";
	}

	@Override
	public Object export(SignedIn account) {
		return this.tokens.of(account.accountId())
			.stream()
			.map((token) -> new Exported(token.name(), token.scope().value(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt()))
			.toList();
	}

	/** One token in the download. */
	record Exported(String name, String scope, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt) {
	}

}
