package io.aieducademy.accounts;

import io.aieducademy.progress.AccountLearner;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user of a request, as the security context holds it: handlers take it as
 * {@code @AuthenticationPrincipal @Nullable SignedIn user}, which is null for an
 * anonymous visitor.
 *
 * @param accountId the account's id
 * @param username the name the user signs in with and is shown by
 * @param learnerId the learner id that the account's progress and answers are stored
 * under
 * @param role what the account may do beyond learning
 */
public record SignedIn(long accountId, String username, UUID learnerId,
		Role role) implements Serializable, AuthenticatedPrincipal, AccountLearner {

	/** The username: what Spring Security and Spring Session name the user by. */
	@Override
	public String getName() {
		return this.username;
	}

}
