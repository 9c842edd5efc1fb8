package io.aieducademy.catalogue;

import io.aieducademy.catalogue.CatalogueApi.LessonDetail;
import io.aieducademy.catalogue.CatalogueApi.LessonSummary;
import io.aieducademy.catalogue.CatalogueApi.ProgramSummary;
import io.aieducademy.catalogue.CatalogueApi.ProgressResponse;
import io.aieducademy.progress.Learner;
import io.aieducademy.progress.ProgramProgress;
import io.aieducademy.progress.ProgramProgressView;
import io.aieducademy.progress.Progress;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue's JSON API: programs, their lessons, and a learner's progress in them.
 */
@RestController
@Tag(name = "Quiz", description = "Lessons, quick checks graded on the server, and a learner's progress")
class CatalogueApiController {

	private static final String PROBLEM = "application/problem+json";

	static final String UNKNOWN_PROGRAM = """
			{"title":"Unknown program","status":404,"detail":"There is no program called 'nope'.",\
			"instance":"/api/programs/nope/lessons"}""";

	static final String UNKNOWN_LESSON = """
			{"title":"Unknown lesson","status":404,"detail":"There is no published lesson called 'nope'.",\
			"instance":"/api/lessons/nope"}""";

	private final Catalogue catalogue;

	private final Progress progress;

	CatalogueApiController(Catalogue catalogue, Progress progress) {
		this.catalogue = catalogue;
		this.progress = progress;
	}

	@GetMapping("/api/programs")
	@Operation(operationId = "listPrograms", summary = "Every program, in track order")
	List<ProgramSummary> programs() {
		return this.catalogue.programs().stream().map(ProgramSummary::of).toList();
	}

	@GetMapping("/api/programs/{program}/lessons")
	@Operation(operationId = "listLessons", summary = "A program's lessons in order, including those not yet available")
	@ApiResponse(responseCode = "200", description = "The program's lessons")
	@ApiResponse(responseCode = "404", description = "No program has this slug",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "unknown program", value = UNKNOWN_PROGRAM)))
	List<LessonSummary> lessons(@PathVariable String program) {
		Program found = this.catalogue.requireProgram(program);
		return found.lessons().stream().map((entry) -> LessonSummary.of(found, entry)).toList();
	}

	@GetMapping("/api/lessons/{slug}")
	@Operation(operationId = "getLesson", summary = "A published lesson with its quick checks (never their answers)")
	@ApiResponse(responseCode = "200", description = "The lesson")
	@ApiResponse(responseCode = "404", description = "No published lesson has this slug",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "unknown lesson", value = UNKNOWN_LESSON)))
	LessonDetail lesson(@PathVariable String slug) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		return LessonDetail.of(lesson, this.catalogue.requireProgram(lesson.programSlug()).lessonCount());
	}

	@GetMapping("/api/progress")
	@Operation(operationId = "getProgress",
			summary = "This learner's progress in every program with lessons to read, counting only those lessons")
	ProgressResponse progress(@Parameter(hidden = true) Learner learner) {
		Set<String> completed = this.progress.completedLessons(learner.idOrNull());
		return new ProgressResponse(this.catalogue.programs()
			.stream()
			.filter((program) -> program.availableCount() > 0)
			.map((program) -> ProgramProgressView
				.of(ProgramProgress.of(program.slug(), program.availableLessonSlugs(), completed)))
			.toList());
	}

}
