package io.aieducademy.autograd;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The table of operations: each row states an operation's forward rule and its local
 * derivatives side by side.
 * <p>
 * Like micrograd's {@code Value}, a node computes {@code out = forward(a, b)} from its
 * operands, and backward adds {@code out.grad · d(out)/d(a)} to {@code a.grad} (and the
 * same for {@code b}). Each backward rule receives the gradient {@code g} with the
 * operands and the already computed output, so {@code tanh} and {@code exp} can reuse the
 * output as micrograd does, and the rule can be written in the order PyTorch computes it:
 * {@code g / a} for log, not {@code g · (1/a)}, and a masked 0 for relu that stays 0 when
 * {@code g} is infinite. Unary operations ignore {@code b}. Arity is stated by the
 * constructor used: leaves have no rules. Where a function is not differentiable, or
 * floating point has a choice, the table follows PyTorch, and the note column says so.
 */
public enum Operation {

	// @formatter:off
	// name   kind, symbol, precedence     forward: out =                 backward: what reaches a, then b, from grad g
	//        then the syntax, d(out)/da and d(out)/db in words, the convention to know, and each local rule
	//        as a step of the backward pass states it, with {a}, {b} and {out} for the numbers
	INPUT(Kind.LEAF, "input",
			"name", "A name given in \"values\" or assigned a plain number; its gradient is reported."),
	CONST(Kind.LEAF, "const",
			"1.5, 2e-3, pi, e", "A number in the program; constants are not differentiated."),

	ADD(Kind.OPERATOR, "+", 1,         (a, b) -> a + b,                (g, a, b, out) -> g,
	                                                                   (g, a, b, out) -> g,
			"a + b", "1", "1", "",
			"∂(a + b)/∂a = 1", "∂(a + b)/∂b = 1"),
	SUB(Kind.OPERATOR, "-", 1,         (a, b) -> a - b,                (g, a, b, out) -> g,
	                                                                   (g, a, b, out) -> -g,
			"a - b", "1", "-1", "",
			"∂(a − b)/∂a = 1", "∂(a − b)/∂b = −1"),
	MUL(Kind.OPERATOR, "*", 2,         (a, b) -> a * b,                (g, a, b, out) -> g * b,
	                                                                   (g, a, b, out) -> g * a,
			"a * b", "b", "a", "",
			"∂(a·b)/∂a = b = {b}", "∂(a·b)/∂b = a = {a}"),
	DIV(Kind.OPERATOR, "/", 2,         (a, b) -> a / b,                (g, a, b, out) -> g / b,
	                                                                   (g, a, b, out) -> -g * (out / b),
			"a / b", "1 / b", "-a / b²",
			"Division by zero gives Infinity or NaN, as in IEEE arithmetic. As in PyTorch, backward divides "
				+ "(grad / b, and -grad · (a/b) / b) rather than multiply by 1/b or a/b², which would overflow or "
				+ "underflow sooner.",
			"∂(a/b)/∂a = 1/b = 1/{b}", "∂(a/b)/∂b = −a/b² = −{a}/{b}²"),
	POW(Kind.OPERATOR, "^", 4,         Operation::power,
	                                   (g, a, b, out) -> (b == 0) ? 0 : g * (b * power(a, b - 1)),
	                                   (g, a, b, out) -> g * ((a == 0 && b >= 0) ? 0 : out * Math.log(a)),
			"a ^ b  or  a ** b", "b · a^(b-1)", "a^b · ln a",
			"Right-associative. 0^0 = 1, and as in PyTorch (C's pow) 1^b = 1 for every b, NaN included, and "
				+ "(-1)^±Infinity = 1. A negative base with an integer exponent is ordinary ((-4)^2 = 16); with a "
				+ "non-integer exponent it is NaN. As in PyTorch, d/da is 0 when b = 0, even when the gradient from "
				+ "above is not finite, and d/db is 0 when a = 0 and b >= 0 (but times a gradient of Infinity it is "
				+ "NaN). A constant exponent is not "
				+ "differentiated.",
			"∂(a^b)/∂a = b·a^(b − 1) = {b}·{a}^({b} − 1)", "∂(a^b)/∂b = a^b·ln a = {out}·ln {a}"),
	NEG(Kind.OPERATOR, "-", 3,         (a, b) -> -a,                   (g, a, b, out) -> -g,
			"-a", "-1", "Unary minus binds less tightly than ^, so -x^2 is -(x^2).",
			"∂(−a)/∂a = −1"),

