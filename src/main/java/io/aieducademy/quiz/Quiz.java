package io.aieducademy.quiz;

import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.progress.Learner;
import io.aieducademy.progress.Progress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Grades answers against the content's answer key, records them, and decides when a
 * lesson may be completed. The same rules serve the pages and the API.
 */
@Service
public class Quiz {

	private final Progress progress;

	Quiz(Progress progress) {
		this.progress = progress;
	}

	/**
	 * Grades and records an answer. The choice must already be known to be an index of
	 * one of the options.
	 */
	public Answer answer(UUID learner, QuickCheck check, int choice) {
		if (!check.isChoice(choice)) {
			throw new IllegalArgumentException("choice out of range: " + choice);
		}
		boolean correct = check.isCorrect(choice);
		this.progress.recordAnswer(learner, check.id(), choice, correct);
		return new Answer(check.id(), choice, correct, correct ? check.explanation() : null, check.hint(choice));
	}

	/** The ids of this lesson's quick checks that the learner has answered correctly. */
	public Set<String> solved(@Nullable UUID learner, Lesson lesson) {
		return this.progress.correctlyAnswered(learner, lesson.quickCheckIds());
	}

	/**
	 * Completes the lesson if every one of its quick checks has a correct answer from
	 * this learner. A refused completion creates no learner (and sets no cookie).
	 */
	public CompletionOutcome complete(Learner learner, Lesson lesson) {
		Set<String> solved = solved(learner.idOrNull(), lesson);
		List<String> open = lesson.quickChecks()
			.stream()
			.map(QuickCheck::id)
			.filter((id) -> !solved.contains(id))
			.toList();
		if (!open.isEmpty()) {
			return new CompletionOutcome(false, open);
		}
		this.progress.recordCompletion(learner.idOrCreate(), lesson.programSlug(), lesson.slug());
		return new CompletionOutcome(true, List.of());
	}

}
