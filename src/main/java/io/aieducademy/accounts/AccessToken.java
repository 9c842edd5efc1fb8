package io.aieducademy.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as stored: whose it is, its name, scope and dates, the lookup
 * id that the token starts with and the SHA-256 of the whole token. The token itself is
 * never stored.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false, length = 12, unique = true)
	private String lookupId;

	@Column(nullable = false, length = 64)
	private String tokenHash;

	@Column(nullable = false, length = 60)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TokenScope scope;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	protected AccessToken() {
		this.lookupId = "";
		this.tokenHash = "";
		this.name = "";
		this.scope = TokenScope.READ;
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	AccessToken(long accountId, String lookupId, String tokenHash, String name, TokenScope scope, Instant createdAt,
			Instant expiresAt) {
		this.accountId = accountId;
		this.lookupId = lookupId;
		this.tokenHash = tokenHash;
		this.name = name;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	@Nullable Long id() {
		return this.id;
	}

	long accountId() {
		return this.accountId;
	}

	String lookupId() {
		return this.lookupId;
	}

	String tokenHash() {
		return this.tokenHash;
	}

	String name() {
		return this.name;
	}

	TokenScope scope() {
		return this.scope;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
