package io.aieducademy.autograd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.aieducademy.support.OutsideTool;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against real PyTorch (1.13, float64), on thousands of random programs from
 * {@link ProgramGenerator}: the output, every node's value and gradient, every input's
 * gradient and every edge's local gradient and contribution must agree, and every number
 * that is not finite must have a warning. The lab's "Copy as PyTorch" export of the
 * presets and of the same programs must run under PyTorch and give the engine's output
 * and gradients. A difference is reported with a minimal reproduction: the program with
 * every statement removed that is not needed to show it.
 * <p>
 * PyTorch runs in one Python process for the whole class ({@code src/test/python/
 * torch_reference.py}), the export in one Node process ({@code src/test/js/
 * export-pytorch.mjs}). Without Debian's python3-torch or Node the tests skip with a
 * clear message, and fail when {@code CI=true}. {@code -Ddifferential.programs=N} and
 * {@code -Ddifferential.seed=S} choose other programs.
 * <p>
 * Numbers agree when both are NaN, or equal, or within a relative 1e-9 (Java's and C's
 * transcendental functions may differ in the last bit); a zero must also have PyTorch's
 * sign, as it decides the sign of an infinity after a division.
 */
class DifferentialTests {

	private static final String PYTHON = System.getProperty("differential.python", "/usr/bin/python3");

	private static final int PROGRAMS = Integer.getInteger("differential.programs", 2000);

	private static final long SEED = Long.getLong("differential.seed", 14L);

	private static final double TOLERANCE = 1e-9;

	private static final int REPORTED = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static @Nullable LineProcess torch;

	private static @Nullable LineProcess node;

	@BeforeAll
	static void startPyTorch() {
		OutsideTool.require(LineProcess.works(PYTHON, "-c", "import torch"),
				"PyTorch is missing: " + PYTHON + " cannot import torch (install Debian's python3-torch)");
		torch = new LineProcess(List.of(PYTHON, "src/test/python/torch_reference.py"));
	}

	@AfterAll
	static void stop() throws IOException, InterruptedException {
		if (torch != null) {
			torch.close();
		}
		if (node != null) {
			node.close();
		}
	}

	@Test
	void generatedProgramsAgreeWithPyTorch() {
		ProgramGenerator generator = new ProgramGenerator(SEED);
		List<String> reproductions = new ArrayList<>();
		int differing = 0;
		for (int i = 0; i < PROGRAMS; i++) {
			ProgramGenerator.Program program = generator.next();
			String difference = difference(program);
			if (difference != null) {
				differing++;
				if (reproductions.size() < REPORTED) {
					reproductions.add(reproduction(shrink(program), program));
				}
			}
		}
		assertThat(differing)
			.as("%d of %d programs (seed %d) differ from PyTorch; the first, shrunk:%n%s", differing, PROGRAMS, SEED,
					String.join("\n", reproductions))
			.isZero();
	}

	@Test
	void everyExportRunsUnderPyTorchWithTheEngineGradients() {
		OutsideTool.require(LineProcess.works("node", "--version"),
				"Node.js is missing: the export check runs static/js/program.js with node (install Debian's nodejs)");
		node = new LineProcess(List.of("node", "src/test/js/export-pytorch.mjs"));
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (JsonNode preset : JSON.readTree(node.ask("{\"presets\":true}")).get("presets")) {
			Map<String, Double> values = new LinkedHashMap<>();
			preset.get("values").properties().forEach((entry) -> values.put(entry.getKey(), number(entry.getValue())));
			String failure = exportDifference(preset.get("program").asString(), values,
					preset.get("python").asString());
			checked++;
			if (failure != null) {
				failures.add("preset " + preset.get("name").asString() + ": " + failure);
			}
		}
		ProgramGenerator generator = new ProgramGenerator(SEED);
		for (int i = 0; i < PROGRAMS; i++) {
			ProgramGenerator.Program program = generator.next();
			String failure = exportDifference(program.source(), program.values(), translate(program));
			checked++;
			if (failure != null) {
				failures.add(
						"program:\n" + indent(program.source()) + "\n  values: " + program.values() + "\n  " + failure);
			}
		}
		assertThat(failures)
			.as("%d of %d exports differ from the engine; the first:%n%s", failures.size(), checked,
					String.join("\n", failures.subList(0, Math.min(REPORTED, failures.size()))))
			.isEmpty();
	}