	RELU(Kind.FUNCTION, "relu",        (a, b) -> (a < 0) ? 0 : a,      (g, a, b, out) -> (out <= 0) ? 0 : g,
			"relu(a)", "1 if a > 0, else 0",
			"As in PyTorch: relu'(0) = 0; relu(-0) = -0; at NaN the gradient passes (relu'(NaN) = 1); and where "
				+ "relu' = 0 the gradient is 0 even when the gradient from above is Infinity or NaN.",
			"relu′(a) = 1 if a > 0, else 0; a = {a}"),
	TANH(Kind.FUNCTION, "tanh",        (a, b) -> Math.tanh(a),         (g, a, b, out) -> g * (1 - out * out),
			"tanh(a)", "1 - tanh(a)²", "",
			"tanh′(a) = 1 − tanh(a)² = 1 − {out}²"),
	SIGMOID(Kind.FUNCTION, "sigmoid",  (a, b) -> 1 / (1 + Math.exp(-a)), (g, a, b, out) -> g * (1 - out) * out,
			"sigmoid(a)", "σ(a) · (1 - σ(a))", "",
			"σ′(a) = σ(a)·(1 − σ(a)) = {out}·(1 − {out})"),
	EXP(Kind.FUNCTION, "exp",          (a, b) -> Math.exp(a),          (g, a, b, out) -> g * out,
			"exp(a)", "exp(a)", "",
			"exp′(a) = exp(a) = {out}"),
	LOG(Kind.FUNCTION, "log",          (a, b) -> Math.log(a),          (g, a, b, out) -> g / a,
			"log(a)", "1 / a",
			"Natural logarithm. log(0) = -Infinity; the log of a negative number is NaN. As in PyTorch, backward "
				+ "divides by a (grad / a), so a zero gradient stays 0 even where 1/a overflows.",
			"log′(a) = 1/a = 1/{a}"),
	SQRT(Kind.FUNCTION, "sqrt",        (a, b) -> Math.sqrt(a),         (g, a, b, out) -> g / (2 * out),
			"sqrt(a)", "1 / (2 · sqrt(a))", "sqrt'(0) = Infinity; the square root of a negative number is NaN.",
			"sqrt′(a) = 1/(2·sqrt(a)) = 1/(2·{out})"),
	ABS(Kind.FUNCTION, "abs",          (a, b) -> Math.abs(a),          (g, a, b, out) -> g * sign(a),
			"abs(a)", "sign(a)", "abs'(0) = 0 and, as in PyTorch, sign(NaN) = 0.",
			"abs′(a) = sign(a) = sign({a})"),
	SIN(Kind.FUNCTION, "sin",          (a, b) -> Math.sin(a),          (g, a, b, out) -> g * Math.cos(a),
			"sin(a)", "cos(a)", "Radians.",
			"sin′(a) = cos(a) = cos({a})"),
	COS(Kind.FUNCTION, "cos",          (a, b) -> Math.cos(a),          (g, a, b, out) -> g * -Math.sin(a),
			"cos(a)", "-sin(a)", "Radians.",
			"cos′(a) = −sin(a) = −sin({a})"),
	MAX(Kind.FUNCTION, "max",          Operation::maximum,
	                                   (g, a, b, out) -> (a < b) ? 0 : (a == b) ? g / 2 : g,
	                                   (g, a, b, out) -> (a > b) ? 0 : (a == b) ? g / 2 : g,
			"max(a, b)", "1 if a > b, ½ if a = b, else 0", "1 if b > a, ½ if a = b, else 0",
			"As PyTorch's maximum does: when a = b the gradient is split evenly; with a NaN operand the result is "
				+ "NaN and both operands get the full gradient; max(-0, +0) is its first operand.",
			"∂max(a, b)/∂a = 1 if a > b, ½ if a = b, else 0; a = {a}, b = {b}", "∂max(a, b)/∂b = 1 if b > a, ½ if a = b, else 0; a = {a}, b = {b}"),
	MIN(Kind.FUNCTION, "min",          Operation::minimum,
	                                   (g, a, b, out) -> (a > b) ? 0 : (a == b) ? g / 2 : g,
	                                   (g, a, b, out) -> (a < b) ? 0 : (a == b) ? g / 2 : g,
			"min(a, b)", "1 if a < b, ½ if a = b, else 0", "1 if b < a, ½ if a = b, else 0",
			"As PyTorch's minimum does: when a = b the gradient is split evenly; with a NaN operand the result is "
				+ "NaN and both operands get the full gradient; min(+0, -0) is its first operand.",
			"∂min(a, b)/∂a = 1 if a < b, ½ if a = b, else 0; a = {a}, b = {b}", "∂min(a, b)/∂b = 1 if b < a, ½ if a = b, else 0; a = {a}, b = {b}");
	// @formatter:on

