package io.aieducademy.accounts;

import java.time.Instant;
import java.util.UUID;

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
 * Someone who signed up: their name, their password's hash, their role and learner id.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 40, unique = true)
	private String username;

	// null for an account that signs in only through an OpenID Connect provider
	@Column(length = 200)
	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false, unique = true)
	private UUID learnerId;

	@Column(nullable = false)
	private Instant createdAt;

	// the OpenID Connect provider and the person's subject there, for an account it made
	@Column(length = 300)
	private @Nullable String providerIssuer;

	@Column(length = 255)
	private @Nullable String providerSubject;

	protected Account() {
		this.username = "";
		this.role = Role.LEARNER;
		this.learnerId = new UUID(0, 0);
		this.createdAt = Instant.EPOCH;
	}

	public Account(String username, @Nullable String passwordHash, Role role, UUID learnerId, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.learnerId = learnerId;
		this.createdAt = createdAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public @Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(@Nullable String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public UUID getLearnerId() {
		return this.learnerId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The issuer of the OpenID Connect provider that made this account; none for one made
	 * with a password.
	 */
	public @Nullable String getProviderIssuer() {
		return this.providerIssuer;
	}

	void linkProvider(String issuer, String subject) {
		this.providerIssuer = issuer;
		this.providerSubject = subject;
	}

	/**
	 * Whether this account signs in with a password (one made by a provider has none).
	 */
	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	/** This account as the security context holds it. */
	public SignedIn signedIn() {
		Long id = this.id;
		if (id == null) {
			throw new IllegalStateException("An account is signed in only once it is saved");
		}
		return new SignedIn(id, this.username, this.learnerId, this.role);
	}

}
