package io.aieducademy.catalogue;

import java.util.List;
import java.util.Optional;

/** A program of lessons at one level, such as AI Sprouts. */
public record Program(String slug, String title, int level, String icon, String tagline, String trackSlug,
		List<LessonEntry> lessons) {

	public Program {
		lessons = List.copyOf(lessons);
	}

	public int lessonCount() {
		return this.lessons.size();
	}

	/** Whether the program lists any lessons, written or only planned. */
	public boolean hasLessons() {
		return !this.lessons.isEmpty();
	}

	/**
	 * The lessons a learner can read now, in order; progress counts these and no others,
	 * so it never asks a learner to complete a lesson that does not exist yet.
	 */
	public List<LessonEntry> availableLessons() {
		return this.lessons.stream().filter(LessonEntry::available).toList();
	}

	public List<String> availableLessonSlugs() {
		return availableLessons().stream().map(LessonEntry::slug).toList();
	}

	public int availableCount() {
		return availableLessons().size();
	}

	public Optional<LessonEntry> lesson(String lessonSlug) {
		return this.lessons.stream().filter((entry) -> entry.slug().equals(lessonSlug)).findFirst();
	}

	/**
	 * This program's lesson entry with that slug, written or not, or
	 * {@link NotInCatalogueException}.
	 */
	public LessonEntry requireEntry(String lessonSlug) {
		return lesson(lessonSlug)
			.orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.LESSON, lessonSlug));
	}

	/**
	 * This program's published lesson with that slug, or {@link NotInCatalogueException}.
	 */
	public Lesson requireLesson(String lessonSlug) {
		return lesson(lessonSlug).map(LessonEntry::lesson)
			.orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.LESSON, lessonSlug));
	}

}
