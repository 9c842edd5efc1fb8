package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Operation;
import io.aieducademy.autograd.ProgramException;
import io.aieducademy.autograd.Span;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static version of a lesson interactive, for readers without JavaScript: a table of
 * every node of the computation graph with its value and gradient, computed by the same
 * engine the live version calls, so the numbers in the text, the table and the lab can
 * never disagree.
 */
record InteractiveFallback(String valuesJson, List<Row> rows, List<ActivationRow> activations, List<String> trained,
		List<TrainingStep> steps) {

	private static final MathContext FOUR_DIGITS = new MathContext(4);

	/**
	 * The activations a {@code neuron} interactive offers, in the order the page lists
	 * them.
	 */
	static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid");

	private static final Pattern ACTIVATION = Pattern.compile("\\b(relu|tanh|sigmoid)\\s*\\(");

	/**
	 * The learning rate of a {@code training-loop} interactive, live and in its table.
	 */
	static final double TRAINING_RATE = 0.05;

	/** How many updates the table of a {@code training-loop} interactive shows. */
	static final int TRAINING_STEPS = 10;

	/** One row of the fallback table: a node of the computation graph. */
	record Row(String node, String operation, String value, String gradient) {
	}

	/** The neuron's weighted sum through one activation, as the engine computes it. */
	record ActivationRow(String activation, String weightedSum, String output) {
	}

	/**
	 * One step of a training loop: the parameters before the update, the loss they give
	 * and the gradient of the loss for each of them.
	 */
	record TrainingStep(int step, List<String> parameters, String loss, List<String> gradients) {
	}

	static InteractiveFallback of(LessonBlock.Interactive interactive, String lessonFile) {
		Evaluation evaluation;
		try {
			evaluation = Autograd.evaluate(interactive.program(), interactive.values());
		}
		catch (ProgramException ex) {
			throw new IllegalStateException("The interactive '" + interactive.name() + "' in " + lessonFile
					+ " has a program the engine cannot run: " + ex.getMessage(), ex);
		}
		// The default options ask for the graph, so the nodes are there.
		List<Row> rows = Objects.requireNonNull(evaluation.nodes())
			.stream()
			.map((node) -> new Row(name(node, interactive.program()), operation(node.op()), number(node.value()),
					node.requiresGrad() ? number(node.grad()) : "–"))
			.toList();
		List<ActivationRow> activations = "neuron".equals(interactive.name()) ? activations(interactive, lessonFile)
				: List.of();
		List<TrainingStep> steps = "training-loop".equals(interactive.name()) ? trainingSteps(interactive, lessonFile)
				: List.of();
		List<String> trained = steps.isEmpty() ? List.of() : List.copyOf(interactive.values().keySet());
		return new InteractiveFallback(valuesJson(interactive), rows, activations, trained, steps);
	}

	/**
	 * The neuron's program run once with each activation in place of the one it is
	 * written with; the weighted sum is the statement the activation is applied to.
	 */
	private static List<ActivationRow> activations(LessonBlock.Interactive interactive, String lessonFile) {
		Matcher matcher = ACTIVATION.matcher(interactive.program());
		if (!matcher.find() || matcher.find()) {
			throw new IllegalStateException("The interactive 'neuron' in " + lessonFile
					+ " must apply exactly one activation (relu, tanh or sigmoid) to its weighted sum.");
		}
		List<ActivationRow> rows = new ArrayList<>();
		for (String activation : ACTIVATIONS) {
			String program = ACTIVATION.matcher(interactive.program()).replaceFirst(activation + "(");
			Evaluation evaluation = run(program, interactive.values(), "neuron", lessonFile);
			List<Evaluation.Node> nodes = Objects.requireNonNull(evaluation.nodes());
			Evaluation.Node output = node(nodes, evaluation.output().nodeId());
			double sum = node(nodes, output.inputs().get(0)).value();
			rows.add(new ActivationRow(activation, number(sum), number(output.value())));
		}
		return rows;
	}

	/**
	 * Plain gradient descent on every input of the program, which is the loss over a data
	 * set written into it: the table a learner steps through live, computed by the
	 * engine.
	 */
	private static List<TrainingStep> trainingSteps(LessonBlock.Interactive interactive, String lessonFile) {
		if (interactive.values().isEmpty()) {
			throw new IllegalStateException("The interactive 'training-loop' in " + lessonFile
					+ " has no values to train: give the parameters in 'values' and write the data into the program.");
		}
		Map<String, Double> parameters = new LinkedHashMap<>(interactive.values());
		List<TrainingStep> steps = new ArrayList<>();
		double previous = Double.POSITIVE_INFINITY;
		for (int step = 0; step <= TRAINING_STEPS; step++) {
			Evaluation evaluation = run(interactive.program(), parameters, "training-loop", lessonFile);
			double loss = evaluation.output().value();
			if (!(loss < previous)) {
				throw new IllegalStateException("The interactive 'training-loop' in " + lessonFile
						+ " does not lower its loss at step " + step + " with the learning rate " + TRAINING_RATE
						+ ": a learner stepping through it would see training fail.");
			}
			previous = loss;
			Map<String, Double> gradients = new LinkedHashMap<>();
			evaluation.inputs().forEach((input) -> gradients.put(input.name(), input.grad()));
			steps.add(new TrainingStep(step, parameters.values().stream().map(InteractiveFallback::number).toList(),
					number(loss),
					parameters.keySet().stream().map((name) -> number(gradient(gradients, name))).toList()));
			parameters.replaceAll((name, value) -> value - TRAINING_RATE * gradient(gradients, name));
		}
		return steps;
	}

	private static double gradient(Map<String, Double> gradients, String name) {
		return Objects.requireNonNull(gradients.get(name), () -> "The engine gave no gradient for " + name + ".");
	}

	private static Evaluation.Node node(List<Evaluation.Node> nodes, int id) {
		return nodes.stream()
			.filter((node) -> node.id() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The engine's answer has no node " + id + "."));
	}

	private static Evaluation run(String program, Map<String, Double> values, String name, String lessonFile) {
		try {
			return Autograd.evaluate(program, values);
		}
		catch (ProgramException ex) {
			throw new IllegalStateException("The interactive '" + name + "' in " + lessonFile
					+ " has a program the engine cannot run: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The name a statement gave the node, or else the source text it came from, as a
	 * learner typed it.
	 */
	private static String name(Evaluation.Node node, String program) {
		if (node.variable() != null) {
			return node.variable();
		}
		Span span = node.span();
		if (span == null) {
			return node.label();
		}
		String[] lines = program.split("\\R", -1);
		if (span.line() < 1 || span.line() > lines.length) {
			return node.label();
		}
		String line = lines[span.line() - 1];
		int start = Math.min(span.column() - 1, line.length());
		return line.substring(Math.max(start, 0), Math.min(start + span.length(), line.length())).strip();
	}

	private static String operation(Operation op) {
		return switch (op) {
			case INPUT -> "input";
			case CONST -> "constant";
			default -> op.symbol();
		};
	}

	/** Four significant digits, as the live graph shows them, with a true minus sign. */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "NaN";
		}
		if (Double.isInfinite(value)) {
			return (value > 0) ? "Infinity" : "−Infinity";
		}
		BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
		double magnitude = Math.abs(value);
		String text = (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e6)) ? rounded.toPlainString()
				: rounded.toString().replace("E+", "e").replace("E", "e");
		return text.replace('-', '−');
	}

	private static String valuesJson(LessonBlock.Interactive interactive) {
		StringBuilder json = new StringBuilder("{");
		interactive.values().forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(value);
		});
		return json.append('}').toString();
	}

}
