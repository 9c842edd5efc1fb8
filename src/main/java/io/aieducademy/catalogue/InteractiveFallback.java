package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Operation;
import io.aieducademy.autograd.ProgramException;
import io.aieducademy.autograd.Span;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * The static version of a lesson interactive, for readers without JavaScript: a table of
 * every node of the computation graph with its value and gradient, computed by the same
 * engine the live version calls, so the numbers in the text, the table and the lab can
 * never disagree.
 */
record InteractiveFallback(String valuesJson, List<Row> rows) {

	private static final MathContext FOUR_DIGITS = new MathContext(4);

	/** One row of the fallback table: a node of the computation graph. */
	record Row(String node, String operation, String value, String gradient) {
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
		return new InteractiveFallback(valuesJson(interactive), rows);
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
