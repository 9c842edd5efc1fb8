package io.aieducademy.autograd.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Span;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of a successful {@code POST /api/autograd}. JSON has no NaN or Infinity, so a
 * number that is not finite is written as {@code null}, and {@code warnings} says what it
 * was and why.
 *
 * @param output the value of the last statement
 * @param inputs the inputs with their gradients, in order of first appearance
 * @param nodes every node in forward (topological) order; absent when {@code graph} is
 * false
 * @param edges one edge per operand of every node; absent when {@code graph} is false
 * @param warnings one per number that is not finite, saying why
 * @param nodeCount how many nodes the program built
 */
@Schema(description = "Every node's value and gradient. Numbers that are not finite are null, with a warning.")
public record EvaluationResponse(Output output, List<Input> inputs,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Node> nodes,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Edge> edges, List<Evaluation.Warning> warnings,
		int nodeCount) {

	static EvaluationResponse of(Evaluation evaluation, boolean withGraph) {
		Evaluation.Output output = evaluation.output();
		List<Input> inputs = evaluation.inputs().stream().map(Input::of).toList();
		List<Node> nodes = null;
		List<Edge> edges = null;
		if (withGraph) {
			nodes = new ArrayList<>(evaluation.nodes().size());
			for (Evaluation.Node node : evaluation.nodes()) {
				nodes.add(Node.of(node));
			}
			edges = new ArrayList<>(evaluation.edges().size());
			for (Evaluation.Edge edge : evaluation.edges()) {
				edges.add(new Edge(edge.from(), edge.to(), finite(edge.localGrad()), finite(edge.contribution())));
			}
		}
		return new EvaluationResponse(new Output(output.name(), finite(output.value()), output.nodeId()), inputs, nodes,
				edges, evaluation.warnings(), evaluation.nodeCount());
	}

	/** The number itself, or null when it is NaN or infinite (JSON cannot say those). */
	static @Nullable Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * The program's result.
	 *
	 * @param name the variable the last statement assigned, or null for a bare expression
	 * @param value its value, or null when not finite
	 * @param nodeId the node that holds it
	 */
	public record Output(@Nullable String name, @Nullable Double value, int nodeId) {

	}

	/**
	 * An input and its gradient. {@code numericGrad} and {@code relativeError} are
	 * present only when a gradient check was asked for; an empty {@link Optional} is
	 * written as null (not finite), a null one is left out.
	 *
	 * @param name its name
	 * @param value its value
	 * @param grad d(output)/d(input), by backpropagation
	 * @param nodeId its node
	 * @param numericGrad the central-difference estimate, when asked for
	 * @param relativeError {@code |grad - numericGrad| / max(|grad|, |numericGrad|)}, 0
	 * when both are 0
	 */
	public record Input(String name, @Nullable Double value, @Nullable Double grad, int nodeId, @Schema(type = "number",
			nullable = true,
			description = "Central-difference estimate; only with gradCheck.") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<Double> numericGrad,
			@Schema(type = "number", nullable = true,
					description = "Relative error of grad against numericGrad; only with gradCheck.") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Optional<Double> relativeError) {

		static Input of(Evaluation.Input input) {
			Evaluation.GradientCheck check = input.check();
			return new Input(input.name(), finite(input.value()), finite(input.grad()), input.nodeId(),
					(check != null) ? Optional.ofNullable(finite(check.numericGrad())) : null,
					(check != null) ? Optional.ofNullable(finite(check.relativeError())) : null);
		}

	}

	/**
	 * A node of the computation graph.
	 *
	 * @param id its index in forward order
	 * @param op {@code input}, {@code const}, or the operation's name in lower case
	 * ({@code add}, {@code pow}, {@code relu}, ...)
	 * @param label the input's name, the constant as written, or the operation's symbol
	 * @param value its value, or null when not finite
	 * @param grad d(output)/d(node), or null when not finite
	 * @param inputs the ids of its operands
	 * @param span where in the source it came from, or null for a given value the program
	 * never uses
	 * @param variable the name a statement assigned to it, or null
	 * @param requiresGrad whether it depends on an input (constants are not
	 * differentiated)
	 */
	public record Node(int id, String op, String label, @Nullable Double value, @Nullable Double grad,
			List<Integer> inputs, @Nullable Span span, @Nullable String variable, boolean requiresGrad) {

		static Node of(Evaluation.Node node) {
			return new Node(node.id(), node.op().name().toLowerCase(Locale.ROOT), node.label(), finite(node.value()),
					finite(node.grad()), node.inputs(), node.span(), node.variable(), node.requiresGrad());
		}

	}

	/**
	 * What flows back along one edge.
	 *
	 * @param from the operand
	 * @param to the node that uses it
	 * @param localGrad d(to)/d(from), or null when not finite
	 * @param contribution {@code to.grad × localGrad} as the backward rule computes it,
	 * what flowed back along this edge, or null when not finite
	 */
	public record Edge(int from, int to, @Nullable Double localGrad, @Nullable Double contribution) {

	}

}
