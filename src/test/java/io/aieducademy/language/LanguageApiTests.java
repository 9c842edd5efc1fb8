package io.aieducademy.language;

import io.aieducademy.autograd.web.AutogradProperties;
import io.aieducademy.support.JsonApi;
import io.aieducademy.support.JsonApiSlice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HTTP contract of {@code POST /api/tokeniser} and {@code POST /api/next-word}: the
 * models' answers, and a 400 problem with a sentence and the field at fault for every
 * kind of bad input, including a text over the configured length limit.
 */
@JsonApiSlice(LanguageController.class)
@EnableConfigurationProperties({ LanguageProperties.class, AutogradProperties.class })
@Import(LanguageModels.class)
@TestPropertySource(properties = "aieducademy.language.max-text-length=40")
class LanguageApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private LanguageModels models;

	private JsonNode ok(String uri, String body) {
		return new JsonApi(this.mvc).ok(uri, body);
	}

	private JsonNode problem(String uri, String body, String detail) {
		return new JsonApi(this.mvc).problem(uri, body, HttpStatus.BAD_REQUEST, detail);
	}

	@Test
	void tokenisesATextWithItsIdsCountsAndTheMergesUsed() {
		JsonNode answer = ok("/api/tokeniser", "{\"text\": \"The Rabbit was late.\"}");
		assertThat(answer.path("count").asInt()).isEqualTo(answer.path("tokens").size()).isEqualTo(8);
		assertThat(answer.path("characters").asInt()).isEqualTo(20);
		assertThat(answer.path("bytes").asInt()).isEqualTo(20);
		assertThat(answer.path("vocabularySize").asInt()).isEqualTo(this.models.tokeniser().vocabularySize());
		JsonNode rabbit = answer.path("tokens").get(2);
		assertThat(rabbit.path("text").asString()).isEqualTo(" Rabbit");
		assertThat(rabbit.path("shown").asString()).isEqualTo("␣Rabbit");
		assertThat(rabbit.path("id").asInt()).isEqualTo(this.models.tokeniser().encode(" Rabbit").tokens().get(0).id());
		JsonNode merges = answer.path("merges");
		assertThat(merges.size()).isPositive();
		// "The": merge 1 (␣t) has nothing to join; merge 2 joins h and e
		assertThat(merges.get(0).path("rank").asInt()).isEqualTo(2);
		assertThat(merges.get(0).path("merged").asString()).isEqualTo("he");
		assertThat(ok("/api/tokeniser", "{\"text\": \"\"}").path("count").asInt()).isZero();
	}

	@Test
	void predictsTheNextWordAtATemperature() {
		JsonNode answer = ok("/api/next-word", "{\"text\": \"Alice thought I\", \"temperature\": 0.5}");
		assertThat(answer.path("word").asString()).isEqualTo("i");
		assertThat(answer.path("known").asBoolean()).isTrue();
		assertThat(answer.path("total").asInt()).isEqualTo(17);
		assertThat(answer.path("candidates").get(0).path("word").asString()).isEqualTo("shall");
		assertThat(answer.path("candidates").get(0).path("probability").asDouble()).isCloseTo(25.0 / 51, within(1e-12));
		JsonNode plain = ok("/api/next-word", "{\"text\": \"i\"}");
		assertThat(plain.path("temperature").asDouble()).isEqualTo(1);
		JsonNode unknown = ok("/api/next-word", "{\"text\": \"computer\"}");
		assertThat(unknown.path("known").asBoolean()).isFalse();
		assertThat(unknown.path("candidates").size()).isZero();
		assertThat(ok("/api/next-word", "{\"text\": \"  \"}").path("word").isNull()).isTrue();
	}

	@Test
	void everyBadRequestIsA400ProblemThatNamesTheField() {
		String long41 = "a".repeat(41);
		assertThat(
				problem("/api/tokeniser", "{\"text\": \"" + long41 + "\"}", "at most 40 characters long").path("field")
					.asString())
			.isEqualTo("text");
		problem("/api/next-word", "{\"text\": \"" + long41 + "\"}", "and this one has 41");
		// 40 characters of four bytes each are still 40 characters
		assertThat(ok("/api/tokeniser", "{\"text\": \"" + "😀".repeat(40) + "\"}").path("bytes").asInt())
			.isEqualTo(160);
		problem("/api/tokeniser", "{}", "needs a \"text\"");
		problem("/api/tokeniser", "{\"text\": null}", "needs a \"text\"");
		assertThat(problem("/api/next-word", "{\"text\": \"i\", \"temperature\": 0}", "from 0.1 to 3").path("field")
			.asString()).isEqualTo("temperature");
		problem("/api/next-word", "{\"text\": \"i\", \"temperature\": 3.5}", "from 0.1 to 3");
		problem("/api/tokeniser", "{\"text\": [\"a\"]}", "wrong type");
		problem("/api/tokeniser", "{\"text\": ", "not valid JSON");
		problem("/api/tokeniser", "", "empty");
		problem("/api/next-word", "{\"text\": \"i\", \"temperature\": \"hot\"}", "wrong type");
	}

}
