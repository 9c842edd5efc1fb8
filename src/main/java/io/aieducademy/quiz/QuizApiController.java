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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.aieducademy.json.BundleProblems.refusal;

/** The quiz REST API: answers to quick checks, and lesson completion. */
@RestController
@Tag(name = "Quiz", description = "Lessons, quick checks graded on the server, and a learner's progress")
class QuizApiController {

	private static final String PROBLEM = "application/problem+json";

	static final String WRONG_ANSWER = """
			{"quickCheckId":"backpropagation.chain-rule-local-derivatives","choice":1,"correct":false,\
			"message":"Not quite. Have another go.","explanation":null,"hint":"Every node on the path changes the \
			result, not only the strongest. Revisit ‘The chain rule’ and ask what a small step does to the change it \
			passes on."}""";

	static final String NOT_AN_OPTION = """
			{"title":"Not one of the options","status":400,"detail":"The choice 9 is not one of the options: choose \
			from 0 to 3.","instance":"/api/quick-checks/backpropagation.chain-rule-local-derivatives/answers"}""";

	static final String UNKNOWN_QUICK_CHECK = """
			{"title":"Unknown quick check","status":404,"detail":"There is no quick check with the id 'nope'.",\
			"instance":"/api/quick-checks/nope/answers"}""";

	static final String UNKNOWN_LESSON = """
			{"title":"Unknown lesson","status":404,"detail":"There is no published lesson called 'nope'.",\
			"instance":"/api/lessons/nope/completion"}""";

	static final String QUICK_CHECKS_OPEN = """
			{"title":"Quick checks still open","status":409,"detail":"Answer every quick check of this lesson \
			correctly before completing it: 3 of 3 still need a correct answer.",\
			"instance":"/api/lessons/backpropagation/completion","openQuickChecks":\
			["backpropagation.chain-rule-local-derivatives","backpropagation.vanishing-gradients-cause",\
			"backpropagation.what-gradient-tells"]}""";

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
	@Operation(operationId = "answerQuickCheck",
			summary = "Answer a quick check; the answer is graded, recorded for this learner, and explained")
	@ApiResponse(responseCode = "200", description = "The graded answer; the learner cookie is set if it was not",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnswerResponse.class),
					examples = @ExampleObject(name = "wrong answer", value = WRONG_ANSWER)))
	@ApiResponse(responseCode = "400", description = "Not one of the options, no choice, or not JSON",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "not an option", value = NOT_AN_OPTION)))
	@ApiResponse(responseCode = "404", description = "No quick check has this id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "unknown quick check", value = UNKNOWN_QUICK_CHECK)))
	@ApiResponse(responseCode = "429",
			description = "Too many answers and completions from this learner or address in a short time")
	AnswerResponse answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request,
			@Parameter(hidden = true) Learner learner, Locale locale) {
		QuickCheck check = this.catalogue.requireQuickCheck(id);
		int choice = request.choice();
		if (!check.isChoice(choice)) {
			throw refusal(HttpStatus.BAD_REQUEST, "problem.answer.notAnOption", Integer.toString(choice),
					Integer.toString(check.options().size() - 1));
		}
		return AnswerResponse.of(this.quiz.answer(learner.idOrCreate(), check, choice), this.messages, locale);
	}

	@PostMapping("/api/lessons/{slug}/completion")
	@Operation(operationId = "completeLesson",
			summary = "Mark a lesson complete; refused with 409 while any of its quick checks is still open")
	@ApiResponse(responseCode = "200", description = "The lesson is complete for this learner")
	@ApiResponse(responseCode = "404", description = "No published lesson has this slug",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "unknown lesson", value = UNKNOWN_LESSON)))
	@ApiResponse(responseCode = "409",
			description = "Some quick checks of the lesson have no correct answer from this learner yet",
			content = @Content(mediaType = PROBLEM,
					schema = @Schema(ref = "#/components/schemas/OpenQuickChecksProblem"),
					examples = @ExampleObject(name = "quick checks open", value = QUICK_CHECKS_OPEN)))
	@ApiResponse(responseCode = "429",
			description = "Too many answers and completions from this learner or address in a short time")
	CompletionResponse complete(@PathVariable String slug, @Parameter(hidden = true) Learner learner) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		CompletionOutcome outcome = this.quiz.complete(learner, lesson);
		if (!outcome.completed()) {
			ErrorResponseException conflict = refusal(HttpStatus.CONFLICT, "problem.completion.open",
					outcome.openQuickChecks().size(), lesson.quickChecks().size());
			conflict.getBody().setProperty("openQuickChecks", outcome.openQuickChecks());
			throw conflict;
		}
		Program program = this.catalogue.requireProgram(lesson.programSlug());
		return new CompletionResponse(slug, true, ProgramProgressView
			.of(this.progress.programProgress(learner.idOrCreate(), program.slug(), program.availableLessonSlugs())));
	}

}
