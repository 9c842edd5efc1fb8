package io.aieducademy.classes;

import java.util.List;

import io.aieducademy.classes.ClassFigures.LearnerProgress;
import io.aieducademy.classes.ClassFigures.LessonFigures;
import io.aieducademy.classes.ClassFigures.QuickCheckFigures;
import io.aieducademy.classes.ClassFigures.WrongOption;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the classes API. */
final class ClassesApi {

	private ClassesApi() {
	}

	/**
	 * A class's results, for its teacher.
	 *
	 * @param id the class's id
	 * @param name its name
	 * @param learners every member's progress
	 * @param lessons per lesson and quick check, what the members answered
	 * @param mostMissed the id of the quick check most members got wrong the first time,
	 * or null
	 */
	@Schema(description = "A class's results: what its current members answered, per lesson and per quick check, "
			+ "and each member's progress")
	record ClassResults(long id, String name, List<LearnerResult> learners, List<LessonResult> lessons,
			@Schema(description = "The quick check most members got wrong the first time; null while nobody has",
					example = "backpropagation.chain-rule-local-derivatives") @Nullable String mostMissed) {

		static ClassResults of(Classroom classroom, ClassFigures figures) {
			QuickCheckFigures most = figures.mostMissed();
			return new ClassResults(classroom.id(), classroom.name(),
					figures.learners().stream().map(LearnerResult::of).toList(),
					figures.lessons().stream().map(LessonResult::of).toList(), (most != null) ? most.id() : null);
		}

	}

	/** One member's progress. */
	record LearnerResult(@Schema(example = "ada") String username,
			@Schema(description = "Lessons completed, of those available") int lessonsCompleted,
			@Schema(description = "Lessons the site offers now") int lessonsAvailable,
			@Schema(description = "Quick checks answered") int quickChecksAnswered,
			@Schema(description = "Quick checks whose first answer was right") int rightFirstTime) {

		static LearnerResult of(LearnerProgress learner) {
			return new LearnerResult(learner.username(), learner.lessonsCompleted(), learner.lessonsAvailable(),
					learner.quickChecksAnswered(), learner.rightFirstTime());
		}

	}

	/** One lesson that members answered or completed. */
	record LessonResult(@Schema(example = "backpropagation") String slug,
			@Schema(example = "ai-sprouts") String program, String title,
			@Schema(description = "Members who answered at least one of its quick checks") int answered,
			@Schema(description = "Members who completed it") int completed, List<QuickCheckResult> quickChecks) {

		static LessonResult of(LessonFigures lesson) {
			return new LessonResult(lesson.slug(), lesson.programSlug(), lesson.title(), lesson.answered(),
					lesson.completed(), lesson.quickChecks().stream().map(QuickCheckResult::of).toList());
		}

	}

	/** One quick check's figures. */
	record QuickCheckResult(@Schema(example = "backpropagation.chain-rule-local-derivatives") String id,
			String question, @Schema(description = "Members who answered it") int answered,
			@Schema(description = "Members whose first answer was right") int rightFirstTime,
			@Schema(description = "The wrong option most members chose; null when nobody chose a wrong one") @Nullable WrongOptionResult mostCommonWrongOption,
			@Schema(description = "Whether this is the class's most missed quick check") boolean mostMissed) {

		static QuickCheckResult of(QuickCheckFigures check) {
			WrongOption wrong = check.mostCommonWrong();
			return new QuickCheckResult(check.id(), check.question(), check.answered(), check.rightFirstTime(),
					(wrong != null) ? new WrongOptionResult(wrong.index(), wrong.text(), wrong.learners()) : null,
					check.mostMissed());
		}

	}

	/** A wrong option and how many members chose it. */
	record WrongOptionResult(@Schema(description = "The option's index, from 0") int index, String text,
			@Schema(description = "Members who chose it at least once") int learners) {
	}

}
