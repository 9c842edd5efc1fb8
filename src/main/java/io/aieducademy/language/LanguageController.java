package io.aieducademy.language;

import io.aieducademy.language.BigramModel.Prediction;
import io.aieducademy.language.BytePairTokeniser.AppliedMerge;
import io.aieducademy.language.BytePairTokeniser.Encoding;
import io.aieducademy.language.BytePairTokeniser.Token;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tokeniser} and {@code POST /api/next-word}: the lessons' tiny
 * tokeniser and next-word model, applied to a learner's text. The models are trained at
 * start-up and never change, so any instance answers the same; the work of one request is
 * bounded by the text's length limit.
 */
@RestController
@Tag(name = "Language", description = "The lessons' byte-pair tokeniser and bigram next-word model")
class LanguageController {

	private static final String PROBLEM = "application/problem+json";

	private final LanguageModels models;

	private final LanguageProperties properties;

	LanguageController(LanguageModels models, LanguageProperties properties) {
		this.models = models;
		this.properties = properties;
	}

	/** A text to tokenise. */
	record TokeniseRequest(@Schema(example = "The Rabbit was late.") @Nullable String text) {
	}

	/**
	 * The text as tokens, how many there are, its length in characters and in UTF-8
	 * bytes, the tokeniser's vocabulary size, and the merges used, in the order they were
	 * learnt ({@code rank} from 1).
	 */
	record Tokens(List<Token> tokens, int count, int characters, int bytes, int vocabularySize,
			List<AppliedMerge> merges) {
	}

	/** A text to predict the next word after, and the softmax temperature (default 1). */
	record NextWordRequest(@Schema(example = "down the") @Nullable String text,
			@Schema(example = "1") @Nullable Double temperature) {
	}

	@PostMapping("/api/tokeniser")
	@Operation(summary = "Tokenise a text",
			description = "Cuts the text into pieces and applies the byte-pair merges learnt from the shipped text.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "sentence",
									value = "{\"text\": \"The Rabbit was late.\"}"))))
	@ApiResponse(responseCode = "200", description = "The tokens")
	@ApiResponse(responseCode = "400", description = "Malformed JSON, no text, or a text over the length limit",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	Tokens tokenise(@RequestBody TokeniseRequest request) {
		String text = checkedText(request.text());
		Encoding encoding = this.models.tokeniser().encode(text);
		return new Tokens(encoding.tokens(), encoding.tokens().size(), encoding.characters(), encoding.bytes(),
				this.models.tokeniser().vocabularySize(), encoding.merges());
	}

	@PostMapping("/api/next-word")
	@Operation(summary = "Predict the next word",
			description = "The bigram model's candidates for the word after the text's last word, with their counts "
					+ "and their probabilities at the temperature.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "prompt",
									value = "{\"text\": \"down the\", \"temperature\": 1}"))))
	@ApiResponse(responseCode = "200", description = "The prediction; known is false when the model never saw the word")
	@ApiResponse(responseCode = "400",
			description = "Malformed JSON, no text, a text over the length limit or a temperature out of range",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	Prediction nextWord(@RequestBody NextWordRequest request) {
		String text = checkedText(request.text());
		double temperature = (request.temperature() != null) ? request.temperature() : 1;
		if (!(temperature >= LanguageModels.MIN_TEMPERATURE && temperature <= LanguageModels.MAX_TEMPERATURE)) {
			throw new BadLanguageRequestException("problem.language.temperature", "temperature",
					LanguageModels.MIN_TEMPERATURE, LanguageModels.MAX_TEMPERATURE);
		}
		return this.models.bigrams().predict(text, temperature);
	}

	private String checkedText(@Nullable String text) {
		if (text == null) {
			throw new BadLanguageRequestException("problem.language.noText", "text");
		}
		int length = text.codePointCount(0, text.length());
		if (length > this.properties.maxTextLength()) {
			throw new BadLanguageRequestException("problem.language.tooLong", "text", this.properties.maxTextLength(),
					length);
		}
		return text;
	}

}