	private static final Map<String, Operation> FUNCTIONS = Stream.of(values())
		.filter((operation) -> operation.kind == Kind.FUNCTION)
		.collect(Collectors.toUnmodifiableMap(Operation::symbol, (operation) -> operation));

	private static final String FUNCTION_LIST = Stream.of(values())
		.filter((operation) -> operation.kind == Kind.FUNCTION)
		.map(Operation::syntax)
		.collect(Collectors.joining(", "));

	private final Kind kind;

	private final String symbol;

	private final int arity;

	private final int precedence;

	private final String syntax;

	private final List<String> derivatives;

	private final Forward forward;

	private final Backward backwardA;

	private final Backward backwardB;

	private final String note;

	private final List<String> rules;

	/** A leaf: no operands, no rule. */
	Operation(Kind kind, String symbol, String syntax, String note) {
		this(kind, symbol, 0, 0, Forward.NONE, Backward.NONE, Backward.NONE, syntax, List.of(), note, List.of());
	}

	/** A function of one operand. */
	Operation(Kind kind, String symbol, Forward forward, Backward backwardA, String syntax, String derivativeA,
			String note, String ruleA) {
		this(kind, symbol, 1, 0, forward, backwardA, Backward.NONE, syntax, List.of(derivativeA), note, List.of(ruleA));
	}

	/** A prefix operator. */
	Operation(Kind kind, String symbol, int precedence, Forward forward, Backward backwardA, String syntax,
			String derivativeA, String note, String ruleA) {
		this(kind, symbol, 1, precedence, forward, backwardA, Backward.NONE, syntax, List.of(derivativeA), note,
				List.of(ruleA));
	}

	/** A function of two operands. */
	Operation(Kind kind, String symbol, Forward forward, Backward backwardA, Backward backwardB, String syntax,
			String derivativeA, String derivativeB, String note, String ruleA, String ruleB) {
		this(kind, symbol, 2, 0, forward, backwardA, backwardB, syntax, List.of(derivativeA, derivativeB), note,
				List.of(ruleA, ruleB));
	}

	/** An infix operator. */
	Operation(Kind kind, String symbol, int precedence, Forward forward, Backward backwardA, Backward backwardB,
			String syntax, String derivativeA, String derivativeB, String note, String ruleA, String ruleB) {
		this(kind, symbol, 2, precedence, forward, backwardA, backwardB, syntax, List.of(derivativeA, derivativeB),
				note, List.of(ruleA, ruleB));
	}

