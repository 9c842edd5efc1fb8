package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Explains every number that is not finite. Each explanation says where the problem
 * starts ("division by zero") or which neighbour it came from, so a learner can follow a
 * NaN back to its origin. The sentences are the message bundle's {@code warning.*}
 * messages; a warning names one by its code, with its arguments.
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
		if (checks == null && !withEdges) {
			List<Evaluation.Warning> unused = unusedWhenAllFinite(graph);
			if (unused != null) {
				return unused;
			}
		}
		Reason[] gradientReasons = explainGradients(graph);
		List<Evaluation.Warning> warnings = new ArrayList<>();
		for (int id = 0; id < graph.size(); id++) {
			double value = graph.value(id);
			if (!Double.isFinite(value)) {
				warnings.add(valueReason(graph, id).warning(id, "value", describe(value), null));
			}
			if (gradientReasons != null && gradientReasons[id] != null) {
				warnings.add(gradientReasons[id].warning(id, "grad", describe(graph.grad(id)), null));
			}
			Evaluation.GradientCheck check = (checks != null) ? checks[id] : null;
			if (check != null && !Double.isFinite(check.numericGrad())) {
				String number = describe(check.numericGrad());
				warnings.add(new Reason("warning.numericGrad").warning(id, "numericGrad", number, null));
			}
			else if (check != null && !Double.isFinite(check.relativeError())) {
				warnings.add(new Evaluation.Warning(id, "warning.relativeError", List.of(), "relativeError",
						describe(check.relativeError()), null));
			}
			if (withEdges) {
				explainEdges(graph, id, warnings);
			}
			if (graph.isInput(id) && graph.spanLength(id) == 0) {
				warnings.add(unused(graph, id));
			}
		}
		return warnings;
	}

	/**
	 * The usual case in one pass: with no gradient check and no edges to report, and
	 * every value and gradient finite, the only warnings are for given values the program
	 * never used. Returns null as soon as a number is not finite, for the full
	 * explanation.
	 */
	private static @Nullable List<Evaluation.Warning> unusedWhenAllFinite(ComputationGraph graph) {
		List<Evaluation.Warning> warnings = new ArrayList<>();
		for (int id = 0; id < graph.size(); id++) {
			if (!Double.isFinite(graph.value(id)) || !Double.isFinite(graph.grad(id))) {
				return null;
			}
			if (graph.isInput(id) && graph.spanLength(id) == 0) {
				warnings.add(unused(graph, id));
			}
		}
		return warnings;
	}

	private static Evaluation.Warning unused(ComputationGraph graph, int id) {
		return new Evaluation.Warning(id, "warning.unused", List.of(graph.label(id)), "unused", null, null);
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
			String edge = Integer.toString(from);
			if (!Double.isFinite(local)) {
				warnings.add(new Evaluation.Warning(to, "warning.localGrad",
						List.of(edge, operation.symbol(), describe(local)), "localGrad", describe(local), from));
			}
			if (Double.isFinite(contribution)) {
				continue;
			}
			String flowed = describe(contribution);
			List<String> arguments;
			String code;
			if (!Double.isFinite(local)) {
				code = "warning.contribution.localGrad";
				arguments = List.of(edge, flowed, describe(local));
			}
			else if (!Double.isFinite(graph.grad(to))) {
				code = "warning.contribution.grad";
				arguments = List.of(edge, flowed, Integer.toString(to), describe(graph.grad(to)));
			}
			else {
				code = "warning.contribution.overflow";
				arguments = List.of(edge, flowed);
			}
			warnings.add(new Evaluation.Warning(to, code, arguments, "contribution", flowed, from));
		}
	}

	static String describe(double value) {
		if (Double.isNaN(value)) {
			return "NaN";
		}
		return (value > 0) ? "Infinity" : "-Infinity";
	}

	private static Reason valueReason(ComputationGraph graph, int id) {
		Operation operation = graph.operation(id);
		if (operation == Operation.INPUT) {
			return new Reason("warning.value.input");
		}
		if (operation == Operation.CONST) {
			return new Reason("warning.value.constant");
		}
		int a = graph.left(id);
		int b = graph.right(id);
		for (int operand : new int[] { a, b }) {
			if (operand >= 0 && !Double.isFinite(graph.value(operand))) {
				return new Reason("warning.value.operand", Integer.toString(operand), describe(graph.value(operand)));
			}
		}
		double x = graph.value(a);
		double y = (b >= 0) ? graph.value(b) : 0;
		String code = switch (operation) {
			case DIV -> (y == 0) ? "warning.value.divisionByZero" : "warning.value.quotientOverflow";
			case LOG -> (x < 0) ? "warning.value.logOfNegative" : "warning.value.logOfZero";
			case SQRT -> "warning.value.sqrtOfNegative";
			case POW -> {
				if (x < 0 && y != Math.rint(y)) {
					yield "warning.value.negativeBase";
				}
				yield (x == 0 && y < 0) ? "warning.value.zeroToNegativePower" : "warning.value.powerOverflow";
			}
			default -> "warning.value.overflow";
		};
		return new Reason(code);
	}

	/**
	 * One pass over every edge: the first edge that brings a non-finite contribution to a
	 * node explains that node's gradient. Returns null when every gradient is finite.
	 */
	private static Reason @Nullable [] explainGradients(ComputationGraph graph) {
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
		Reason[] reasons = null;
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
					reasons = new Reason[graph.size()];
				}
				double local = graph.localGrad(to, operand);
				String node = Integer.toString(to);
				if (!Double.isFinite(graph.grad(to))) {
					reasons[from] = new Reason("warning.grad.flowingBack", node, describe(graph.grad(to)));
				}
				else if (!Double.isFinite(local)) {
					reasons[from] = new Reason("warning.grad.localDerivative", graph.operation(to).symbol(), node,
							describe(local));
				}
				else {
					reasons[from] = new Reason("warning.grad.edgeOverflow", node);
				}
			}
		}
		for (int id = 0; id < graph.size(); id++) {
			if (!Double.isFinite(graph.grad(id))) {
				if (reasons == null) {
					reasons = new Reason[graph.size()];
				}
				if (reasons[id] == null) {
					reasons[id] = new Reason(
							Double.isNaN(graph.grad(id)) ? "warning.grad.cancel" : "warning.grad.sumOverflow");
				}
			}
		}
		return reasons;
	}

	/**
	 * Why a number is not finite: the message bundle's code for the sentence, and what
	 * fills it in after the number itself, which is always its first argument.
	 */
	private record Reason(String code, List<String> details) {

		Reason(String code, String... details) {
			this(code, List.of(details));
		}

		Evaluation.Warning warning(int nodeId, String field, String number, @Nullable Integer from) {
			List<String> arguments = new ArrayList<>(1 + this.details.size());
			arguments.add(number);
			arguments.addAll(this.details);
			return new Evaluation.Warning(nodeId, this.code, arguments, field, number, from);
		}

	}

}
