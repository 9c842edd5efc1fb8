package io.aieducademy.autograd;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The table of operations: each row states an operation's forward rule and its local
 * derivatives side by side.
 * <p>
 * Like micrograd's {@code Value}, a node computes {@code out = forward(a, b)} from its
 * operands, and backward adds {@code out.grad * d(out)/d(a)} to {@code a.grad} (and the
 * same for {@code b}). The derivative functions receive the operands and the already
 * computed output, so {@code tanh} and {@code exp} can reuse it as micrograd does. Unary
 * operations ignore {@code b}. Where a function is not differentiable the table follows
 * PyTorch, and the note column says so.
 */
public enum Operation {

	// @formatter:off
	// name, kind, symbol             forward: out =                    d(out)/da                       d(out)/db
	//                                then the syntax, d(out)/da and d(out)/db in words, and the convention to know,
	//                                then each local rule as a step states it, with {a}, {b} and {out} for the numbers
	INPUT(Kind.LEAF, "input",         (a, b) -> a,                      null,                           null,
			"name", "", "", "A name given in \"values\" or assigned a plain number; its gradient is reported.",
			"", ""),
	CONST(Kind.LEAF, "const",         (a, b) -> a,                      null,                           null,
			"1.5, 2e-3, pi, e", "", "", "A number in the program; constants are not differentiated.",
			"", ""),

	ADD(Kind.OPERATOR, "+",           (a, b) -> a + b,                  (a, b, out) -> 1,               (a, b, out) -> 1,
			"a + b", "1", "1", "",
			"∂(a + b)/∂a = 1", "∂(a + b)/∂b = 1"),
	SUB(Kind.OPERATOR, "-",           (a, b) -> a - b,                  (a, b, out) -> 1,               (a, b, out) -> -1,
			"a - b", "1", "-1", "",
			"∂(a − b)/∂a = 1", "∂(a − b)/∂b = −1"),
	MUL(Kind.OPERATOR, "*",           (a, b) -> a * b,                  (a, b, out) -> b,               (a, b, out) -> a,
			"a * b", "b", "a", "",
			"∂(a·b)/∂a = b = {b}", "∂(a·b)/∂b = a = {a}"),
	DIV(Kind.OPERATOR, "/",           (a, b) -> a / b,                  (a, b, out) -> 1 / b,           (a, b, out) -> -a / (b * b),
			"a / b", "1 / b", "-a / b²", "Division by zero gives Infinity or NaN, as in IEEE arithmetic.",
			"∂(a/b)/∂a = 1/b = 1/{b}", "∂(a/b)/∂b = −a/b² = −{a}/{b}²"),
	POW(Kind.OPERATOR, "^",           Math::pow,                        (a, b, out) -> (b == 0) ? 0 : b * Math.pow(a, b - 1),
	                                                                    (a, b, out) -> (a == 0 && b >= 0) ? 0 : out * Math.log(a),
			"a ^ b  or  a ** b", "b · a^(b-1)", "a^b · ln a",
			"Right-associative. 0^0 = 1. A negative base with an integer exponent is ordinary ((-4)^2 = 16); "
				+ "with a non-integer exponent it is NaN. As in PyTorch, d/da is 0 when b = 0, and d/db is 0 when a = 0 "
				+ "and b >= 0. A constant exponent is not differentiated.",
			"∂(a^b)/∂a = b·a^(b − 1) = {b}·{a}^({b} − 1)", "∂(a^b)/∂b = a^b·ln a = {out}·ln {a}"),
	NEG(Kind.OPERATOR, "-",           (a, b) -> -a,                     (a, b, out) -> -1,              null,
			"-a", "-1", "", "Unary minus binds less tightly than ^, so -x^2 is -(x^2).",
			"∂(−a)/∂a = −1", ""),

