package io.aieducademy.playground;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.aieducademy.autograd.web.AutogradProperties;
import io.aieducademy.autograd.web.EvaluationSlots;
import io.aieducademy.support.JsonApi;
import io.aieducademy.support.JsonApiSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HTTP contract of {@code POST /api/playground/train}: every dataset and option, the
 * exact SGD step, continuing from a state, and a problem for every kind of bad input.
 */
@JsonApiSlice(PlaygroundController.class)
@EnableConfigurationProperties({ PlaygroundProperties.class, AutogradProperties.class })
@Import(EvaluationSlots.class)
class PlaygroundApiTests {

	@Autowired
	private MockMvcTester mvc;

	private JsonNode ok(String body) {
		return new JsonApi(this.mvc).ok("/api/playground/train", body);
	}

	private void problem(String body, HttpStatus status, String detail) {
		new JsonApi(this.mvc).problem("/api/playground/train", body, status, detail);
	}

	@ParameterizedTest
	@CsvSource({ "circle, hinge", "xor, hinge", "gaussian, cross-entropy", "spiral, hinge", "moons, hinge",
			"plane, mse", "multi-gaussian, mse", "circle, mse" })
	void everyDatasetTrainsAndTheLossFalls(String kind, String loss) {
		JsonNode answer = ok("""
				{"dataset":{"kind":"%s","points":100,"noise":0.05,"seed":3,"testFraction":0.2},
				 "network":{"hidden":[8,8],"activation":"tanh"},"loss":"%s",
				 "optimizer":{"kind":"adam","learningRate":0.03},"steps":60,"seed":2}""".formatted(kind, loss));
		assertThat(answer.path("step").asLong()).isEqualTo(60);
		JsonNode losses = answer.path("trainLoss");
		assertThat(losses).hasSize(60);
		assertThat(losses.get(59).asDouble()).isLessThan(losses.get(0).asDouble());
		assertThat(answer.path("dataset").path("train")).hasSize(80);
		assertThat(answer.path("dataset").path("test")).hasSize(20);
		boolean classification = !kind.equals("plane") && !kind.equals("multi-gaussian");
		assertThat(answer.path("dataset").path("classification").asBoolean()).isEqualTo(classification);
		assertThat(answer.has("trainAccuracy")).isEqualTo(classification);
		assertThat(answer.path("testLoss").isNumber()).isTrue();
	}