	Operation(Kind kind, String symbol, int arity, int precedence, Forward forward, Backward backwardA,
			Backward backwardB, String syntax, List<String> derivatives, String note, List<String> rules) {
		this.kind = kind;
		this.symbol = symbol;
		this.arity = arity;
		this.precedence = precedence;
		this.syntax = syntax;
		this.derivatives = derivatives;
		this.forward = forward;
		this.backwardA = backwardA;
		this.backwardB = backwardB;
		this.note = note;
		this.rules = rules;
	}

	/** The function called {@code name}, or null if there is none. */
	static @Nullable Operation function(String name) {
		return FUNCTIONS.get(name);
	}

	/** Every function as it is written, for messages: {@code "relu(a), tanh(a), ..."}. */
	static String functionList() {
		return FUNCTION_LIST;
	}

	/**
	 * {@code a^b} as C's {@code pow} (and so PyTorch) computes it: Java's
	 * {@link Math#pow} differs only in giving NaN for {@code 1^b} with b infinite or NaN,
	 * and for {@code (-1)^±Infinity}, where C gives 1.
	 */
	static double power(double a, double b) {
		if (a == 1 || (a == -1 && Double.isInfinite(b))) {
			return 1;
		}
		return Math.pow(a, b);
	}

	/**
	 * PyTorch's maximum: NaN if either is NaN, else the larger, and {@code a} on a tie
	 * (so max(-0, +0) = -0).
	 */
	private static double maximum(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Double.NaN;
		}
		return (a >= b) ? a : b;
	}

	/**
	 * PyTorch's minimum: NaN if either is NaN, else the smaller, and {@code a} on a tie.
	 */
	private static double minimum(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Double.NaN;
		}
		return (a <= b) ? a : b;
	}

	/** 1, -1 or 0, and 0 for NaN, as PyTorch's sign. */
	private static double sign(double a) {
		return (a > 0) ? 1 : (a < 0) ? -1 : 0;
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
		return this.arity;
	}

	/**
	 * How tightly an operator binds, from 1 ({@code + -}) to 4 ({@code ^}); 0 for leaves
	 * and functions. The parser takes precedence from here and nowhere else.
	 */
	public int precedence() {
		return this.precedence;
	}

	/** Whether {@code a op b op c} means {@code a op (b op c)}: only {@code ^}. */
	public boolean rightAssociative() {
		return this == POW;
	}

	/**
	 * The local derivatives in words, one per operand: {@code d(out)/da} and, for binary
	 * operations, {@code d(out)/db}.
	 */
	public List<String> derivatives() {
		return this.derivatives;
	}

	/**
	 * Each local derivative as a step of the backward pass states it, one per operand:
	 * the rule, then the rule with the numbers, as in {@code "tanh′(a) = 1 − tanh(a)² = 1
	 * − {out}²"}. The placeholders {@code {a}}, {@code {b}} and {@code {out}} stand for
	 * the operands' values and the node's value; the step adds {@code "= "} and the local
	 * derivative itself.
	 */
	public List<String> rules() {
		return this.rules;
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
	 * What backward sends to operand {@code a} from a node whose gradient is {@code g}:
	 * {@code g · d(out)/da}, computed as PyTorch computes it. Only for operations with at
	 * least one operand.
	 */
	double backwardA(double g, double a, double b, double out) {
		return this.backwardA.at(g, a, b, out);
	}

	/** The same for operand {@code b}; only for binary operations. */
	double backwardB(double g, double a, double b, double out) {
		return this.backwardB.at(g, a, b, out);
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
	interface Forward {

		/**
		 * What a leaf has instead of a rule: never applied, and it says so if it were.
		 */
		Forward NONE = (a, b) -> {
			throw new IllegalStateException("A leaf has no forward rule");
		};

		double apply(double a, double b);

	}

	/**
	 * One operand's share of the gradient: {@code g} times the local derivative, written
	 * the way PyTorch writes it; with {@code g = 1} it is the local derivative itself.
	 */
	@FunctionalInterface
	interface Backward {

		/** What an operand that does not exist has instead of a rule. */
		Backward NONE = (g, a, b, out) -> {
			throw new IllegalStateException("This operation has no such operand");
		};

		double at(double g, double a, double b, double out);

	}

}
