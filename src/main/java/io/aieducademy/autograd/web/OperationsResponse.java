package io.aieducademy.autograd.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code GET /api/autograd/operations}: what the language offers, for the
 * help panel.
 *
 * @param operators the operators, with their local derivatives
 * @param functions the functions, with their local derivatives
 * @param constants the named constants
 */
@Schema(description = "Operators, functions and constants of the language, with their local derivatives.")
public record OperationsResponse(List<Entry> operators, List<Entry> functions, List<Constant> constants) {

	static OperationsResponse of(List<Operation> operations, Map<String, Double> constants) {
		return new OperationsResponse(entries(operations, Operation.Kind.OPERATOR),
				entries(operations, Operation.Kind.FUNCTION),
				constants.entrySet().stream().map((entry) -> new Constant(entry.getKey(), entry.getValue())).toList());
	}

	static OperationsResponse current() {
		return of(Autograd.operations(), Autograd.constants());
	}

	private static List<Entry> entries(List<Operation> operations, Operation.Kind kind) {
		return operations.stream()
			.filter((operation) -> operation.kind() == kind)
			.map((operation) -> new Entry(operation.name().toLowerCase(Locale.ROOT), operation.symbol(),
					operation.syntax(), operation.arity(), operation.derivatives(), operation.note(),
					operation.rules()))
			.toList();
	}

	/**
	 * One operator or function.
	 *
	 * @param op its name in the graph's nodes ({@code add}, {@code relu}, ...)
	 * @param symbol how it is written
	 * @param syntax an example of its use
	 * @param arity how many operands it takes
	 * @param derivatives the local derivative with respect to each operand:
	 * {@code d(out)/da}, then {@code d(out)/db}
	 * @param note its convention at non-differentiable points or domain edges, or an
	 * empty string
	 * @param rules each local derivative as a step of the backward pass states it, one
	 * per operand, with {@code {a}}, {@code {b}} and {@code {out}} standing for the
	 * operands' values and the node's value, for example {@code "tanh′(a) = 1 − tanh(a)²
	 * = 1 − {out}²"}
	 */
	public record Entry(String op, String symbol, String syntax, int arity, List<String> derivatives, String note,
			List<String> rules) {

	}

	/**
	 * A named constant.
	 *
	 * @param name its name
	 * @param value its value
	 */
	public record Constant(String name, double value) {

	}

}
