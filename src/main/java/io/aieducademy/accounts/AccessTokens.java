package io.aieducademy.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: creating one for a signed-in user, listing and revoking them,
 * and finding the account a presented token acts for. A token is {@code aied_}, a lookup
 * id of 12 letters and digits, and a secret of 43 (256 random bits); it is found by its
 * lookup id and checked against the stored SHA-256 of the whole token in constant time.
 */
@Service
class AccessTokens {

	/** What every token starts with, so that a leaked one is easy to recognise. */
	static final String PREFIX = "aied_";

	static final int LOOKUP_LENGTH = 12;

	// 43 characters of 62 carry 256.03 bits
	static final int SECRET_LENGTH = 43;

	static final int TOKEN_LENGTH = PREFIX.length() + LOOKUP_LENGTH + SECRET_LENGTH;

	static final int MAX_NAME_LENGTH = 60;

	/** The lifetimes a user chooses from, in days: at most a year. */
	static final List<Integer> EXPIRY_DAYS = List.of(7, 30, 90, 365);

	/** How stale "last used" may be: a busy token is written down once a minute. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		.toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final AccessTokenRepository tokens;

	private final AccountRepository accounts;

	private final AccessTokensProperties limits;

	private final Clock clock;

	AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, AccessTokensProperties limits, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * The outcome of creating a token: the token as stored and the token itself, to be
	 * shown once; or the message key of what is wrong with the name, or with the request.
	 */
	record Creation(@Nullable AccessToken created, @Nullable String token, @Nullable String nameProblem,
			@Nullable String problem) {

		static Creation refused(@Nullable String nameProblem, @Nullable String problem) {
			return new Creation(null, null, nameProblem, problem);
		}

	}

	/** A presented token that is valid now: its owner, its scope and its lookup id. */
	record Bearer(SignedIn user, TokenScope scope, String lookupId) {
	}

	/**
	 * Creates a token for an account, named and scoped as the form says, expiring after
	 * one of {@link #EXPIRY_DAYS}.
	 */
	@Transactional
	Creation create(long accountId, String typedName, String scopeValue, String expiryDays) {
		String name = typedName.strip();
		Optional<TokenScope> scope = TokenScope.of(scopeValue);
		Integer days = EXPIRY_DAYS.stream()
			.filter((choice) -> choice.toString().equals(expiryDays))
			.findFirst()
			.orElse(null);
		if (scope.isEmpty() || days == null) {
			return Creation.refused(null, "account.tokens.error.choice");
		}
		if (name.isEmpty()) {
			return Creation.refused("account.tokens.error.nameMissing", null);
		}
		if (name.length() > MAX_NAME_LENGTH) {
			return Creation.refused("account.tokens.error.nameLong", null);
		}
		if (this.tokens.countByAccountId(accountId) >= this.limits.maxPerAccount()) {
			return Creation.refused(null, "account.tokens.error.tooMany");
		}
		String lookup;
		do {
			lookup = randomText(LOOKUP_LENGTH);
		}
		while (this.tokens.existsByLookupId(lookup));
		String token = PREFIX + lookup + randomText(SECRET_LENGTH);
		Instant now = this.clock.instant();
		AccessToken created = this.tokens.save(new AccessToken(accountId, lookup, hash(token), name, scope.get(), now,
				now.plus(Duration.ofDays(days))));
		return new Creation(created, token, null, null);
	}

	/** An account's tokens, newest first. */
	List<AccessToken> of(long accountId) {
		return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId);
	}

	/** Revokes (deletes) one of an account's tokens; whether it was there. */
	boolean revoke(long accountId, long tokenId) {
		return this.tokens.deleteOfAccount(tokenId, accountId) > 0;
	}

	/**
	 * The owner and scope of a presented token, if it is one of ours, unexpired and not
	 * revoked, and its account still exists; and notes that it was used.
	 */
	Optional<Bearer> authenticate(String presented) {
		if (presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String lookup = presented.substring(PREFIX.length(), PREFIX.length() + LOOKUP_LENGTH);
		AccessToken token = this.tokens.findByLookupId(lookup).orElse(null);
		if (token == null || !MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
				token.tokenHash().getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Long id = token.id();
		if (id == null || token.isExpired(now)) {
			return Optional.empty();
		}
		Optional<Account> account = this.accounts.findById(token.accountId());
		if (account.isEmpty()) {
			return Optional.empty();
		}
		this.tokens.markUsed(id, now, now.minus(LAST_USED_PRECISION));
		return Optional.of(new Bearer(account.get().signedIn(), token.scope(), lookup));
	}

	/** A deleted account's tokens go with it, in the deleting transaction. */
	@EventListener
	void onAccountDeleted(AccountDeleted deleted) {
		this.tokens.deleteByAccount(deleted.accountId());
	}

	int maxPerAccount() {
		return this.limits.maxPerAccount();
	}

	Instant now() {
		return this.clock.instant();
	}

	/** The SHA-256 of a token, in hex: what is stored instead of the token. */
	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return text.toString();
	}

}
