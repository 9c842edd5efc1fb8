package io.aieducademy.quiz;

import io.aieducademy.content.Catalogue;
import io.aieducademy.content.Lesson;
import io.aieducademy.content.LessonBlock.QuickCheck;
import io.aieducademy.content.Program;
import io.aieducademy.progress.LearnerCookie;
import io.aieducademy.progress.ProgramProgress;
import io.aieducademy.progress.Progress;
import io.aieducademy.quiz.QuizApi.AnswerRequest;
import io.aieducademy.quiz.QuizApi.AnswerResponse;
import io.aieducademy.quiz.QuizApi.CompletionResponse;
import io.aieducademy.quiz.QuizApi.LessonDetail;
import io.aieducademy.quiz.QuizApi.LessonSummary;
import io.aieducademy.quiz.QuizApi.ProgramProgressView;
import io.aieducademy.quiz.QuizApi.ProgramSummary;
import io.aieducademy.quiz.QuizApi.ProgressResponse;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quiz REST API: programs, lessons and quick checks, answers, progress and
 * completion.
 */
@RestController
@Tag(name = "Quiz", description = "Lessons, quick checks graded on the server, and a learner's progress")
class QuizApiController {

	private final Catalogue catalogue;

	private final Quiz quiz;

	private final Progress progress;

	private final LearnerCookie learners;

	QuizApiController(Catalogue catalogue, Quiz quiz, Progress progress, LearnerCookie learners) {
		this.catalogue = catalogue;
		this.quiz = quiz;
		this.progress = progress;
		this.learners = learners;
	}

	@GetMapping("/api/programs")
	@Operation(summary = "Every program, in track order")
	List<ProgramSummary> programs() {
		return this.catalogue.programs().stream().map(ProgramSummary::of).toList();
	}

	@GetMapping("/api/programs/{program}/lessons")
	@Operation(summary = "A program's lessons in order, including those not yet available")
	List<LessonSummary> lessons(@PathVariable String program) {
		Program found = program(program);
		return found.lessons().stream().map((entry) -> LessonSummary.of(found, entry)).toList();
	}

	@GetMapping("/api/lessons/{slug}")
	@Operation(summary = "A published lesson with its quick checks (never their answers)")
	LessonDetail lesson(@PathVariable String slug) {
		Lesson lesson = lessonOrProblem(slug);
		return LessonDetail.of(lesson, program(lesson.programSlug()).lessonCount());
	}

	@PostMapping("/api/quick-checks/{id}/answers")
	@Operation(summary = "Answer a quick check; the answer is graded, recorded for this learner, and explained")
	AnswerResponse answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request, HttpServletRequest http,
			HttpServletResponse response) {
		Lesson lesson = this.catalogue.lessonOfQuickCheck(id)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no quick check with the id '" + id + "'.",
					"Unknown quick check"));
		QuickCheck check = lesson.quickCheck(id).orElseThrow();
		int choice = request.choice();
		if (choice < 0 || choice >= check.options().size()) {
			throw problem(HttpStatus.BAD_REQUEST, "The choice " + choice
					+ " is not one of the options: choose from 0 to " + (check.options().size() - 1) + ".",
					"Not one of the options");
		}
		UUID learner = this.learners.currentOrNew(http, response);
		return AnswerResponse.of(this.quiz.answer(learner, check, choice));
	}

	@GetMapping("/api/progress")
	@Operation(summary = "This learner's progress in every program that has lessons")
	ProgressResponse progress(HttpServletRequest http) {
		UUID learner = this.learners.current(http).orElse(null);
		Set<String> completed = this.progress.completedLessons(learner);
		return new ProgressResponse(this.catalogue.programs()
			.stream()
			.filter(Program::hasLessons)
			.map((program) -> ProgramProgressView
				.of(ProgramProgress.of(program.slug(), program.lessonSlugs(), completed)))
			.toList());
	}

	@PostMapping("/api/lessons/{slug}/completion")
	@Operation(summary = "Mark a lesson complete; refused with 409 while any of its quick checks is still open")
	CompletionResponse complete(@PathVariable String slug, HttpServletRequest http, HttpServletResponse response) {
		Lesson lesson = lessonOrProblem(slug);
		UUID learner = this.learners.currentOrNew(http, response);
		CompletionOutcome outcome = this.quiz.complete(learner, lesson);
		if (!outcome.completed()) {
			ErrorResponseException conflict = problem(HttpStatus.CONFLICT,
					"Answer every quick check of this lesson correctly before completing it: "
							+ outcome.openQuickChecks().size() + " of " + lesson.quickChecks().size()
							+ " still need a correct answer.",
					"Quick checks still open");
			conflict.getBody().setProperty("openQuickChecks", outcome.openQuickChecks());
			throw conflict;
		}
		Program program = program(lesson.programSlug());
		return new CompletionResponse(slug, true,
				ProgramProgressView.of(this.progress.programProgress(learner, program.slug(), program.lessonSlugs())));
	}

	private Program program(String slug) {
		return this.catalogue.program(slug)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no program called '" + slug + "'.",
					"Unknown program"));
	}

	private Lesson lessonOrProblem(String slug) {
		return this.catalogue.lesson(slug)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no published lesson called '" + slug + "'.",
					"Unknown lesson"));
	}

	static ErrorResponseException problem(HttpStatus status, String detail, String title) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
