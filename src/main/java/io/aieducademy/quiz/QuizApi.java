package io.aieducademy.quiz;

import java.util.Locale;

import io.aieducademy.progress.ProgramProgressView;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/** The request and response bodies of the quiz REST API: answers and completion. */
final class QuizApi {

	private QuizApi() {
	}

	@Schema(description = "An answer to a quick check")
	record AnswerRequest(@NotNull @Schema(description = "The index of the chosen option, counted from 0",
			example = "2") Integer choice) {

	}

	@Schema(description = "The graded answer; the explanation comes with a correct answer, because it names the right "
			+ "option, and the hint with a wrong one")
	record AnswerResponse(String quickCheckId, int choice, boolean correct, String message, @Schema(nullable = true,
			description = "Why the right option is right; only when this answer is correct") @Nullable String explanation,
			@Schema(nullable = true,
					description = "The idea to revisit, written for the wrong option chosen; never names the right option; "
							+ "null when the answer is correct",
					example = "Adding is what happens where separate paths meet.") @Nullable String hint) {

		/** The graded answer, with the verdict in words from the message bundle. */
		static AnswerResponse of(Answer answer, MessageSource messages, Locale locale) {
			String verdict = messages.getMessage(answer.correct() ? "quickCheck.right" : "quickCheck.wrong", null,
					locale);
			return new AnswerResponse(answer.quickCheckId(), answer.choice(), answer.correct(), verdict,
					answer.explanation(), answer.hint());
		}

	}

	@Schema(description = "A lesson completed, and the program's progress after it")
	record CompletionResponse(String lesson, boolean completed, ProgramProgressView progress) {

	}

}
