package io.aieducademy.progress;

import java.util.List;
import java.util.Set;

/**
 * How far a learner is through one program: completed lessons of the program over all its
 * lessons.
 */
public record ProgramProgress(String programSlug, int completed, int total, Set<String> completedLessons) {

	public ProgramProgress {
		completedLessons = Set.copyOf(completedLessons);
	}

	/**
	 * Progress through a program with the given lessons, counting only completions of
	 * those lessons.
	 */
	public static ProgramProgress of(String programSlug, List<String> lessonSlugs, Set<String> completedAnywhere) {
		Set<String> completed = lessonSlugs.stream()
			.filter(completedAnywhere::contains)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return new ProgramProgress(programSlug, completed.size(), lessonSlugs.size(), completed);
	}

	/**
	 * Whole percent, rounded down, so a program shows 100% only when every lesson is
	 * done.
	 */
	public int percent() {
		return (this.total == 0) ? 0 : (this.completed * 100) / this.total;
	}

	public boolean isCompleted(String lessonSlug) {
		return this.completedLessons.contains(lessonSlug);
	}

}