	@Test
	void circleIsLearnedWell() {
		JsonNode answer = ok("""
				{"dataset":{"kind":"circle","points":200,"noise":0.05,"seed":1},"network":{"hidden":[8,8]},
				 "optimizer":{"kind":"adam","learningRate":0.03},"steps":200,"batchSize":20}""");
		assertThat(answer.path("trainAccuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
		assertThat(answer.path("testAccuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void theSameSeedsGiveTheSameAnswer() {
		String request = """
				{"dataset":{"kind":"spiral","points":50,"noise":0.1,"seed":7},"batchSize":5,"steps":7,"seed":9,
				 "grid":5}""";
		assertThat(ok(request)).isEqualTo(ok(request));
		assertThat(ok(request.replace("\"seed\":9", "\"seed\":10")).path("state"))
			.isNotEqualTo(ok(request).path("state"));
	}

	@Test
	void customPointsAreUsedAsSentWithTheirLabels() {
		JsonNode answer = ok("""
				{"dataset":{"kind":"custom","testFraction":0,"data":[[1,1,1],[-1,-1,1],[1,-1,0],[-1,1,0]]},
				 "features":["x1","x2","x1*x2"],"network":{"hidden":[],"activation":"linear"},
				 "loss":"cross-entropy","optimizer":{"kind":"adam","learningRate":0.1},"steps":100}""");
		assertThat(answer.path("dataset").path("train")).hasSize(4);
		assertThat(answer.path("dataset").path("kind").asString()).isEqualTo("custom");
		assertThat(answer.path("trainAccuracy").asDouble()).isEqualTo(1.0);
		assertThat(answer.has("testLoss")).isFalse();
		assertThat(answer.path("state").path("layers")).hasSize(1);
		assertThat(answer.path("state").path("layers").get(0).path("weight").get(0)).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)" })
	void everyFeatureIsAnInput(String feature) {
		JsonNode answer = ok("""
				{"features":["%s"],"network":{"hidden":[3]},"steps":2}""".formatted(feature));
		assertThat(answer.path("state").path("layers").get(0).path("weight").get(0)).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "relu, none, sgd", "tanh, l1, momentum", "sigmoid, l2, adam", "linear, l2, sgd" })
	void everyOptionRunsAndContinuingFromTheStateEqualsOneLongerRequest(String activation, String penalty,
			String optimizer) {
		String request = """
				{"dataset":{"kind":"xor","points":60,"seed":4},"features":["x1","x2","sin(x1)"],
				 "network":{"hidden":[5,3],"activation":"%s"},"regularization":{"kind":"%s","rate":0.001},
				 "optimizer":{"kind":"%s","learningRate":0.05},"batchSize":7,"seed":5,"steps":%d%s}""";
		JsonNode whole = ok(request.formatted(activation, penalty, optimizer, 9, ""));
		JsonNode first = ok(request.formatted(activation, penalty, optimizer, 4, ""));
		JsonNode rest = ok(request.formatted(activation, penalty, optimizer, 5, ",\"state\":" + first.path("state")));
		assertThat(rest.path("step").asLong()).isEqualTo(9);
		assertThat(rest.path("state")).isEqualTo(whole.path("state"));
		List<JsonNode> losses = new ArrayList<>();
		first.path("trainLoss").forEach(losses::add);
		rest.path("trainLoss").forEach(losses::add);
		assertThat(losses).containsExactlyElementsOf(whole.path("trainLoss").valueStream().toList());
	}

	@Test
	void oneSgdStepIsTheWeightMinusTheLearningRateTimesTheGradientExactly() {
		JsonNode answer = ok("""
				{"dataset":{"kind":"moons","points":40,"noise":0.1,"seed":1,"testFraction":0},
				 "network":{"hidden":[4],"activation":"relu"},"regularization":{"kind":"l2","rate":0.01},
				 "optimizer":{"kind":"sgd","learningRate":0.37},"steps":1,"gradients":true,"seed":3}""");
		JsonNode before = ok("""
				{"dataset":{"kind":"moons","points":40,"noise":0.1,"seed":1,"testFraction":0},
				 "network":{"hidden":[4],"activation":"relu"},"steps":0,"seed":3}""").path("state").path("layers");
		JsonNode after = answer.path("state").path("layers");
		JsonNode gradients = answer.path("gradients");
		int compared = 0;
		for (int l = 0; l < 2; l++) {
			for (int j = 0; j < before.get(l).path("weight").size(); j++) {
				for (int i = 0; i < before.get(l).path("weight").get(j).size(); i++) {
					double w = before.get(l).path("weight").get(j).get(i).asDouble();
					double g = gradients.get(l).path("weight").get(j).get(i).asDouble();
					assertThat(after.get(l).path("weight").get(j).get(i).asDouble()).isEqualTo(w - 0.37 * g);
					compared++;
				}
				double b = before.get(l).path("bias").get(j).asDouble();
				double g = gradients.get(l).path("bias").get(j).asDouble();
				assertThat(after.get(l).path("bias").get(j).asDouble()).isEqualTo(b - 0.37 * g);
			}
		}
		assertThat(compared).isEqualTo(4 * 2 + 4);
	}

	@Test
	void gridsHaveACellPerSquareAndAHeatmapPerNeuron() {
		JsonNode answer = ok("""
				{"network":{"hidden":[3,2]},"loss":"cross-entropy","steps":1,"grid":7,"neuronGrids":true}""");
		JsonNode grid = answer.path("grid");
		assertThat(grid.path("size").asInt()).isEqualTo(7);
		assertThat(grid.path("extent").asDouble()).isEqualTo(6.0);
		assertThat(grid.path("output")).hasSize(49);
		grid.path("output").forEach((p) -> assertThat(p.asDouble()).isBetween(0.0, 1.0));
		assertThat(grid.path("neurons")).hasSize(2);
		assertThat(grid.path("neurons").get(0)).hasSize(3);
		assertThat(grid.path("neurons").get(1).get(1)).hasSize(49);
		assertThat(ok("{\"steps\":1,\"grid\":3}").path("grid").has("neurons")).isFalse();
	}

	@Test
	void heatmapsAreTheNetworksOutputsToThreeSignificantDigits() {
		JsonNode answer = ok("""
				{"network":{"hidden":[3],"activation":"tanh"},"loss":"hinge","steps":2,"grid":6,"neuronGrids":true}""");
		JsonNode grid = answer.path("grid");
		JsonNode hidden = answer.path("state").path("layers").get(0);
		JsonNode out = answer.path("state").path("layers").get(1);
		int size = 6;
		double step = 2 * 6.0 / size;
		int cells = 0;
		for (int c = 0; c < size * size; c++) {
			double x1 = -6.0 + (c % size + 0.5) * step;
			double x2 = 6.0 - (c / size + 0.5) * step;
			double score = out.path("bias").get(0).asDouble();
			for (int j = 0; j < 3; j++) {
				JsonNode w = hidden.path("weight").get(j);
				double neuron = Math
					.tanh(w.get(0).asDouble() * x1 + w.get(1).asDouble() * x2 + hidden.path("bias").get(j).asDouble());
				score += out.path("weight").get(0).get(j).asDouble() * neuron;
				assertSignificant(grid.path("neurons").get(0).get(j).get(c), neuron);
			}
			assertSignificant(grid.path("output").get(c), score);
			cells++;
		}
		assertThat(cells).isEqualTo(36);
	}

	private static void assertSignificant(JsonNode written, double exact) {
		double value = written.asDouble();
		assertThat(new BigDecimal(written.asString()).stripTrailingZeros().precision()).isLessThanOrEqualTo(3);
		assertThat(Math.signum(value)).isEqualTo(Math.signum(exact));
		assertThat(value).isCloseTo(exact, within(Math.abs(exact) * 5e-3 + 1e-300));
	}

	@ParameterizedTest
	@CsvSource({ "0.123456, 0.123", "-0.98765, -0.988", "12.3456, 12.3", "123456.7, 123000", "1.23456e-7, 1.23e-7",
			"0.9996, 1.0", "-0.0, -0.0", "0, 0", "7, 7" })
	void heatmapValuesKeepThreeSignificantDigits(double value, double rounded) {
		assertThat(State.significant(value, State.HEATMAP_DIGITS)).isEqualTo(rounded);
	}

	@Test
	void unknownKindsAreProblemsThatNameTheField() {
		problem("{\"dataset\":{\"kind\":\"donut\"}}", HttpStatus.BAD_REQUEST, "\"dataset.kind\" must be one of");
		problem("{\"loss\":\"l1\"}", HttpStatus.BAD_REQUEST, "\"loss\" must be");
		problem("{\"network\":{\"activation\":\"gelu\"}}", HttpStatus.BAD_REQUEST, "\"network.activation\" must be");
		problem("{\"optimizer\":{\"kind\":\"rmsprop\"}}", HttpStatus.BAD_REQUEST, "\"optimizer.kind\" must be");
		problem("{\"regularization\":{\"kind\":\"l3\"}}", HttpStatus.BAD_REQUEST, "\"regularization.kind\" must be");
		problem("{\"features\":[\"x3\"]}", HttpStatus.BAD_REQUEST, "\"x3\" is not a feature");
		problem("{\"dataset\":{\"kind\":\"plane\"},\"loss\":\"hinge\"}", HttpStatus.BAD_REQUEST, "regression");
	}

	@Test
	void networksWithoutNeuronsOrOverTheLimitsAreProblems() {
		problem("{\"network\":{\"hidden\":[4,0]}}", HttpStatus.BAD_REQUEST, "Hidden layer 2 has 0 neurons");
		problem("{\"network\":{\"hidden\":[17]}}", HttpStatus.BAD_REQUEST, "Hidden layer 1 has 17 neurons");
		problem("{\"network\":{\"hidden\":[1,1,1,1,1,1,1]}}", HttpStatus.BAD_REQUEST, "the limit is 6");
	}

	@Test
	void numbersThatAreNotFiniteAreProblems() {
		problem("{\"optimizer\":{\"learningRate\":NaN}}", HttpStatus.BAD_REQUEST, "not finite");
		problem("{\"optimizer\":{\"learningRate\":1e999}}", HttpStatus.BAD_REQUEST, "optimizer.learningRate");
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[[1,2,1],[1e999,0,1]]}}", HttpStatus.BAD_REQUEST,
				"Row 2 of \"dataset.data\" has a value that is not a number");
		problem("{\"steps\":1,\"network\":{\"hidden\":[2]},\"state\":{\"layers\":[{\"weight\":[[1,2],[3,1e999]],"
				+ "\"bias\":[0,0]},{\"weight\":[[1,2]],\"bias\":[0]}]}}", HttpStatus.BAD_REQUEST,
				"not a finite number");
	}

