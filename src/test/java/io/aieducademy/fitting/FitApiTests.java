package io.aieducademy.fitting;

import io.aieducademy.autograd.web.AutogradProperties;
import io.aieducademy.system.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code POST /api/polynomial-fit}: the fit's numbers as
 * {@link CurveFits} computes them, the defaults, and a 400 problem with a sentence and
 * the field at fault for every kind of bad input.
 */
@WebMvcTest(controllers = FitController.class,
		excludeAutoConfiguration = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.aieducademy\\.system\\..*"))
@EnableConfigurationProperties(AutogradProperties.class)
@Import(StrictJson.class)
class FitApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/polynomial-fit")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private JsonNode ok(String body) {
		MvcTestResult result = post(body);
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private JsonNode problem(String body, String detail) {
		MvcTestResult result = post(body);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(problem.path("detail").asString()).contains(detail);
		assertThat(problem.path("title").asString()).isNotBlank();
		return problem;
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
