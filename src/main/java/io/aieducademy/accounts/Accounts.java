package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;

import java.time.Clock;
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
	 * Deletes an account and everything stored about it, given its password: the other
	 * features delete theirs on {@link AccountDeleted}, within this transaction. Whether
	 * it was deleted.
	 */
	@Transactional
	public boolean delete(long id, String password) {
		Account account = this.accounts.findById(id).orElse(null);
		if (account == null || !this.passwords.matches(password, account.getPasswordHash())) {
			return false;
		}
		this.events.publishEvent(new AccountDeleted(id, account.getLearnerId()));
		this.progress.forget(account.getLearnerId());
		this.accounts.delete(account);
		return true;
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