	@Test
	void malformedRowsAreProblemsThatNameTheRow() {
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[[1,2,1],[1,2]]}}", HttpStatus.BAD_REQUEST,
				"Row 2 of \"dataset.data\" must have three numbers");
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[[1,2,1],[0,0,1],[1,2,0.5]]}}", HttpStatus.BAD_REQUEST,
				"Row 3 of \"dataset.data\" has the label 0.5; with the hinge loss a label is 1 or -1.");
		problem("{\"loss\":\"cross-entropy\",\"dataset\":{\"kind\":\"custom\",\"data\":[[1,2,-1]]}}",
				HttpStatus.BAD_REQUEST, "Row 1");
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[]}}", HttpStatus.BAD_REQUEST, "at least one");
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[[1,2,\"a\"]]}}", HttpStatus.BAD_REQUEST,
				"dataset.data[0][2]");
	}

	@Test
	void everyLimitIsAProblem() {
		problem("{\"dataset\":{\"points\":2001}}", HttpStatus.BAD_REQUEST, "from 2 to 2000");
		problem("{\"steps\":1001}", HttpStatus.BAD_REQUEST, "\"steps\" must be a whole number from 0 to 1000");
		problem("{\"grid\":101}", HttpStatus.BAD_REQUEST, "\"grid\" must be a whole number from 0 to 100");
		problem("{\"batchSize\":-1}", HttpStatus.BAD_REQUEST, "\"batchSize\"");
		problem("{\"dataset\":{\"noise\":3}}", HttpStatus.BAD_REQUEST,
				"\"dataset.noise\" must be a number from 0 to 1");
		problem("{\"dataset\":{\"testFraction\":0.95}}", HttpStatus.BAD_REQUEST, "dataset.testFraction");
		StringBuilder rows = new StringBuilder("[1,1,1]");
		for (int i = 0; i < 2000; i++) {
			rows.append(",[1,1,1]");
		}
		problem("{\"dataset\":{\"kind\":\"custom\",\"data\":[" + rows + "]}}", HttpStatus.BAD_REQUEST,
				"has 2001 rows; the limit is 2000");
		problem("{\"dataset\":{\"points\":2000},\"network\":{\"hidden\":[16,16,16,16,16,16]},\"steps\":1000}",
				HttpStatus.UNPROCESSABLE_CONTENT, "over the limit of 400,000,000");
		// The body limit is the site-wide one (a filter this slice leaves out):
		// OneErrorFormatTests sends an oversized body to this API on a real server.
	}

	@Test
	void aDivergingTrainingIsAProblem() {
		problem("""
				{"dataset":{"kind":"plane","points":50},"loss":"mse","network":{"hidden":[8,8],"activation":"relu"},
				 "optimizer":{"kind":"sgd","learningRate":100},"steps":200}""", HttpStatus.UNPROCESSABLE_CONTENT,
				"Lower the learning rate");
	}

	@Test
	void everyAnswerCarriesTheClientsShareAsRateLimitFieldsAlsoForABodyThatCannotBeRead() {
		assertThat(send("{\"steps\":1}")).hasStatusOk()
			.headers()
			.containsHeaders("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
		// no evaluation runs for this one: only the configuration's interceptor writes
		// the fields
		assertThat(send("{not json")).hasStatus(HttpStatus.BAD_REQUEST)
			.headers()
			.containsHeaders("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
	}

	private MvcTestResult send(String body) {
		return this.mvc.post()
			.uri("/api/playground/train")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
