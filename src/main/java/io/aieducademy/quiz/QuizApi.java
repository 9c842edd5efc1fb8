package io.aieducademy.quiz;

import io.aieducademy.progress.ProgramProgressView;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The request and response bodies of the quiz REST API: answers and completion. */
final class QuizApi {

	private QuizApi() {
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

	@Schema(description = "A lesson completed, and the program's progress after it")
	record CompletionResponse(String lesson, boolean completed, ProgramProgressView progress) {

	}

}
