package io.aieducademy.progress;

import java.util.UUID;

/**
 * A signed-in user as the progress feature sees them: the security context's principal
 * implements this, and their progress is stored under its learner id instead of the
 * anonymous learner cookie's. Defined here so that progress needs nothing from the
 * accounts feature.
 */
public interface AccountLearner {

	/** The learner id that this user's answers and completions are stored under. */
	UUID learnerId();

}