	RELU(Kind.FUNCTION, "relu",       (a, b) -> Math.max(a, 0),         (a, b, out) -> (a > 0) ? 1 : 0, null,
			"relu(a)", "1 if a > 0, else 0", "", "relu'(0) = 0, as in PyTorch.",
			"relu′(a) = 1 if a > 0, else 0; a = {a}", ""),
	TANH(Kind.FUNCTION, "tanh",       (a, b) -> Math.tanh(a),           (a, b, out) -> 1 - out * out,   null,
			"tanh(a)", "1 - tanh(a)²", "", "",
			"tanh′(a) = 1 − tanh(a)² = 1 − {out}²", ""),
	SIGMOID(Kind.FUNCTION, "sigmoid", (a, b) -> 1 / (1 + Math.exp(-a)), (a, b, out) -> out * (1 - out), null,
			"sigmoid(a)", "σ(a) · (1 - σ(a))", "", "",
			"σ′(a) = σ(a)·(1 − σ(a)) = {out}·(1 − {out})", ""),
	EXP(Kind.FUNCTION, "exp",         (a, b) -> Math.exp(a),            (a, b, out) -> out,             null,
			"exp(a)", "exp(a)", "", "",
			"exp′(a) = exp(a) = {out}", ""),
	LOG(Kind.FUNCTION, "log",         (a, b) -> Math.log(a),            (a, b, out) -> 1 / a,           null,
			"log(a)", "1 / a", "", "Natural logarithm. log(0) = -Infinity; the log of a negative number is NaN.",
			"log′(a) = 1/a = 1/{a}", ""),
	SQRT(Kind.FUNCTION, "sqrt",       (a, b) -> Math.sqrt(a),           (a, b, out) -> 0.5 / out,       null,
			"sqrt(a)", "1 / (2 · sqrt(a))", "", "sqrt'(0) = Infinity; the square root of a negative number is NaN.",
			"sqrt′(a) = 1/(2·sqrt(a)) = 1/(2·{out})", ""),
	ABS(Kind.FUNCTION, "abs",         (a, b) -> Math.abs(a),            (a, b, out) -> Math.signum(a),  null,
			"abs(a)", "sign(a)", "", "abs'(0) = 0, as in PyTorch.",
			"abs′(a) = sign(a) = sign({a})", ""),
	SIN(Kind.FUNCTION, "sin",         (a, b) -> Math.sin(a),            (a, b, out) -> Math.cos(a),     null,
			"sin(a)", "cos(a)", "", "Radians.",
			"sin′(a) = cos(a) = cos({a})", ""),
	COS(Kind.FUNCTION, "cos",         (a, b) -> Math.cos(a),            (a, b, out) -> -Math.sin(a),    null,
			"cos(a)", "-sin(a)", "", "Radians.",
			"cos′(a) = −sin(a) = −sin({a})", ""),
	MAX(Kind.FUNCTION, "max",         Math::max,                        (a, b, out) -> tieSplit(a, b),  (a, b, out) -> tieSplit(b, a),
			"max(a, b)", "1 if a > b, ½ if a = b, else 0", "1 if b > a, ½ if a = b, else 0",
			"When a = b the gradient is split evenly, as PyTorch's maximum does.",
			"∂max(a, b)/∂a = 1 if a > b, ½ if a = b, else 0; a = {a}, b = {b}", "∂max(a, b)/∂b = 1 if b > a, ½ if a = b, else 0; a = {a}, b = {b}"),
	MIN(Kind.FUNCTION, "min",         Math::min,                        (a, b, out) -> tieSplit(b, a),  (a, b, out) -> tieSplit(a, b),
			"min(a, b)", "1 if a < b, ½ if a = b, else 0", "1 if b < a, ½ if a = b, else 0",
			"When a = b the gradient is split evenly, as PyTorch's minimum does.",
			"∂min(a, b)/∂a = 1 if a < b, ½ if a = b, else 0; a = {a}, b = {b}", "∂min(a, b)/∂b = 1 if b < a, ½ if a = b, else 0; a = {a}, b = {b}");
	// @formatter:on

	private final Kind kind;

	private final String symbol;

	private final String syntax;

	private final String derivativeA;

	private final String derivativeB;

	private final Forward forward;

	private final @Nullable LocalDerivative dA;

	private final @Nullable LocalDerivative dB;

	private final String note;

	private final String ruleA;

	private final String ruleB;

	Operation(Kind kind, String symbol, Forward forward, @Nullable LocalDerivative dA, @Nullable LocalDerivative dB,
			String syntax, String derivativeA, String derivativeB, String note, String ruleA, String ruleB) {
		this.kind = kind;
		this.symbol = symbol;
		this.syntax = syntax;
		this.derivativeA = derivativeA;
		this.derivativeB = derivativeB;
		this.forward = forward;
		this.dA = dA;
		this.dB = dB;
		this.note = note;
		this.ruleA = ruleA;
		this.ruleB = ruleB;
	}

	/**
	 * 1 when {@code x} alone is the larger, ½ when tied, else 0 (also 0 when either is
	 * NaN).
	 */
	private static double tieSplit(double x, double y) {
		return (x > y) ? 1 : (x == y) ? 0.5 : 0;
	}

	/**
	 * Whether this is a leaf, an operator written with a symbol, or a function called by
	 * name.
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The symbol or function name, as written in a program ({@code "input"} and
	 * {@code "const"} for leaves).
	 */
	public String symbol() {
		return this.symbol;
	}

	/** How the operation is written, for example {@code "max(a, b)"}. */
	public String syntax() {
		return this.syntax;
	}

	/** The number of operands: 0 for leaves, 1 or 2 otherwise. */
	public int arity() {
		return (this.dA == null) ? 0 : (this.dB == null) ? 1 : 2;
	}

	/**
	 * The local derivatives in words, one per operand: {@code d(out)/da} and, for binary
	 * operations, {@code d(out)/db}.
	 */
	public List<String> derivatives() {
		return switch (arity()) {
			case 0 -> List.of();
			case 1 -> List.of(this.derivativeA);
			default -> List.of(this.derivativeA, this.derivativeB);
		};
	}

	/**
	 * Each local derivative as a step of the backward pass states it, one per operand:
	 * the rule, then the rule with the numbers, as in {@code "tanh′(a) = 1 − tanh(a)² = 1
	 * − {out}²"}. The placeholders {@code {a}}, {@code {b}} and {@code {out}} stand for
	 * the operands' values and the node's value; the step adds {@code "= "} and the local
	 * derivative itself.
	 */
	public List<String> rules() {
		return switch (arity()) {
			case 0 -> List.of();
			case 1 -> List.of(this.ruleA);
			default -> List.of(this.ruleA, this.ruleB);
		};
	}

	/**
	 * The convention at non-differentiable points or domain edges, or an empty string.
	 */
	public String note() {
		return this.note;
	}

	double forward(double a, double b) {
		return this.forward.apply(a, b);
	}

	/**
	 * The local derivative {@code d(out)/da}; only for operations with at least one
	 * operand.
	 */
	double derivativeA(double a, double b, double out) {
		return this.dA.at(a, b, out);
	}

	/** The local derivative {@code d(out)/db}; only for binary operations. */
	double derivativeB(double a, double b, double out) {
		return this.dB.at(a, b, out);
	}

	/** What an operation is in the language. */
	public enum Kind {

		/** An input or a constant: no operands. */
		LEAF,

		/** Written with a symbol between or before its operands. */
		OPERATOR,

		/** Called by name with its operands in parentheses. */
		FUNCTION

	}

	@FunctionalInterface
	private interface Forward {

		double apply(double a, double b);

	}

	@FunctionalInterface
	private interface LocalDerivative {

		double at(double a, double b, double out);

	}

}
