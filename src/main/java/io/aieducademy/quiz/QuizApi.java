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

	@Schema(description = "The graded answer; the explanation comes with a correct answer, because it names the right option")
	record AnswerResponse(String quickCheckId, int choice, boolean correct, String message,
			@Schema(nullable = true) @Nullable String explanation) {

		/** The graded answer, with the verdict in words from the message bundle. */
		static AnswerResponse of(Answer answer, MessageSource messages, Locale locale) {
			String verdict = messages.getMessage(answer.correct() ? "quickCheck.right" : "quickCheck.wrong", null,
					locale);
			return new AnswerResponse(answer.quickCheckId(), answer.choice(), answer.correct(), verdict,
					answer.explanation());
		}

	}

	@Schema(description = "A lesson completed, and the program's progress after it")
	record CompletionResponse(String lesson, boolean completed, ProgramProgressView progress) {

	}

}
