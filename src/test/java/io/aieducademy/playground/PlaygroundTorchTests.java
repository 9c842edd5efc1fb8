package io.aieducademy.playground;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.aieducademy.support.OutsideTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playground's loss, gradients and optimiser steps against PyTorch in float64: the
 * committed table {@code torch-reference.json} was written by
 * {@code scripts/playground/torch_reference.py}, and one test runs that script again
 * (with Debian's python3-torch) to check the table is what PyTorch says today.
 */
class PlaygroundTorchTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final JsonNode TABLE = load();

	private static final PlaygroundProperties LIMITS = new PlaygroundProperties(2000, 6, 16, 1000, 100, 400_000_000L,
			Duration.ofSeconds(5));

	/** Sums run in another order than torch's matrix products: a few ulps apart. */
	private static final double TOLERANCE = 1e-13;

	private static JsonNode load() {
		try (InputStream in = PlaygroundTorchTests.class.getResourceAsStream("/playground/torch-reference.json")) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<JsonNode> gradientCases() {
		return TABLE.path("gradients").valueStream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("gradientCases")
	void lossAndEveryGradientEqualPytorch(JsonNode reference) {
		TrainResponse answer = train(reference, "{\"kind\":\"sgd\",\"learningRate\":0}", 1);
		assertClose(answer.trainLoss().get(0), reference.path("loss_value").asDouble());
		assertLayersClose(answer.gradients(), reference.path("grad"));
		assertThat(TABLE.path("gradients")).hasSize(4 * 3 * 3);
	}

	static Stream<JsonNode> optimizerCases() {
		return TABLE.path("optimizers").valueStream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("optimizerCases")
	void threeOptimizerStepsEqualTorchOptim(JsonNode reference) {
		JsonNode options = reference.path("options");
		ObjectNode optimizer = json.createObjectNode();
		optimizer.put("kind", reference.path("kind").asString());
		optimizer.put("learningRate", options.path("lr").asDouble());
		if (options.has("momentum")) {
			optimizer.put("momentum", options.path("momentum").asDouble());
		}
		if (options.has("betas")) {
			optimizer.put("beta1", options.path("betas").get(0).asDouble());
			optimizer.put("beta2", options.path("betas").get(1).asDouble());
			optimizer.put("epsilon", options.path("eps").asDouble());
		}
		TrainResponse answer = train(reference, optimizer.toString(), 3);
		for (int k = 0; k < 3; k++) {
			assertClose(answer.trainLoss().get(k), reference.path("losses").get(k).asDouble());
		}
		assertLayersClose(answer.state().layers(), reference.path("after"));
	}

	@Test
	void theTableIsWhatPytorchSaysToday() throws Exception {
		Path python = Path.of("/usr/bin/python3");
		OutsideTool.require(Files.isExecutable(python) && torchImports(python),
				"Debian's python3-torch (/usr/bin/python3 with torch) is not installed");
		Process process = new ProcessBuilder(python.toString(), "scripts/playground/torch_reference.py", "-")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		JsonNode fresh = json.readTree(new String(out, StandardCharsets.UTF_8));
		assertTreeClose(fresh.path("gradients"), TABLE.path("gradients"), "gradients");
		assertTreeClose(fresh.path("optimizers"), TABLE.path("optimizers"), "optimizers");
	}

	private static boolean torchImports(Path python) {
		try {
			Process process = new ProcessBuilder(python.toString(), "-c", "import torch").redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static TrainResponse train(JsonNode reference, String optimizer, int steps) {
		List<List<Double>> data = new ArrayList<>();
		JsonNode points = TABLE.path("points");
		for (int i = 0; i < points.size(); i++) {
			data.add(List.of(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble(),
					reference.path("labels").get(i).asDouble()));
		}
		String request = """
				{"dataset":{"kind":"custom","testFraction":0,"data":%s},"features":["x1","x2"],
				 "network":{"hidden":[3,2],"activation":"%s"},"loss":"%s",
				 "regularization":{"kind":"%s","rate":%s},"optimizer":%s,"steps":%d,"gradients":true,
				 "state":{"layers":%s}}""".formatted(json.writeValueAsString(data),
				reference.path("activation").asString(), reference.path("loss").asString(),
				reference.path("regularization").asString(), TABLE.path("rate").asDouble(), optimizer, steps,
				TABLE.path("initial"));
		return Training.train(json.readValue(request, TrainRequest.class), LIMITS);
	}

	private static void assertLayersClose(List<TrainResponse.LayerState> layers, JsonNode expected) {
		assertThat(layers).hasSize(expected.size());
		for (int l = 0; l < layers.size(); l++) {
			JsonNode layer = expected.get(l);
			for (int j = 0; j < layer.path("bias").size(); j++) {
				assertClose(layers.get(l).bias().get(j), layer.path("bias").get(j).asDouble());
				for (int i = 0; i < layer.path("weight").get(j).size(); i++) {
					assertClose(layers.get(l).weight().get(j).get(i), layer.path("weight").get(j).get(i).asDouble());
				}
			}
		}
	}

	private static void assertClose(double actual, double expected) {
		assertThat(Math.abs(actual - expected)).as("%s against PyTorch's %s", actual, expected)
			.isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
	}

	private static void assertTreeClose(JsonNode actual, JsonNode expected, String where) {
		if (expected.isNumber()) {
			assertThat(actual.isNumber()).as(where).isTrue();
			assertClose(actual.asDouble(), expected.asDouble());
		}
		else if (expected.isContainer()) {
			assertThat(actual.size()).as(where).isEqualTo(expected.size());
			if (expected.isArray()) {
				for (int i = 0; i < expected.size(); i++) {
					assertTreeClose(actual.get(i), expected.get(i), where + "[" + i + "]");
				}
			}
			else {
				for (Map.Entry<String, JsonNode> field : expected.properties()) {
					assertTreeClose(actual.path(field.getKey()), field.getValue(), where + "." + field.getKey());
				}
			}
		}
		else {
			assertThat(actual).as(where).isEqualTo(expected);
		}
	}

}
