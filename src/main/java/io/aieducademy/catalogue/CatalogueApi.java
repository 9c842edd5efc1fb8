package io.aieducademy.catalogue;

import io.aieducademy.progress.ProgramProgressView;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the catalogue's JSON API. */
final class CatalogueApi {

	private CatalogueApi() {
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

	@Schema(description = "A quick check as a learner sees it before answering: no answer, no explanation, no hints")
	record QuickCheckQuestion(@Schema(example = "backpropagation.chain-rule-local-derivatives") String id,
			String question, List<String> options) {

	}

	@Schema(description = "A published lesson and its quick checks")
	record LessonDetail(String slug, String program, int number, int lessonsInProgram, String title, String description,
			String difficulty, int durationMinutes, String href, List<QuickCheckQuestion> quickChecks) {

		static LessonDetail of(Lesson lesson, int lessonsInProgram) {
			List<QuickCheckQuestion> checks = lesson.quickChecks()
				.stream()
				.map((check) -> new QuickCheckQuestion(check.id(), check.question(), check.optionTexts()))
				.toList();
			return new LessonDetail(lesson.slug(), lesson.programSlug(), lesson.number(), lessonsInProgram,
					lesson.title(), lesson.description(), lesson.difficulty().key(), lesson.durationMinutes(),
					"/programs/" + lesson.programSlug() + "/lessons/" + lesson.slug(), checks);
		}

	}

	@Schema(description = "This learner's progress in every program")
	record ProgressResponse(List<ProgramProgressView> programs) {

	}

}
