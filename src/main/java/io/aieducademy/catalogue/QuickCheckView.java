package io.aieducademy.catalogue;

import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the page shows of one quick check for one learner. The index of the correct option
 * is exposed only through {@link #revealed()}, which is -1 until the learner has chosen
 * it, so a template cannot leak the answer key; the only hint is the one for the wrong
 * option just chosen.
 */
public record QuickCheckView(String id, String key, String question, List<String> options, @Nullable Integer chosen,
		@Nullable Boolean correct, boolean solved, int revealed, @Nullable String explanation, @Nullable String hint,
		boolean choiceMissing) {

	static QuickCheckView of(QuickCheck check, boolean solvedBefore, @Nullable AnswerFeedback feedback) {
		Integer choice = (feedback != null) ? feedback.choice() : null;
		boolean justAnswered = choice != null;
		boolean correctNow = choice != null && check.isCorrect(choice);
		boolean solved = solvedBefore || correctNow;
		// The right option and its explanation show once the learner has chosen it: now,
		// or on an earlier visit
		// (unless they have just tried another option).
		boolean reveal = correctNow || (solvedBefore && !justAnswered);
		return new QuickCheckView(check.id(), check.key(), check.question(), check.optionTexts(), choice,
				justAnswered ? correctNow : null, solved, reveal ? check.answer() : -1,
				reveal ? check.explanation() : null, (choice != null) ? check.hint(choice) : null,
				feedback != null && feedback.choice() == null);
	}

	/** Whether this option is the one the learner has just chosen, wrongly. */
	public boolean isWrongChoice(int index) {
		return Boolean.FALSE.equals(this.correct) && this.chosen != null && this.chosen == index;
	}

	public String domId() {
		return "qc-" + this.key;
	}

}