	/** The first way the engine and PyTorch disagree on {@code program}, or null. */
	private static @Nullable String difference(ProgramGenerator.Program program) {
		Evaluation evaluation;
		try {
			evaluation = Autograd.evaluate(program.source(), program.values());
		}
		catch (ProgramException ex) {
			return "the engine refused the program: " + ex.getMessage();
		}
		String unexplained = unexplainedNumber(evaluation);
		if (unexplained != null) {
			return unexplained;
		}
		JsonNode answer = JSON.readTree(torchAsk(graphRequest(evaluation)));
		if (answer.has("error")) {
			return "PyTorch could not run the graph: " + answer.get("error").asString();
		}
		Iterator<JsonNode> values = answer.get("values").iterator();
		Iterator<JsonNode> grads = answer.get("grads").iterator();
		for (Evaluation.Node n : evaluation.nodes()) {
			double value = number(values.next());
			double grad = number(grads.next());
			String where = "node " + n.id() + " (" + n.op().name().toLowerCase(Locale.ROOT) + ")";
			if (!same(n.value(), value)) {
				return where + " value: engine " + n.value() + ", PyTorch " + value;
			}
			if (!same(n.grad(), grad)) {
				return where + " gradient: engine " + n.grad() + ", PyTorch " + grad;
			}
		}
		Iterator<JsonNode> edges = answer.get("edges").iterator();
		for (Evaluation.Edge edge : evaluation.edges()) {
			JsonNode expected = edges.next();
			String where = "edge " + edge.from() + " -> " + edge.to();
			if (!same(edge.localGrad(), number(expected.get(0)))) {
				return where + " local gradient: engine " + edge.localGrad() + ", PyTorch " + number(expected.get(0));
			}
			if (!same(edge.contribution(), number(expected.get(1)))) {
				return where + " contribution: engine " + edge.contribution() + ", PyTorch " + number(expected.get(1));
			}
		}
		return null;
	}

	/** A number the API would write as null without a warning on its node. */
	private static @Nullable String unexplainedNumber(Evaluation evaluation) {
		java.util.Set<Integer> warned = new java.util.HashSet<>();
		evaluation.warnings().forEach((warning) -> warned.add(warning.nodeId()));
		for (Evaluation.Node n : evaluation.nodes()) {
			if ((!Double.isFinite(n.value()) || !Double.isFinite(n.grad())) && !warned.contains(n.id())) {
				return "node " + n.id() + " has a value or gradient that is not finite, with no warning";
			}
		}
		for (Evaluation.Edge edge : evaluation.edges()) {
			if ((!Double.isFinite(edge.localGrad()) || !Double.isFinite(edge.contribution()))
					&& !warned.contains(edge.to())) {
				return "edge " + edge.from() + " -> " + edge.to() + " has a number that is not finite, with no warning";
			}
		}
		return null;
	}

	private static String graphRequest(Evaluation evaluation) {
		ObjectNode request = JSON.createObjectNode();
		ObjectNode graph = request.putObject("graph");
		ArrayNode nodes = graph.putArray("nodes");
		for (Evaluation.Node n : evaluation.nodes()) {
			ObjectNode entry = nodes.addObject().put("op", n.op().name().toLowerCase(Locale.ROOT));
			if (n.inputs().isEmpty()) {
				entry.put("value", Double.toString(n.value()));
			}
			else {
				ArrayNode inputs = entry.putArray("inputs");
				n.inputs().forEach(inputs::add);
			}
		}
		graph.put("output", evaluation.output().nodeId());
		return JSON.writeValueAsString(request);
	}

