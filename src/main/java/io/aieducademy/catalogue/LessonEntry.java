package io.aieducademy.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A lesson's place in its program: always a title and a number, and the lesson itself
 * once it is written and published.
 */
public record LessonEntry(String slug, String title, int number, @Nullable Lesson lesson) {

	/** Whether the lesson can be read; otherwise it is shown as coming soon. */
	public boolean available() {
		return this.lesson != null;
	}

}
