package io.aieducademy.accounts;

import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per address: each has a bucket of failures
 * it may still make, refilled one at a time. An empty bucket refuses every sign-in, right
 * or wrong, until it refills, so that guessing passwords is slow. Names that have no
 * account are counted the same way, so that the answer says nothing about which names
 * exist. New accounts are counted per address too.
 */
@Component
class SignInThrottle {

	private final TokenBuckets accounts;

	private final TokenBuckets addresses;

	private final TokenBuckets signUps;

	private final AccountsProperties limits;

	SignInThrottle(AccountsProperties limits) {
		this.limits = limits;
		this.accounts = new TokenBuckets(limits.maxTrackedClients());
		this.addresses = new TokenBuckets(limits.maxTrackedClients());
		this.signUps = new TokenBuckets(limits.maxTrackedClients());
	}

	/** How long until this name may try to sign in from this address; zero if now. */
	Duration waitBeforeSignIn(String username, String address) {
		long now = System.nanoTime();
		long wait = Math.max(account(username).nanosUntil(1, now), address(address).nanosUntil(1, now));
		return Duration.ofNanos(wait);
	}

	void failed(String username, String address) {
		long now = System.nanoTime();
		account(username).take(1, now);
		address(address).take(1, now);
	}

	/** How long until this address may create an account; zero if now. */
	Duration waitBeforeSignUp(String address) {
		return Duration.ofNanos(signUp(address).nanosUntil(1, System.nanoTime()));
	}

	void signedUp(String address) {
		signUp(address).take(1, System.nanoTime());
	}

	private TokenBucket account(String username) {
		String name = Usernames.normalise(username);
		// a name longer than any account's is one key, not one per variant
		String key = name.substring(0, Math.min(name.length(), Usernames.MAX + 1));
		return this.accounts.bucket(key, this.limits.accountFailures(), perSecond(this.limits.failureForgiven()));
	}

	private TokenBucket address(String address) {
		return this.addresses.bucket(address, this.limits.addressFailures(), perSecond(this.limits.failureForgiven()));
	}

	private TokenBucket signUp(String address) {
		return this.signUps.bucket(address, this.limits.addressSignUps(), perSecond(this.limits.signUpRefill()));
	}

	private static double perSecond(Duration refill) {
		return 1e9 / Math.max(1, refill.toNanos());
	}

}