	/**
	 * Removes statements one at a time, for as long as the program still differs, so the
	 * reproduction shows only what matters.
	 */
	private static ProgramGenerator.Program shrink(ProgramGenerator.Program program) {
		ProgramGenerator.Program smallest = program;
		boolean shrunk = true;
		while (shrunk && smallest.statements().size() > 1) {
			shrunk = false;
			for (int i = 0; i < smallest.statements().size(); i++) {
				ProgramGenerator.Program candidate = smallest.without(i);
				String difference = difference(candidate);
				if (difference != null && !difference.startsWith("the engine refused")) {
					smallest = candidate;
					shrunk = true;
					break;
				}
			}
		}
		return smallest;
	}

	private static String reproduction(ProgramGenerator.Program shrunk, ProgramGenerator.Program original) {
		return "- program:\n" + indent(shrunk.source()) + "\n  values: " + shrunk.values() + "\n  " + difference(shrunk)
				+ ((shrunk == original) ? "" : "\n  (shrunk from " + original.statements().size() + " statements)");
	}

	/** The export's translation of a generated program, by the lab's own code. */
	private static String translate(ProgramGenerator.Program program) {
		ObjectNode request = JSON.createObjectNode().put("program", program.source());
		ObjectNode values = request.putObject("values");
		program.values().forEach((name, value) -> values.put(name, Double.toString(value)));
		JsonNode answer = JSON.readTree(nodeAsk(JSON.writeValueAsString(request)));
		return answer.has("python") ? answer.get("python").asString() : "raise Exception('no translation')";
	}

	/**
	 * Runs an export under PyTorch and compares what it prints (the output and the
	 * gradient of every leaf) with the engine.
	 */
	private static @Nullable String exportDifference(String source, Map<String, Double> values, String python) {
		Evaluation evaluation = Autograd.evaluate(source, values);
		ObjectNode request = JSON.createObjectNode().put("export", python);
		JsonNode answer = JSON.readTree(torchAsk(JSON.writeValueAsString(request)));
		if (answer.has("error")) {
			return "the export fails under PyTorch: " + answer.get("error").asString() + "\n" + indent(python);
		}
		Map<String, Double> printed = new LinkedHashMap<>();
		answer.get("printed").properties().forEach((entry) -> printed.put(entry.getKey(), number(entry.getValue())));
		String output = (evaluation.output().name() != null) ? evaluation.output().name() : "out";
		Double value = printed.get(output);
		if (value == null || !same(evaluation.output().value(), value)) {
			return "output " + output + ": engine " + evaluation.output().value() + ", export " + value;
		}
		int leaves = 0;
		for (Evaluation.Input input : evaluation.inputs()) {
			Double grad = printed.get("d" + output + "/d" + input.name());
			if (grad == null) {
				continue; // a given value the program never reads is no leaf of the
							// export
			}
			leaves++;
			if (!same(input.grad(), grad)) {
				return "d" + output + "/d" + input.name() + ": engine " + input.grad() + ", export " + grad;
			}
		}
		if (leaves != printed.size() - 1) {
			return "the export has leaves the engine does not: " + printed.keySet();
		}
		return null;
	}

	static boolean same(double engine, double reference) {
		if (Double.isNaN(engine) || Double.isNaN(reference)) {
			return Double.isNaN(engine) && Double.isNaN(reference);
		}
		if (engine == reference) {
			return engine != 0 || (1 / engine == 1 / reference);
		}
		if (Double.isInfinite(engine) || Double.isInfinite(reference)) {
			return false;
		}
		return Math.abs(engine - reference) <= TOLERANCE * Math.max(Math.abs(engine), Math.abs(reference));
	}

	private static double number(JsonNode text) {
		return switch (text.asString()) {
			case "nan", "NaN" -> Double.NaN;
			case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
			case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
			default -> Double.parseDouble(text.asString());
		};
	}

	private static String torchAsk(String line) {
		if (torch == null) {
			throw new IllegalStateException("PyTorch was not started");
		}
		return torch.ask(line);
	}

	private static String nodeAsk(String line) {
		if (node == null) {
			throw new IllegalStateException("Node was not started");
		}
		return node.ask(line);
	}

	private static String indent(String text) {
		return "    " + text.replace("\n", "\n    ");
	}

}
