package io.aieducademy.quiz;

import java.util.Locale;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.catalogue.Program;
import io.aieducademy.progress.Learner;
import io.aieducademy.progress.ProgramProgressView;
import io.aieducademy.progress.Progress;
import io.aieducademy.quiz.QuizApi.AnswerRequest;
import io.aieducademy.quiz.QuizApi.AnswerResponse;
import io.aieducademy.quiz.QuizApi.CompletionResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The quiz REST API: answers to quick checks, and lesson completion. */
@RestController
@Tag(name = "Quiz", description = "Lessons, quick checks graded on the server, and a learner's progress")
class QuizApiController {

	private final Catalogue catalogue;

	private final Quiz quiz;

	private final Progress progress;

	private final MessageSource messages;

	QuizApiController(Catalogue catalogue, Quiz quiz, Progress progress, MessageSource messages) {
		this.catalogue = catalogue;
		this.quiz = quiz;
		this.progress = progress;
		this.messages = messages;
	}

	@PostMapping("/api/quick-checks/{id}/answers")
	@Operation(summary = "Answer a quick check; the answer is graded, recorded for this learner, and explained")
	AnswerResponse answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request, Learner learner,
			Locale locale) {
		QuickCheck check = this.catalogue.requireQuickCheck(id);
		int choice = request.choice();
		if (!check.isChoice(choice)) {
			throw problem(HttpStatus.BAD_REQUEST, "problem.answer.notAnOption", Integer.toString(choice),
					Integer.toString(check.options().size() - 1));
		}
		return AnswerResponse.of(this.quiz.answer(learner.idOrCreate(), check, choice), this.messages, locale);
	}

	@PostMapping("/api/lessons/{slug}/completion")
	@Operation(summary = "Mark a lesson complete; refused with 409 while any of its quick checks is still open")
	CompletionResponse complete(@PathVariable String slug, Learner learner) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		CompletionOutcome outcome = this.quiz.complete(learner, lesson);
		if (!outcome.completed()) {
			ErrorResponseException conflict = problem(HttpStatus.CONFLICT, "problem.completion.open",
					outcome.openQuickChecks().size(), lesson.quickChecks().size());
			conflict.getBody().setProperty("openQuickChecks", outcome.openQuickChecks());
			throw conflict;
		}
		Program program = this.catalogue.requireProgram(lesson.programSlug());
		return new CompletionResponse(slug, true, ProgramProgressView
			.of(this.progress.programProgress(learner.idOrCreate(), program.slug(), program.availableLessonSlugs())));
	}

	/**
	 * A problem whose detail is the bundle's message {@code code} and title
	 * {@code code.title}, resolved by {@link QuizApiProblems} as Spring renders an
	 * {@link ErrorResponseException}.
	 */
	private static ErrorResponseException problem(HttpStatus status, String code, Object... arguments) {
		return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, code, arguments) {

			private static final long serialVersionUID = 1L;

			@Override
			public String getTitleMessageCode() {
				return code + ".title";
			}

		};
	}

}
