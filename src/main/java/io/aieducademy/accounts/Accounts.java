package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, checking, changing and deleting accounts. The account named by
 * {@code aieducademy.admin} is an administrator from its creation.
 */
@Service
class Accounts {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Progress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String admin;

	Accounts(AccountRepository accounts, Passwords passwords, Progress progress, ApplicationEventPublisher events,
			Clock clock, @Value("${aieducademy.admin:}") String admin) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
		this.admin = Usernames.normalise(admin);
	}

	/** The outcome of signing up: the new account, or the message key of why not. */
	record SignUp(@Nullable Account account, @Nullable String usernameProblem, @Nullable String passwordProblem) {
	}

	/**
	 * Creates an account, unless the name or the password will not do or the name is
	 * taken, also by someone who signed up with it at the same moment.
	 */
	SignUp signUp(String typedUsername, String password) {
		String username = Usernames.normalise(typedUsername);
		String usernameProblem = Usernames.problem(username);
		String passwordProblem = this.passwords.problem(password, (usernameProblem == null) ? username : "");
		if (usernameProblem == null && this.accounts.existsByUsername(username)) {
			usernameProblem = "account.error.usernameTaken";
		}
		if (usernameProblem != null || passwordProblem != null) {
			return new SignUp(null, usernameProblem, passwordProblem);
		}
		Role role = username.equals(this.admin) ? Role.ADMINISTRATOR : Role.LEARNER;
		Account account = new Account(username, this.passwords.hash(password), role, UUID.randomUUID(),
				this.clock.instant());
		try {
			return new SignUp(this.accounts.saveAndFlush(account), null, null);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone took the name between our check and our insert: the unique
			// constraint kept theirs.
			return new SignUp(null, "account.error.usernameTaken", null);
		}
	}

	/**
	 * The account with this name and password. An unknown name takes as long as a wrong
	 * password and gives the same answer.
	 */
	@Transactional
	public Optional<Account> authenticate(String typedUsername, String password) {
		Optional<Account> found = this.accounts.findByUsername(Usernames.normalise(typedUsername));
		String hash = found.map(Account::getPasswordHash).orElse(null);
		if (!this.passwords.matches(password, hash) || found.isEmpty()) {
			return Optional.empty();
		}
		Account account = found.get();
		if (hash != null && this.passwords.isOutdated(hash)) {
			account.setPasswordHash(this.passwords.hash(password));
		}
		return Optional.of(account);
	}

	/**
	 * The account that a provider's person signs in to: found by the provider's issuer
	 * and the person's subject there, or made at their first sign-in, without a password
	 * and under a free name derived from what the provider calls them. It is never the
	 * configured administrator's name, which only a sign-up with a password claims.
	 */
	Account signInWithProvider(String issuer, String subject, List<String> names) {
		Optional<Account> known = this.accounts.findByProviderIssuerAndProviderSubject(issuer, subject);
		if (known.isPresent()) {
			return known.get();
		}
		String base = Usernames.fromProvider(names);
		for (int attempt = 0; attempt < 20; attempt++) {
			String username = Usernames.withSuffix(base, attempt);
			if (username.equals(this.admin) || this.accounts.existsByUsername(username)) {
				continue;
			}
			Account account = new Account(username, null, Role.LEARNER, UUID.randomUUID(), this.clock.instant());
			account.linkProvider(issuer, subject);
			try {
				return this.accounts.saveAndFlush(account);
			}
			catch (DataIntegrityViolationException ex) {
				// the name was taken at this moment, or the same person signed in twice
				// at
				// once and the other sign-in made the account
				Optional<Account> made = this.accounts.findByProviderIssuerAndProviderSubject(issuer, subject);
				if (made.isPresent()) {
					return made.get();
				}
			}
		}
		throw new IllegalStateException("No free username derived from " + base);
	}

	Optional<Account> find(long id) {
		return this.accounts.findById(id);
	}

	/** Whether this learner id is any account's: such progress never moves to another. */
	boolean isAccountLearner(UUID learnerId) {
		return this.accounts.existsByLearnerId(learnerId);
	}

	/**
	 * Changes an account's password, given the current one: the message key of what is
	 * wrong, or null when it is changed.
	 */
	@Transactional
	public @Nullable String changePassword(long id, String current, String next) {
		Account account = this.accounts.findById(id).orElse(null);
		if (account == null || !this.passwords.matches(current, account.getPasswordHash())) {
			return "account.error.wrongPassword";
		}
		String problem = this.passwords.problem(next, account.getUsername());
		if (problem != null) {
			return problem;
		}
		account.setPasswordHash(this.passwords.hash(next));
		return null;
	}

	/**
	 * Deletes an account and everything stored about it, given its password, or its
	 * username for an account made by a provider, which has no password: the other
	 * features delete theirs on {@link AccountDeleted}, within this transaction. Whether
	 * it was deleted.
	 */
	@Transactional
	public boolean delete(long id, String confirmation) {
		Account account = this.accounts.findById(id).orElse(null);
		if (account == null) {
			return false;
		}
		boolean confirmed = account.hasPassword() ? this.passwords.matches(confirmation, account.getPasswordHash())
				: Usernames.normalise(confirmation).equals(account.getUsername());
		if (!confirmed) {
			return false;
		}
		this.events.publishEvent(new AccountDeleted(id, account.getLearnerId()));
		this.progress.forget(account.getLearnerId());
		this.accounts.delete(account);
		return true;
	}

	/**
	 * Gives the account with this name a role below administrator: the moderator's or the
	 * learner's. An administrator keeps their role. The account, or none if no account
	 * has this name or it is an administrator's.
	 */
	@Transactional
	public Optional<Account> setRole(String typedUsername, Role role) {
		if (role == Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Administrators are named by aieducademy.admin only");
		}
		Optional<Account> account = this.accounts.findByUsername(Usernames.normalise(typedUsername))
			.filter((found) -> found.getRole() != Role.ADMINISTRATOR);
		account.ifPresent((found) -> found.setRole(role));
		return account;
	}

	List<Account> withRole(Role role) {
		return this.accounts.findByRoleOrderByUsername(role);
	}

	/** Makes the configured administrator's account, if it exists, an administrator. */
	@Transactional
	public void promoteAdministrator() {
		if (this.admin.isEmpty()) {
			return;
		}
		this.accounts.findByUsername(this.admin).ifPresent((account) -> account.setRole(Role.ADMINISTRATOR));
	}

}
