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

	/** The slugs of all the program's lessons, available or not, in order. */
	public List<String> lessonSlugs() {
		return this.lessons.stream().map(LessonEntry::slug).toList();
	}

	public boolean hasLessons() {
		return !this.lessons.isEmpty();
	}

	public Optional<LessonEntry> lesson(String lessonSlug) {
		return this.lessons.stream().filter((entry) -> entry.slug().equals(lessonSlug)).findFirst();
	}

	/**
	 * This program's published lesson with that slug, or {@link NotInCatalogueException}.
	 */
	public Lesson requireLesson(String lessonSlug) {
		return lesson(lessonSlug).map(LessonEntry::lesson)
			.orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.LESSON, lessonSlug));
	}

}
