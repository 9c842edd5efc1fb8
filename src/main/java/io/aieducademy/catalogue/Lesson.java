package io.aieducademy.catalogue;

import java.util.List;
import java.util.Optional;

/** A published lesson: its metadata and its body as a sequence of blocks. */
public record Lesson(String slug, String programSlug, int number, String title, String description,
		Difficulty difficulty, int durationMinutes, String icon, List<String> takeaways, List<Reading> furtherReading,
		List<LessonBlock> blocks, String sourcePath) {

	public Lesson {
		takeaways = List.copyOf(takeaways);
		furtherReading = List.copyOf(furtherReading);
		blocks = List.copyOf(blocks);
	}

	/**
	 * Whether the lesson's page links {@code lesson-figures.css}: one of its blocks is
	 * drawn with it, by the server for readers without JavaScript as well.
	 */
	public boolean needsFigureStyles() {
		return this.blocks.stream().anyMatch(LessonBlock::usesFigureStyles);
	}

	/** The lesson's quick checks in reading order. */
	public List<LessonBlock.QuickCheck> quickChecks() {
		return this.blocks.stream()
			.filter(LessonBlock.QuickCheck.class::isInstance)
			.map(LessonBlock.QuickCheck.class::cast)
			.toList();
	}

	/** The ids of this lesson's quick checks, in order. */
	public List<String> quickCheckIds() {
		return quickChecks().stream().map(LessonBlock.QuickCheck::id).toList();
	}

	public Optional<LessonBlock.QuickCheck> quickCheck(String id) {
		return quickChecks().stream().filter((check) -> check.id().equals(id)).findFirst();
	}

}
