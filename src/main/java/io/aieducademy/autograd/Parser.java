package io.aieducademy.autograd;

import static io.aieducademy.autograd.Lexer.ASSIGN;
import static io.aieducademy.autograd.Lexer.CARET;
import static io.aieducademy.autograd.Lexer.COMMA;
import static io.aieducademy.autograd.Lexer.END;
import static io.aieducademy.autograd.Lexer.LEFT_PAREN;
import static io.aieducademy.autograd.Lexer.MINUS;
import static io.aieducademy.autograd.Lexer.MINUS_ASSIGN;
import static io.aieducademy.autograd.Lexer.NAME;
import static io.aieducademy.autograd.Lexer.NUMBER;
import static io.aieducademy.autograd.Lexer.PLUS;
import static io.aieducademy.autograd.Lexer.PLUS_ASSIGN;
import static io.aieducademy.autograd.Lexer.RIGHT_PAREN;
import static io.aieducademy.autograd.Lexer.SEPARATOR;
import static io.aieducademy.autograd.Lexer.SLASH;
import static io.aieducademy.autograd.Lexer.SLASH_ASSIGN;
import static io.aieducademy.autograd.Lexer.STAR;
import static io.aieducademy.autograd.Lexer.STAR_ASSIGN;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.aieducademy.autograd.ProgramException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Turns tokens into a {@link ComputationGraph}, adding each node as soon as its operands
 * exist.
 * <p>
 * Expressions are parsed by operator precedence with two explicit stacks (Dijkstra's
 * shunting-yard), so no input, however deeply nested, can overflow the Java stack. The
 * operator stack holds what is still waiting for its right-hand side (open parentheses,
 * function calls, operators), so its height is the nesting depth that
 * {@link Limits#maxDepth()} bounds. Precedence, from loosest: {@code + -}, then
 * {@code * /}, then unary minus, then {@code ^} (right-associative), so {@code -x^2} is
 * {@code -(x^2)} and {@code 2^-x} is {@code 2^(-x)}.
 */
final class Parser {

	private static final Map<String, Operation> FUNCTIONS = Stream.of(Operation.values())
		.filter((operation) -> operation.kind() == Operation.Kind.FUNCTION)
		.collect(Collectors.toUnmodifiableMap(Operation::symbol, (operation) -> operation));

	private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E);

	private static final String FUNCTION_LIST = Stream.of(Operation.values())
		.filter((operation) -> operation.kind() == Operation.Kind.FUNCTION)
		.map(Operation::syntax)
		.collect(Collectors.joining(", "));

	// kinds of entry on the operator stack
	private static final byte BINARY = 0;

	private static final byte PREFIX = 1;

	private static final byte PARENTHESIS = 2;

	private static final byte CALL = 3;

	private final SourceText source;

	private final Lexer.Tokens tokens;

	private final ComputationGraph graph;

	private final Limits limits;

	private final Map<String, Double> given;

	private final Map<String, Integer> bindings = new HashMap<>();

	/** The given names that the program has read, each of which now has an input node. */
	private final Set<String> givenRead = new HashSet<>();

	// the operand stack: a node and the source extent of the expression that produced it
	// (with its parentheses)
	private int[] operandNodes = new int[16];

	private int[] operandStarts = new int[16];

	private int[] operandEnds = new int[16];

	/**
	 * Whether the operand is a number literal, possibly signed; only such an assignment
	 * makes an input.
	 */
	private boolean[] operandLiteral = new boolean[16];

	private int operands;

	// the operator stack
	private final byte[] operatorKinds;

	private final @Nullable Operation[] operatorOperations;

	private final int[] operatorTokens;

	private final int[] operatorArguments;

	private int operators;

	// the distinct words of the program (names and number literals), see word(int)
	private String[] words = new String[64];

	private char[][] wordChars = new char[64][];

	private double[] numbers = new double[64];

	private int wordCount;

	private Parser(SourceText source, Map<String, Double> given, Limits limits) {
		this.source = source;
		this.tokens = Lexer.tokenize(source);
		// every node comes from a token, except unused given values added at the end
		this.graph = new ComputationGraph((int) Math.min(limits.maxNodes(), (long) this.tokens.count() + given.size()));
		this.given = given;
		this.limits = limits;
		int depth = Math.min(limits.maxDepth(), this.tokens.count()) + 1;
		this.operatorKinds = new byte[depth];
		this.operatorOperations = new Operation[depth];
		this.operatorTokens = new int[depth];
		this.operatorArguments = new int[depth];
	}

	/**
	 * Parses a program into a graph whose values are set for leaves only (run
	 * {@link ComputationGraph#forward()}).
	 * @param source the program
	 * @param given the values of the names given by the caller, in the caller's order
	 * @param limits the node and nesting limits
	 * @return the graph, with its output set to the last statement
	 * @throws ProgramException if the program is malformed or over a limit
	 */
	static ComputationGraph parse(SourceText source, Map<String, Double> given, Limits limits) {
		return new Parser(source, given, limits).program();
	}

	/**
	 * Function names cannot be assigned; the constants {@code pi} and {@code e} can, as
	 * in Python.
	 */
	static boolean isReserved(String name) {
		return FUNCTIONS.containsKey(name);
	}

	static Map<String, Double> constants() {
		Map<String, Double> constants = new LinkedHashMap<>();
		constants.put("pi", Math.PI);
		constants.put("e", Math.E);
		return constants;
	}

	private ComputationGraph program() {
		int last = -1;
		@Nullable String lastName = null;
		int i = 0;
		while (kind(i) != END) {
			if (kind(i) == SEPARATOR) {
				i++;
				continue;
			}
			if (kind(i) == NAME && isAssignment(kind(i + 1))) {
				String name = text(i);
				i = assignment(i);
				last = Objects.requireNonNull(this.bindings.get(name));
				lastName = name;
			}
			else {
				i = expression(i);
				last = this.operandNodes[0];
				lastName = null;
			}
		}
		if (last < 0) {
			throw new ProgramException(Kind.SYNTAX,
					"The program has no statement to evaluate. Write one, for example L = (w*x - y)^2.");
		}
		for (Map.Entry<String, Double> value : this.given.entrySet()) {
			if (!this.givenRead.contains(value.getKey())) {
				// given but never used: still an input (with gradient 0), placed after
				// everything else
				checkNodeLimit(this.tokens.count() - 1);
				this.graph.addInput(value.getKey(), value.getValue(), 0, 0);
			}
		}
		this.graph.setOutput(last, lastName);
		return this.graph;
	}

	/**
	 * {@code name = expr}, {@code name += expr} and friends; returns the index of the
	 * token after it.
	 */
	private int assignment(int nameToken) {
		String name = text(nameToken);
		if (isReserved(name)) {
			throw error(Kind.SYNTAX, nameToken,
					"'" + name + "' is a built-in function and cannot be assigned. Choose another name.");
		}
		byte assign = kind(nameToken + 1);
		if (assign == ASSIGN) {
			boolean hadValue = this.bindings.containsKey(name) || this.given.containsKey(name);
			int end = expression(nameToken + 2);
			int node = this.operandNodes[0];
			if (!hadValue && this.operandLiteral[0]) {
				this.graph.makeInput(node, name);
			}
			bind(name, node);
			return end;
		}
		int target = this.bindings.containsKey(name) || this.given.containsKey(name) ? resolve(nameToken) : -1;
		if (target < 0) {
			throw error(Kind.UNKNOWN_NAME, nameToken, "'" + name + "' has no value yet, so '" + text(nameToken + 1)
					+ "' has nothing to change. Give it a first value with " + name + " = ... .");
		}
		int end = expression(nameToken + 2);
		Operation operation = switch (assign) {
			case PLUS_ASSIGN -> Operation.ADD;
			case MINUS_ASSIGN -> Operation.SUB;
			case STAR_ASSIGN -> Operation.MUL;
			default -> Operation.DIV;
		};
		checkNodeLimit(nameToken + 1);
		int start = this.tokens.start(nameToken);
		int node = this.graph.add(operation, target, this.operandNodes[0], start, this.operandEnds[0] - start);
		bind(name, node);
		return end;
	}

	private void bind(String name, int node) {
		this.bindings.put(name, node);
		this.graph.nameVariable(node, name);
	}

	/**
	 * Parses one expression starting at token {@code i}, leaving its node as the only
	 * operand; returns the index of the separator or end that closes it.
	 */
	private int expression(int first) {
		this.operands = 0;
		this.operators = 0;
		boolean expectOperand = true;
		int i = first;
		while (true) {
			byte kind = kind(i);
			if (expectOperand) {
				switch (kind) {
					case NUMBER -> {
						checkNodeLimit(i);
						int node = this.graph.addConstant(number(i), word(i), start(i), length(i));
						pushOperand(node, start(i), end(i), true);
						expectOperand = false;
					}
					case NAME -> {
						if (kind(i + 1) == LEFT_PAREN) {
							pushOperator(CALL, function(i), i);
							i++;
						}
						else {
							pushOperand(nameOperand(i), start(i), end(i), false);
							expectOperand = false;
						}
					}
					case LEFT_PAREN -> pushOperator(PARENTHESIS, null, i);
					case MINUS -> pushOperator(PREFIX, Operation.NEG, i);
					case PLUS -> pushOperator(PREFIX, null, i);
					default -> throw missingOperand(first, i);
				}
			}
			else {
				switch (kind) {
					case PLUS -> reduceThenPush(Operation.ADD, i);
					case MINUS -> reduceThenPush(Operation.SUB, i);
					case STAR -> reduceThenPush(Operation.MUL, i);
					case SLASH -> reduceThenPush(Operation.DIV, i);
					case CARET -> reduceThenPush(Operation.POW, i);
					case RIGHT_PAREN -> closeParenthesis(i);
					case COMMA -> nextArgument(i);
					case SEPARATOR, END -> {
						finish();
						return i;
					}
					default -> throw unexpected(i);
				}
				expectOperand = kind != RIGHT_PAREN;
			}
			i++;
		}
	}

	private int nameOperand(int i) {
		String name = text(i);
		if (FUNCTIONS.containsKey(name)) {
			throw error(Kind.BAD_CALL, i,
					"'" + name + "' is a function: call it with parentheses, as in " + name + "(x).");
		}
		Double constant = CONSTANTS.get(name);
		if (constant != null && !this.bindings.containsKey(name) && !this.given.containsKey(name)) {
			checkNodeLimit(i);
			return this.graph.addConstant(constant, name, start(i), length(i));
		}
		return resolve(i);
	}

	private int resolve(int nameToken) {
		String name = text(nameToken);
		Integer bound = this.bindings.get(name);
		if (bound != null) {
			return bound;
		}
		Double value = this.given.get(name);
		if (value == null) {
			throw error(Kind.UNKNOWN_NAME, nameToken, "The name '" + name
					+ "' has no value. Give it one in \"values\", " + "or assign it first, as in " + name + " = 1.0.");
		}
		checkNodeLimit(nameToken);
		int node = this.graph.addInput(name, value, start(nameToken), length(nameToken));
		this.bindings.put(name, node);
		this.givenRead.add(name);
		return node;
	}

	private Operation function(int nameToken) {
		String name = text(nameToken);
		Operation function = FUNCTIONS.get(name);
		if (function != null) {
			return function;
		}
		if (this.bindings.containsKey(name) || this.given.containsKey(name) || CONSTANTS.containsKey(name)) {
			throw error(Kind.BAD_CALL, nameToken,
					"'" + name + "' is a value, not a function. To multiply, write " + name + "*(...).");
		}
		throw error(Kind.BAD_CALL, nameToken,
				"There is no function called '" + name + "'. The functions are " + FUNCTION_LIST + ".");
	}

	/**
	 * Applies the waiting operators that bind at least as tightly, then waits with this
	 * one.
	 */
	private void reduceThenPush(Operation operation, int token) {
		int precedence = operation.precedence();
		boolean rightAssociative = operation.rightAssociative();
		while (this.operators > 0) {
			byte top = this.operatorKinds[this.operators - 1];
			if (top != BINARY && top != PREFIX) {
				break;
			}
			int topPrecedence = precedence(this.operators - 1);
			if (topPrecedence < precedence || (topPrecedence == precedence && rightAssociative)) {
				break;
			}
			applyTopOperator();
		}
		pushOperator(BINARY, operation, token);
	}

	/** A prefix sign binds as unary minus does, whether it is '-' or '+'. */
	private int precedence(int entry) {
		Operation operation = this.operatorOperations[entry];
		return (this.operatorKinds[entry] == PREFIX || operation == null) ? Operation.NEG.precedence()
				: operation.precedence();
	}

	private void closeParenthesis(int token) {
		reduceToGroup();
		if (this.operators == 0) {
			throw error(Kind.SYNTAX, token, "This ')' has no matching '('.");
		}
		int entry = --this.operators;
		int open = this.operatorTokens[entry];
		int top = this.operands - 1;
		if (this.operatorKinds[entry] == PARENTHESIS) {
			this.operandStarts[top] = start(open);
			this.operandEnds[top] = end(token);
			this.operandLiteral[top] = false;
			return;
		}
		Operation function = this.operatorOperations[entry];
		int arguments = this.operatorArguments[entry] + 1;
		if (arguments != function.arity()) {
			throw error(Kind.BAD_CALL, open, start(token) + 1 - start(open), wrongArgumentCount(function, arguments));
		}
		checkNodeLimit(open);
		int start = start(open);
		int node;
		if (arguments == 1) {
			node = this.graph.add(function, this.operandNodes[top], -1, start, end(token) - start);
		}
		else {
			node = this.graph.add(function, this.operandNodes[top - 1], this.operandNodes[top], start,
					end(token) - start);
			this.operands--;
		}
		top = this.operands - 1;
		this.operandNodes[top] = node;
		this.operandStarts[top] = start;
		this.operandEnds[top] = end(token);
		this.operandLiteral[top] = false;
	}

	private void nextArgument(int comma) {
		reduceToGroup();
		if (this.operators == 0 || this.operatorKinds[this.operators - 1] != CALL) {
			throw error(Kind.SYNTAX, comma, "A ',' can only separate the arguments of a function, as in max(a, b).");
		}
		int entry = this.operators - 1;
		Operation function = this.operatorOperations[entry];
		this.operatorArguments[entry]++;
		if (this.operatorArguments[entry] >= function.arity()) {
			throw error(Kind.BAD_CALL, comma, wrongArgumentCount(function, this.operatorArguments[entry] + 1));
		}
	}

	private static String wrongArgumentCount(Operation function, int given) {
		String count = switch (given) {
			case 0 -> "none";
			case 1 -> "one";
			case 2 -> "two";
			default -> "more";
		};
		return "'" + function.symbol() + "' takes " + ((function.arity() == 1) ? "one argument" : "two arguments")
				+ ", as in " + function.syntax() + ", but here it has " + count + ".";
	}

	/** Applies operators down to the innermost open parenthesis or function call. */
	private void reduceToGroup() {
		while (this.operators > 0) {
			byte top = this.operatorKinds[this.operators - 1];
			if (top == PARENTHESIS || top == CALL) {
				return;
			}
			applyTopOperator();
		}
	}

	private void finish() {
		while (this.operators > 0) {
			int entry = this.operators - 1;
			byte top = this.operatorKinds[entry];
			if (top == PARENTHESIS || top == CALL) {
				int open = this.operatorTokens[entry] + ((top == CALL) ? 1 : 0);
				throw error(Kind.SYNTAX, open, "This '(' is never closed: a ')' is missing.");
			}
			applyTopOperator();
		}
	}

	private void applyTopOperator() {
		int entry = --this.operators;
		Operation operation = this.operatorOperations[entry];
		int token = this.operatorTokens[entry];
		int top = this.operands - 1;
		if (this.operatorKinds[entry] == PREFIX) {
			int start = start(token);
			if (operation != null) {
				if (this.operandLiteral[top]) {
					this.graph.negateConstant(this.operandNodes[top], start);
				}
				else {
					checkNodeLimit(token);
					this.operandNodes[top] = this.graph.add(Operation.NEG, this.operandNodes[top], -1, start,
							this.operandEnds[top] - start);
				}
			}
			this.operandStarts[top] = start;
			return;
		}
		checkNodeLimit(token);
		int start = this.operandStarts[top - 1];
		int end = this.operandEnds[top];
		int node = this.graph.add(operation, this.operandNodes[top - 1], this.operandNodes[top], start, end - start);
		this.operands--;
		top--;
		this.operandNodes[top] = node;
		this.operandEnds[top] = end;
		this.operandLiteral[top] = false;
	}

	private void pushOperator(byte kind, @Nullable Operation operation, int token) {
		if (this.operators >= this.limits.maxDepth()) {
			throw error(Kind.TOO_DEEP, token, "This expression is nested more than " + this.limits.maxDepth()
					+ " levels deep (open parentheses, function calls and operators waiting for their right-hand "
					+ "side). Split it into several statements.");
		}
		this.operatorKinds[this.operators] = kind;
		this.operatorOperations[this.operators] = operation;
		this.operatorTokens[this.operators] = token;
		this.operatorArguments[this.operators] = 0;
		this.operators++;
	}

	private void pushOperand(int node, int start, int end, boolean literal) {
		if (this.operands == this.operandNodes.length) {
			int capacity = this.operands * 2;
			this.operandNodes = Arrays.copyOf(this.operandNodes, capacity);
			this.operandStarts = Arrays.copyOf(this.operandStarts, capacity);
			this.operandEnds = Arrays.copyOf(this.operandEnds, capacity);
			this.operandLiteral = Arrays.copyOf(this.operandLiteral, capacity);
		}
		this.operandNodes[this.operands] = node;
		this.operandStarts[this.operands] = start;
		this.operandEnds[this.operands] = end;
		this.operandLiteral[this.operands] = literal;
		this.operands++;
	}

	private void checkNodeLimit(int token) {
		if (this.graph.size() >= this.limits.maxNodes()) {
			throw error(Kind.TOO_LARGE, token,
					String.format(Locale.ROOT,
							"This program needs more than %,d nodes, which is the limit. Make it shorter.",
							this.limits.maxNodes()));
		}
	}

	private ProgramException missingOperand(int first, int token) {
		byte kind = kind(token);
		if (kind == SEPARATOR || kind == END) {
			if (token == first) {
				int previous = Math.max(0, token - 1);
				return error(Kind.SYNTAX, previous, "Something is missing after '" + text(previous) + "'.");
			}
			return error(Kind.SYNTAX, token - 1,
					"The expression ends too early: a number, a name or '(' must follow '" + text(token - 1) + "'.");
		}
		if (kind == RIGHT_PAREN) {
			Operation function = (token - 2 >= 0 && kind(token - 1) == LEFT_PAREN && kind(token - 2) == NAME)
					? FUNCTIONS.get(text(token - 2)) : null;
			if (function != null) {
				return error(Kind.BAD_CALL, token - 2, wrongArgumentCount(function, 0));
			}
			return error(Kind.SYNTAX, token, "Something is missing before ')'.");
		}
		return error(Kind.SYNTAX, token, "Expected a number, a name or '(' here, not '" + text(token) + "'.");
	}

	private ProgramException unexpected(int token) {
		byte kind = kind(token);
		if (kind == NUMBER || kind == NAME || kind == LEFT_PAREN) {
			return error(Kind.SYNTAX, token, "An operator such as + or * is missing before '" + text(token) + "'.");
		}
		if (isAssignment(kind)) {
			return error(Kind.SYNTAX, token, "'" + text(token)
					+ "' can only follow the name being assigned, at the start of a statement, as in y = 2*x.");
		}
		return error(Kind.SYNTAX, token, "'" + text(token) + "' cannot come here.");
	}

	private static boolean isAssignment(byte kind) {
		return kind == ASSIGN || kind == PLUS_ASSIGN || kind == MINUS_ASSIGN || kind == STAR_ASSIGN
				|| kind == SLASH_ASSIGN;
	}

	private ProgramException error(Kind kind, int token, String message) {
		return error(kind, token, length(token), message);
	}

	private ProgramException error(Kind kind, int token, int length, String message) {
		return this.source.error(kind, start(token), length, message);
	}

	private byte kind(int i) {
		return this.tokens.kind(Math.min(i, this.tokens.count() - 1));
	}

	private int start(int i) {
		return this.tokens.start(i);
	}

	private int end(int i) {
		return this.tokens.end(i);
	}

	private int length(int i) {
		return this.tokens.end(i) - this.tokens.start(i);
	}

	private String text(int i) {
		if (kind(i) == END) {
			return "the end";
		}
		if (kind(i) == SEPARATOR) {
			return this.source.text().charAt(start(i)) == ';' ? ";" : "the end of the line";
		}
		return word(i);
	}

	/**
	 * A name's or a number's text, the same String each time the same text appears, so
	 * that a long program allocates one String per distinct word rather than one per
	 * token, and parses each distinct number once.
	 */
	private String word(int i) {
		// slot first: it may grow the table, and this.words must be read after that
		int slot = slot(start(i), end(i));
		return this.words[slot];
	}

	/** A number literal's value, parsed once per distinct literal. */
	private double number(int i) {
		int slot = slot(start(i), end(i));
		double value = this.numbers[slot];
		if (Double.isNaN(value)) { // a literal is never NaN: not parsed yet
			value = Double.parseDouble(this.words[slot]);
			this.numbers[slot] = value;
		}
		return value;
	}

	/**
	 * The slot of the text from {@code start} to {@code end} in an open-addressing table,
	 * added if new. The hash is {@link String#hashCode()}'s, computed on the source text
	 * without copying it.
	 */
	private int slot(int start, int end) {
		char[] text = this.source.chars();
		int hash = 0;
		for (int k = start; k < end; k++) {
			hash = 31 * hash + text[k];
		}
		int mask = this.words.length - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (true) {
			char[] word = this.wordChars[slot];
			if (word == null) {
				if (2 * (this.wordCount + 1) > this.words.length) {
					growWords();
					return slot(start, end);
				}
				this.words[slot] = new String(text, start, end - start);
				this.wordChars[slot] = Arrays.copyOfRange(text, start, end);
				this.numbers[slot] = Double.NaN;
				this.wordCount++;
				return slot;
			}
			if (Arrays.equals(text, start, end, word, 0, word.length)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	private void growWords() {
		String[] words = this.words;
		char[][] wordChars = this.wordChars;
		double[] numbers = this.numbers;
		this.words = new String[words.length * 2];
		this.wordChars = new char[words.length * 2][];
		this.numbers = new double[words.length * 2];
		int mask = this.words.length - 1;
		for (int i = 0; i < words.length; i++) {
			if (words[i] != null) {
				int hash = words[i].hashCode(); // the same polynomial as slot's
				int slot = (hash ^ (hash >>> 16)) & mask;
				while (this.words[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.words[slot] = words[i];
				this.wordChars[slot] = wordChars[i];
				this.numbers[slot] = numbers[i];
			}
		}
	}

}
