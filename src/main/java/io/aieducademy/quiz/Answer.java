package io.aieducademy.quiz;

import org.jspecify.annotations.Nullable;

/**
 * The graded result of one answer to a quick check. The explanation is given only for a
 * correct answer, because it names the right option, and a learner who chose wrongly
 * should be able to think again, helped by the hint written for the option they chose.
 */
public record Answer(String quickCheckId, int choice, boolean correct, @Nullable String explanation,
		@Nullable String hint) {
}
