package io.aieducademy.fitting;

import io.aieducademy.autograd.web.AutogradProperties;
import io.aieducademy.support.JsonApi;
import io.aieducademy.support.JsonApiSlice;
import io.aieducademy.system.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code POST /api/polynomial-fit}: the fit's numbers as
 * {@link CurveFits} computes them, the defaults, and a 400 problem with a sentence and
 * the field at fault for every kind of bad input.
 */
@JsonApiSlice(FitController.class)
@EnableConfigurationProperties(AutogradProperties.class)
@Import(StrictJson.class)
class FitApiTests {

	@Autowired
	private MockMvcTester mvc;

	private JsonNode ok(String body) {
		return new JsonApi(this.mvc).ok("/api/polynomial-fit", body);
	}

	private JsonNode problem(String body, String detail) {
		return new JsonApi(this.mvc).problem("/api/polynomial-fit", body, HttpStatus.BAD_REQUEST, detail);
	}

	@Test
	void answersTheFitItsCurveAndTheErrorsOfEveryDegree() {
		JsonNode answer = ok("{\"degree\": 9, \"points\": 40, \"penalty\": 0.0001}");
		CurveFits.FitAnswer expected = CurveFits.of(9, 40, 0.0001);
		assertThat(answer.path("degree").asInt()).isEqualTo(9);
		assertThat(answer.path("points").asInt()).isEqualTo(40);
		assertThat(answer.path("penalty").asDouble()).isEqualTo(0.0001);
		assertThat(answer.path("trainingError").asDouble()).isEqualTo(expected.trainingError());
		assertThat(answer.path("testError").asDouble()).isEqualTo(expected.testError());
		assertThat(answer.path("coefficients").size()).isEqualTo(10);
		assertThat(answer.path("training").size()).isEqualTo(40);
		assertThat(answer.path("test").size()).isEqualTo(CurveData.TEST_POINTS);
		assertThat(answer.path("curve").size()).isEqualTo(CurveFits.CURVE_STEPS + 1);
		assertThat(answer.path("curve").get(100).path("x").asDouble()).isEqualTo(1.0);
		assertThat(answer.path("curve").get(100).path("y").asDouble()).isEqualTo(expected.curve().get(100).y());
		assertThat(answer.path("byDegree").size()).isEqualTo(10);
		assertThat(answer.path("byDegree").get(3).path("testError").asDouble())
			.isEqualTo(expected.byDegree().get(3).testError());
	}

	@Test
	void everyFieldHasADefault() {
		JsonNode answer = ok("{}");
		assertThat(answer.path("degree").asInt()).isEqualTo(3);
		assertThat(answer.path("points").asInt()).isEqualTo(CurveFits.MIN_POINTS);
		assertThat(answer.path("penalty").asDouble()).isZero();
		assertThat(answer.path("testError").asDouble()).isEqualTo(CurveFits.of(3, 10, 0).testError());
	}

	@Test
	void everyBadRequestIsA400ProblemThatNamesTheField() {
		assertThat(problem("{\"degree\": 12}", "\"degree\" must be a whole number from 0 to 9, not 12.").path("field")
			.asString()).isEqualTo("degree");
		problem("{\"degree\": -1}", "from 0 to 9, not -1");
		assertThat(problem("{\"points\": 5}", "\"points\" must be a whole number from 10 to 40, not 5.").path("field")
			.asString()).isEqualTo("points");
		problem("{\"points\": 41}", "not 41");
		assertThat(problem("{\"penalty\": -0.5}", "\"penalty\" must be a number from 0 to 10, not -0.5.").path("field")
			.asString()).isEqualTo("penalty");
		problem("{\"penalty\": 1e9}", "from 0 to 10");
		problem("{\"degree\": 3.5}", "wrong type in \"degree\"");
		problem("{\"degree\": \"three\"}", "wrong type");
		problem("{\"penalty\": \"none\"}", "wrong type");
		problem("{\"degree\": ", "not valid JSON");
		problem("", "empty");
	}

}
