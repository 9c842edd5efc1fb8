package io.aieducademy.autograd;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything one evaluation found: the output, the inputs with their gradients, the graph
 * (when asked for) and a warning for every number that is not finite. Numbers may be NaN
 * or infinite, as in IEEE arithmetic; each such number has a warning that says why.
 *
 * @param output the value of the last statement
 * @param inputs the inputs, in the order they first appear in the program (unused given
 * values last)
 * @param nodes every node in topological (forward) order, or null when the graph was not
 * asked for
 * @param edges one edge per operand of every node, in node order, or null when the graph
 * was not asked for
 * @param warnings why a value, a gradient or a numerical gradient is not finite, and
 * which given values went unused
 * @param nodeCount how many nodes the program built
 */
public record Evaluation(Output output, List<Input> inputs, @Nullable List<Node> nodes, @Nullable List<Edge> edges,
		List<Warning> warnings, int nodeCount) {

	public Evaluation {
		inputs = List.copyOf(inputs);
		nodes = (nodes != null) ? List.copyOf(nodes) : null;
		edges = (edges != null) ? List.copyOf(edges) : null;
		warnings = List.copyOf(warnings);
	}

	/**
	 * The program's result: the last statement's value.
	 *
	 * @param name the variable the last statement assigned, or {@code null} for a bare
	 * expression
	 * @param value the value
	 * @param nodeId the node that holds it
	 */
	public record Output(@Nullable String name, double value, int nodeId) {

	}

	/**
	 * A leaf whose gradient is reported.
	 *
	 * @param name its name
	 * @param value its value
	 * @param grad d(output)/d(input), by backpropagation
	 * @param nodeId its node
	 * @param check the numerical estimate, when a gradient check was asked for
	 */
	public record Input(String name, double value, double grad, int nodeId, @Nullable GradientCheck check) {

	}

	/**
	 * A gradient estimated by central differences, {@code (f(x + h) - f(x - h)) / 2h}
	 * with {@code h = 1e-6 · max(1, |x|)}.
	 *
	 * @param numericGrad the estimate
	 * @param relativeError {@code |analytic - numeric| / max(|analytic|, |numeric|)}, and
	 * 0 when both are 0
	 * @param step the step {@code h} used
	 */
	public record GradientCheck(double numericGrad, double relativeError, double step) {

	}

	/**
	 * One node of the computation graph.
	 *
	 * @param id its index in topological order
	 * @param op the operation
	 * @param label the input's name, the constant as written, or the operation's symbol
	 * @param value its value from the forward pass
	 * @param grad d(output)/d(node) from the backward pass; 0 for constants and for nodes
	 * the output does not use
	 * @param inputs the ids of its operands, in order
	 * @param span the source text it came from, or {@code null} for a given value the
	 * program never uses
	 * @param variable the name a statement assigned to it, or {@code null}
	 * @param requiresGrad whether it depends on an input; constants and their
	 * combinations are not differentiated
	 */
	public record Node(int id, Operation op, String label, double value, double grad, List<Integer> inputs,
			@Nullable Span span, @Nullable String variable, boolean requiresGrad) {

	}

	/**
	 * What flows back from a node to one of its operands.
	 *
	 * @param from the operand
	 * @param to the node that uses it
	 * @param localGrad d(to)/d(from); 0 when {@code from} is a constant, which is not
	 * differentiated
	 * @param contribution {@code to.grad × localGrad} as the backward rule computes it (0
	 * where the rule selects 0, even when {@code to.grad} is not finite), the part of
	 * {@code from.grad} that came along this edge (0 when backward did not pass here)
	 */
	public record Edge(int from, int to, double localGrad, double contribution) {

	}

	/**
	 * Why a number is not finite, or another thing a learner should know about a node.
	 * Machines read {@code field}, {@code number} and {@code from}; people read
	 * {@link #message()}, the sentence that {@code messageCode} names in the message
	 * bundle, filled in with {@code arguments}.
	 *
	 * @param nodeId the node; for an edge's number, the node at the edge's output end
	 * @param messageCode the message bundle's code for the sentence ({@code warning.*})
	 * @param arguments what fills in the sentence's placeholders, in order
	 * @param field which number is meant: {@code "value"}, {@code "grad"},
	 * {@code "numericGrad"} or {@code "relativeError"} of the node, {@code "localGrad"}
	 * or {@code "contribution"} of the edge from {@code from} to {@code nodeId}, or
	 * {@code "unused"} for a given value the program never reads
	 * @param number what the number is: {@code "NaN"}, {@code "Infinity"} or
	 * {@code "-Infinity"}; null for {@code "unused"}
	 * @param from for an edge's number, the node at the edge's input end; otherwise null
	 */
	public record Warning(int nodeId, String messageCode, List<String> arguments, String field, @Nullable String number,
			@Nullable Integer from) {

		/** The fields a warning can be about. */
		public static final List<String> FIELDS = List.of("value", "grad", "localGrad", "contribution", "numericGrad",
				"relativeError", "unused");

		public Warning {
			arguments = List.copyOf(arguments);
		}

		/**
		 * The plain sentence, in the bundle's default language; the API writes it in the
		 * request's.
		 */
		public String message() {
			return Messages.resolve(this.messageCode, this.arguments.toArray());
		}

	}

}
