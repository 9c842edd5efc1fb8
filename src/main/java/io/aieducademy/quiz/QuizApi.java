package io.aieducademy.quiz;

import io.aieducademy.content.Lesson;
import io.aieducademy.content.LessonEntry;
import io.aieducademy.content.Program;
import io.aieducademy.progress.ProgramProgress;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The request and response bodies of the quiz REST API. */
final class QuizApi {

	private QuizApi() {
	}

	@Schema(description = "A program of lessons")
	record ProgramSummary(String slug, String title, int level, String icon, String tagline, String track,
			int lessonCount, String href) {

		static ProgramSummary of(Program program) {
			return new ProgramSummary(program.slug(), program.title(), program.level(), program.icon(),
					program.tagline(), program.trackSlug(), program.lessonCount(), "/programs/" + program.slug());
		}

	}

	@Schema(description = "A lesson's place in its program; lessons not yet written are not available")
	record LessonSummary(String slug, String title, int number, boolean available, String href) {

		static LessonSummary of(Program program, LessonEntry entry) {
			return new LessonSummary(entry.slug(), entry.title(), entry.number(), entry.available(),
					"/programs/" + program.slug() + "/lessons/" + entry.slug());
		}

	}

	@Schema(description = "A quick check as a learner sees it before answering: no answer, no explanation")
	record QuickCheckQuestion(@Schema(example = "backpropagation.chain-rule-local-derivatives") String id,
			String question, List<String> options) {

	}

	@Schema(description = "A published lesson and its quick checks")
	record LessonDetail(String slug, String program, int number, int lessonsInProgram, String title, String description,
			String difficulty, int durationMinutes, String href, List<QuickCheckQuestion> quickChecks) {

		static LessonDetail of(Lesson lesson, int lessonsInProgram) {
			List<QuickCheckQuestion> checks = lesson.quickChecks()
				.stream()
				.map((check) -> new QuickCheckQuestion(check.id(), check.question(), check.options()))
				.toList();
			return new LessonDetail(lesson.slug(), lesson.programSlug(), lesson.number(), lessonsInProgram,
					lesson.title(), lesson.description(), lesson.difficulty().key(), lesson.durationMinutes(),
					"/programs/" + lesson.programSlug() + "/lessons/" + lesson.slug(), checks);
		}

	}

	@Schema(description = "An answer to a quick check")
	record AnswerRequest(@NotNull @Schema(description = "The index of the chosen option, counted from 0",
			example = "2") Integer choice) {

	}

	@Schema(description = "The graded answer; the explanation comes with a correct answer, because it names the right option")
	record AnswerResponse(String quickCheckId, int choice, boolean correct, String message,
			@Schema(nullable = true) @Nullable String explanation) {

		static AnswerResponse of(Answer answer) {
			return new AnswerResponse(answer.quickCheckId(), answer.choice(), answer.correct(),
					answer.correct() ? "Correct!" : "Not quite. Have another go.", answer.explanation());
		}

	}

	@Schema(description = "A learner's progress through one program")
	record ProgramProgressView(String program, int completed, int total, int percent, List<String> completedLessons) {

		static ProgramProgressView of(ProgramProgress progress) {
			return new ProgramProgressView(progress.programSlug(), progress.completed(), progress.total(),
					progress.percent(), progress.completedLessons().stream().sorted().toList());
		}

	}

	@Schema(description = "This learner's progress in every program")
	record ProgressResponse(List<ProgramProgressView> programs) {

	}

	@Schema(description = "A lesson completed, and the program's progress after it")
	record CompletionResponse(String lesson, boolean completed, ProgramProgressView progress) {

	}

}
