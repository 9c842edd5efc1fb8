package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Explains every number that is not finite. Each explanation says where the problem
 * starts ("division by zero") or which neighbour it came from, so a learner can follow a
 * NaN back to its origin.
 */
final class Warnings {

	private Warnings() {
	}

	/**
	 * The warnings of one evaluation, in node order.
	 * @param graph the graph after forward and backward
	 * @param checks the gradient checks by node id, or null when none was asked for
	 * @param withEdges whether the edges are reported, and so need a warning for each
	 * local derivative or contribution that is not finite
	 */
	static List<Evaluation.Warning> of(ComputationGraph graph, Evaluation.@Nullable GradientCheck @Nullable [] checks,
			boolean withEdges) {
		String[] gradientReasons = explainGradients(graph);
		List<Evaluation.Warning> warnings = new ArrayList<>();
		for (int id = 0; id < graph.size(); id++) {
			double value = graph.value(id);
			if (!Double.isFinite(value)) {
				warnings.add(new Evaluation.Warning(id,
						"The value is " + describe(value) + ": " + valueReason(graph, id) + ".", "value",
						describe(value), null));
			}
			if (gradientReasons != null && gradientReasons[id] != null) {
				warnings.add(new Evaluation.Warning(id,
						"The gradient is " + describe(graph.grad(id)) + ": " + gradientReasons[id] + ".", "grad",
						describe(graph.grad(id)), null));
			}
			Evaluation.GradientCheck check = (checks != null) ? checks[id] : null;
			if (check != null && !Double.isFinite(check.numericGrad())) {
				warnings.add(new Evaluation.Warning(id,
						"The numerical gradient is " + describe(check.numericGrad())
								+ ": the output is not finite close to this input.",
						"numericGrad", describe(check.numericGrad()), null));
			}
			else if (check != null && !Double.isFinite(check.relativeError())) {
				warnings.add(new Evaluation.Warning(id,
						"The relative error cannot be computed because the gradient is not finite.", "relativeError",
						describe(check.relativeError()), null));
			}
			if (withEdges) {
				explainEdges(graph, id, warnings);
			}
			if (graph.operation(id) == Operation.INPUT && graph.spanLength(id) == 0) {
				warnings.add(new Evaluation.Warning(id,
						"'" + graph.label(id)
								+ "' was given a value that the program never uses, so its gradient is 0.",
						"unused", null, null));
			}
		}
		return warnings;
	}

	/**
	 * One warning per edge into node {@code to} whose local derivative or contribution is
	 * not finite, so that every null the API writes for an edge is explained, also where
	 * backward never used the edge (as for {@code sqrt(x)} at 0 when the output does not
	 * use it).
	 */
	private static void explainEdges(ComputationGraph graph, int to, List<Evaluation.Warning> warnings) {
		Operation operation = graph.operation(to);
		for (int operand = 0; operand < operation.arity(); operand++) {
			int from = (operand == 0) ? graph.left(to) : graph.right(to);
			double local = graph.localGrad(to, operand);
			double contribution = graph.contribution(to, operand);
			String edge = "Along the edge from node " + from + ": ";
			if (!Double.isFinite(local)) {
				warnings.add(new Evaluation.Warning(to,
						edge + "the local derivative of " + operation.symbol() + " is " + describe(local) + " here.",
						"localGrad", describe(local), from));
			}
			if (Double.isFinite(contribution)) {
				continue;
			}
			String reason;
			if (!Double.isFinite(local)) {
				reason = "the local derivative is " + describe(local);
			}
			else if (!Double.isFinite(graph.grad(to))) {
				reason = "the gradient of node " + to + " is " + describe(graph.grad(to));
			}
			else {
				reason = "overflow, gradient times local derivative is too large for a double";
			}
			warnings.add(new Evaluation.Warning(to,
					edge + "what flowed back is " + describe(contribution) + ": " + reason + ".", "contribution",
					describe(contribution), from));
		}
	}

	static String describe(double value) {
		if (Double.isNaN(value)) {
			return "NaN";
		}
		return (value > 0) ? "Infinity" : "-Infinity";
	}

	private static String valueReason(ComputationGraph graph, int id) {
		Operation operation = graph.operation(id);
		if (operation == Operation.INPUT) {
			return "the input was given as " + describe(graph.value(id));
		}
		if (operation == Operation.CONST) {
			return "the number is too large for a double";
		}
		int a = graph.left(id);
		int b = graph.right(id);
		for (int operand : new int[] { a, b }) {
			if (operand >= 0 && !Double.isFinite(graph.value(operand))) {
				return "its operand (node " + operand + ") is " + describe(graph.value(operand));
			}
		}
		double x = graph.value(a);
		double y = (b >= 0) ? graph.value(b) : 0;
		return switch (operation) {
			case DIV -> (y == 0) ? "division by zero" : "overflow, the quotient is too large for a double";
			case LOG -> (x < 0) ? "the log of a negative number" : "the log of zero";
			case SQRT -> "the square root of a negative number";
			case POW -> {
				if (x < 0 && y != Math.rint(y)) {
					yield "a negative base with a non-integer exponent";
				}
				yield (x == 0 && y < 0) ? "zero raised to a negative power (a division by zero)"
						: "overflow, the power is too large for a double";
			}
			default -> "overflow, the result is too large for a double";
		};
	}

	/**
	 * One pass over every edge: the first edge that brings a non-finite contribution to a
	 * node explains that node's gradient. Returns null when every gradient is finite.
	 */
	private static String @Nullable [] explainGradients(ComputationGraph graph) {
		// usually every gradient is finite: one pass over the gradients, rather than over
		// every edge, says so
		int size = graph.size();
		int first = 0;
		while (first < size && Double.isFinite(graph.grad(first))) {
			first++;
		}
		if (first == size) {
			return null;
		}
		String[] reasons = null;
		for (int to = 0; to < graph.size(); to++) {
			for (int operand = 0; operand < graph.operation(to).arity(); operand++) {
				int from = (operand == 0) ? graph.left(to) : graph.right(to);
				if (Double.isFinite(graph.grad(from)) || (reasons != null && reasons[from] != null)) {
					continue;
				}
				double contribution = graph.contribution(to, operand);
				if (Double.isFinite(contribution)) {
					continue;
				}
				if (reasons == null) {
					reasons = new String[graph.size()];
				}
				double local = graph.localGrad(to, operand);
				if (!Double.isFinite(graph.grad(to))) {
					reasons[from] = "the gradient flowing back from node " + to + " is " + describe(graph.grad(to));
				}
				else if (!Double.isFinite(local)) {
					reasons[from] = "the local derivative of " + graph.operation(to).symbol() + " (node " + to + ") is "
							+ describe(local) + " here";
				}
				else {
					reasons[from] = "overflow, gradient times local derivative along the edge to node " + to
							+ " is too large for a double";
				}
			}
		}
		for (int id = 0; id < graph.size(); id++) {
			if (!Double.isFinite(graph.grad(id))) {
				if (reasons == null) {
					reasons = new String[graph.size()];
				}
				if (reasons[id] == null) {
					reasons[id] = Double.isNaN(graph.grad(id))
							? "contributions of +Infinity and -Infinity cancel to NaN"
							: "overflow, the contributions add up to more than a double can hold";
				}
			}
		}
		return reasons;
	}

}
