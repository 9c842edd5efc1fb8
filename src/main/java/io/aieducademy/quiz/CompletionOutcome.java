package io.aieducademy.quiz;

import java.util.List;

/**
 * What happened when a learner asked to complete a lesson: accepted, or refused with the
 * quick checks that still need a correct answer.
 */
public record CompletionOutcome(boolean completed, List<String> openQuickChecks) {

	public CompletionOutcome {
		openQuickChecks = List.copyOf(openQuickChecks);
	}

}
