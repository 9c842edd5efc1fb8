package io.aieducademy.classes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a class did, computed from its members' answers and completions: per lesson and
 * per quick check, and per learner. The page, the CSV files and the JSON API all show
 * these same figures.
 *
 * @param learners every member's progress, by username
 * @param lessons the lessons that at least one member answered or completed, in the
 * catalogue's order
 * @param mostMissed the quick check that most members got wrong the first time, or null
 * when nobody has got any wrong yet
 */
record ClassFigures(List<LearnerProgress> learners, List<LessonFigures> lessons,
		@Nullable QuickCheckFigures mostMissed) {

	/**
	 * One member's progress.
	 *
	 * @param username the member's name
	 * @param lessonsCompleted how many of the available lessons they completed
	 * @param lessonsAvailable how many lessons the site offers now
	 * @param quickChecksAnswered how many quick checks they answered
	 * @param rightFirstTime how many of those their first answer was right
	 */
	record LearnerProgress(String username, int lessonsCompleted, int lessonsAvailable, int quickChecksAnswered,
			int rightFirstTime) {
	}

	/**
	 * One lesson's figures.
	 *
	 * @param slug the lesson's slug
	 * @param programSlug its program's slug
	 * @param title its title
	 * @param answered how many members answered at least one of its quick checks
	 * @param completed how many members completed it
	 * @param quickChecks its quick checks' figures, in reading order
	 */
	record LessonFigures(String slug, String programSlug, String title, int answered, int completed,
			List<QuickCheckFigures> quickChecks) {
	}

	/**
	 * One quick check's figures.
	 *
	 * @param id the quick check's id
	 * @param lessonTitle the title of its lesson
	 * @param question its question
	 * @param answered how many members answered it
	 * @param rightFirstTime how many members' first answer to it was right
	 * @param mostCommonWrong the wrong option most members chose at some time, or null
	 * when nobody chose a wrong one
	 * @param mostMissed whether this is the class's most missed quick check
	 */
	record QuickCheckFigures(String id, String lessonTitle, String question, int answered, int rightFirstTime,
			@Nullable WrongOption mostCommonWrong, boolean mostMissed) {

		/** How many members' first answer was wrong. */
		public int wrongFirstTime() {
			return this.answered - this.rightFirstTime;
		}

	}

	/**
	 * A wrong option and how many members chose it.
	 *
	 * @param index the option's index, from 0
	 * @param text the option's text, from the catalogue
	 * @param learners how many members chose it at least once
	 */
	record WrongOption(int index, String text, int learners) {
	}

}
