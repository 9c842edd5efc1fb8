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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.aieducademy.autograd.ProgramException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Turns a program's text into a {@link ComputationGraph} in one pass, taking each token
 * from the {@link Lexer} as it needs it and adding each node as soon as its operands
 * exist.
 * <p>
 * Expressions are parsed by operator precedence with two explicit stacks (Dijkstra's
 * shunting-yard), so no input, however deeply nested, can overflow the Java stack. The
 * operator stack holds what is still waiting for its right-hand side (open parentheses,
 * function calls, operators), so its height is the nesting depth that
 * {@link Limits#maxDepth()} bounds; the operand stack holds at most one more entry than
 * the operator stack, so neither ever grows. Precedence comes from the table of
 * operations ({@link Operation#precedence()}); from loosest: {@code + -}, then
 * {@code * /}, then unary minus, then {@code ^} (right-associative), so {@code -x^2} is
 * {@code -(x^2)} and {@code 2^-x} is {@code 2^(-x)}.
 */
final class Parser {

	/**
	 * The named constants and their values, in the order the operations list shows them.
	 */
	private static final Map<String, Double> CONSTANTS;

	static {
		Map<String, Double> constants = new LinkedHashMap<>();
		constants.put("pi", Math.PI);
		constants.put("e", Math.E);
		CONSTANTS = Collections.unmodifiableMap(constants);
	}

	// kinds of entry on the operator stack; the groups (PARENTHESIS, CALL) last
	private static final byte BINARY = 0;

	private static final byte PREFIX = 1;

	private static final byte PARENTHESIS = 2;

	private static final byte CALL = 3;

	private final SourceText source;

	private final Lexer lexer;

	private final Words words;

	private final ComputationGraph graph;

	private final Limits limits;

	private final Map<String, Double> given;

	// the operand stack: a node and the source extent of the expression that produced it
	// (with its parentheses)
	private final int[] operandNodes;

	private final int[] operandStarts;

	private final int[] operandEnds;

	/**
	 * Whether the operand is a number literal, possibly signed; only such an assignment
	 * makes an input.
	 */
	private final boolean[] operandLiteral;

	private int operands;

	// the operator stack: what waits, where its token is (for a call, the function's
	// name) and, for a call, where its '(' is
	private final byte[] operatorKinds;

	private final @Nullable Operation[] operatorOperations;

	private final int[] operatorStarts;

	private final int[] operatorLengths;

	private final int[] operatorParentheses;

	private final int[] operatorArguments;

	/**
	 * How tightly each waiting entry binds, taken from the operations table when it is
	 * pushed ({@link #precedence}), so that deciding whether to apply it reads one byte.
	 */
	private final byte[] operatorPrecedences;

	private int operators;

	/**
	 * The precedence of an open parenthesis or a call, below every operator's (1 to 4):
	 * no operator is applied past a group before it closes.
	 */
	private static final byte GROUP_PRECEDENCE = 0;

	private Parser(SourceText source, Map<String, Double> given, Limits limits) {
		this.source = source;
		this.lexer = new Lexer(source, given);
		this.words = this.lexer.words();
		int length = source.chars().length;
		// every node comes from a token of at least one character, except unused given
		// values added at the end; a program has about one node per four characters or
		// more, so the graph starts at that and rarely grows
		this.graph = new ComputationGraph((int) Math.min(limits.maxNodes(), length / 4L + given.size() + 16));
		this.given = given;
		this.limits = limits;
		int depth = (int) Math.min(limits.maxDepth(), length + 1L);
		this.operatorKinds = new byte[depth];
		this.operatorOperations = new Operation[depth];
		this.operatorStarts = new int[depth];
		this.operatorLengths = new int[depth];
		this.operatorParentheses = new int[depth];
		this.operatorArguments = new int[depth];
		this.operatorPrecedences = new byte[depth];
		// each waiting operator holds at most one operand under it (a binary operator its
		// left-hand side, a call after its comma its first argument)
		this.operandNodes = new int[depth + 2];
		this.operandStarts = new int[depth + 2];
		this.operandEnds = new int[depth + 2];
		this.operandLiteral = new boolean[depth + 2];
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
		return Operation.function(name) != null;
	}

	/** The named constants ({@code pi} and {@code e}) and their values. */
	static Map<String, Double> constants() {
		return CONSTANTS;
	}

	private ComputationGraph program() {
		Lexer lexer = this.lexer;
		int last = -1;
		@Nullable String lastName = null;
		while (lexer.kind() != END) {
			if (lexer.kind() == SEPARATOR) {
				lexer.advance();
				continue;
			}
			if (lexer.kind() == NAME && isAssignment(lexer.nextKind())) {
				int word = lexer.word();
				assignment();
				last = this.words.binding(word);
				lastName = this.words.text(word);
			}
			else {
				expression();
				last = this.operandNodes[0];
				lastName = null;
			}
		}
		if (last < 0) {
			throw new ProgramException(Kind.SYNTAX, "noStatement");
		}
		for (Map.Entry<String, Double> value : this.given.entrySet()) {
			if (!this.words.givenRead(value.getKey())) {
				// given but never used: still an input (with gradient 0), placed after
				// everything else
				checkNodeLimit(lexer.start(), lexer.length());
				this.graph.addInput(value.getKey(), value.getValue(), 0, 0);
			}
		}
		this.graph.setOutput(last, lastName);
		return this.graph;
	}

	/**
	 * {@code name = expr}, {@code name += expr} and friends, from the name to the
	 * separator or end after the expression.
	 */
	private void assignment() {
		Lexer lexer = this.lexer;
		int word = lexer.word();
		String name = this.words.text(word);
		int nameStart = lexer.start();
		int nameLength = lexer.length();
		if (this.words.function(word) != null) {
			throw error(Kind.SYNTAX, nameStart, nameLength, "assignToFunction", name);
		}
		byte assign = lexer.nextKind();
		if (assign == ASSIGN) {
			boolean hadValue = this.words.hasValue(word);
			lexer.advance();
			lexer.advance();
			expression();
			int node = this.operandNodes[0];
			if (!hadValue && this.operandLiteral[0]) {
				this.graph.makeInput(node, name);
			}
			bind(word, node);
			return;
		}
		int target = this.words.hasValue(word) ? resolve(word, nameStart, nameLength) : -1;
		if (target < 0) {
			throw error(Kind.UNKNOWN_NAME, nameStart, nameLength, "updateBeforeValue", name, lexer.nextText());
		}
		lexer.advance();
		int assignStart = lexer.start();
		int assignLength = lexer.length();
		lexer.advance();
		expression();
		Operation operation = switch (assign) {
			case PLUS_ASSIGN -> Operation.ADD;
			case MINUS_ASSIGN -> Operation.SUB;
			case STAR_ASSIGN -> Operation.MUL;
			default -> Operation.DIV;
		};
		checkNodeLimit(assignStart, assignLength);
		int node = this.graph.add(operation, target, this.operandNodes[0], nameStart, this.operandEnds[0] - nameStart);
		bind(word, node);
	}

	private void bind(int word, int node) {
		this.words.bind(word, node);
		this.graph.nameVariable(node, this.words.text(word));
	}

	/**
	 * Parses one expression from the current token, leaving its node as the only operand
	 * and the lexer on the separator or end that closes it.
	 */
	private void expression() {
		Lexer lexer = this.lexer;
		this.operands = 0;
		this.operators = 0;
		boolean expectOperand = true;
		boolean first = true;
		while (true) {
			byte kind = lexer.kind();
			if (expectOperand) {
				switch (kind) {
					case NUMBER -> {
						checkNodeLimit(lexer.start(), lexer.length());
						int word = lexer.word();
						int node = this.graph.addConstant(this.words.number(word), this.words.text(word), lexer.start(),
								lexer.length());
						pushOperand(node, lexer.start(), lexer.end(), true);
						expectOperand = false;
					}
					case NAME -> {
						if (lexer.nextKind() == LEFT_PAREN) {
							Operation function = function();
							int nameStart = lexer.start();
							int nameLength = lexer.length();
							lexer.advance();
							pushOperator(CALL, function, nameStart, nameLength, lexer.start());
						}
						else {
							pushOperand(nameOperand(), lexer.start(), lexer.end(), false);
							expectOperand = false;
						}
					}
					case LEFT_PAREN -> pushOperator(PARENTHESIS, null, lexer.start(), 1, lexer.start());
					case MINUS -> pushOperator(PREFIX, Operation.NEG, lexer.start(), 1, lexer.start());
					case PLUS -> pushOperator(PREFIX, null, lexer.start(), 1, lexer.start());
					default -> throw missingOperand(first);
				}
			}
			else {
				switch (kind) {
					case PLUS -> reduceThenPush(Operation.ADD);
					case MINUS -> reduceThenPush(Operation.SUB);
					case STAR -> reduceThenPush(Operation.MUL);
					case SLASH -> reduceThenPush(Operation.DIV);
					case CARET -> reduceThenPush(Operation.POW);
					case RIGHT_PAREN -> closeParenthesis();
					case COMMA -> nextArgument();
					case SEPARATOR, END -> {
						finish();
						return;
					}
					default -> throw unexpected();
				}
				expectOperand = kind != RIGHT_PAREN;
			}
			first = false;
			lexer.advance();
		}
	}

	private int nameOperand() {
		Lexer lexer = this.lexer;
		int word = lexer.word();
		if (this.words.function(word) != null) {
			String name = this.words.text(word);
			throw error(Kind.BAD_CALL, lexer.start(), lexer.length(), "functionWithoutCall", name);
		}
		if (!this.words.hasValue(word)) {
			Double constant = CONSTANTS.get(this.words.text(word));
			if (constant != null) {
				checkNodeLimit(lexer.start(), lexer.length());
				return this.graph.addConstant(constant, this.words.text(word), lexer.start(), lexer.length());
			}
		}
		return resolve(word, lexer.start(), lexer.length());
	}

	/**
	 * The node a name stands for; the first read of a given value makes its input node.
	 */
	private int resolve(int word, int start, int length) {
		int bound = this.words.binding(word);
		if (bound != Words.UNBOUND) {
			return bound;
		}
		String name = this.words.text(word);
		if (!this.words.isGiven(word)) {
			throw error(Kind.UNKNOWN_NAME, start, length, "noValue", name);
		}
		checkNodeLimit(start, length);
		int node = this.graph.addInput(name, this.words.givenValue(word), start, length);
		this.words.bind(word, node);
		this.words.markGivenRead(word);
		return node;
	}

	/** The function the current name calls. */
	private Operation function() {
		Lexer lexer = this.lexer;
		int word = lexer.word();
		Operation function = this.words.function(word);
		if (function != null) {
			return function;
		}
		String name = this.words.text(word);
		if (this.words.hasValue(word) || CONSTANTS.containsKey(name)) {
			throw error(Kind.BAD_CALL, lexer.start(), lexer.length(), "valueCalled", name);
		}
		throw error(Kind.BAD_CALL, lexer.start(), lexer.length(), "noSuchFunction", name, Operation.functionList());
	}

	/**
	 * Applies the waiting operators that bind at least as tightly, then waits with this
	 * one.
	 */
	private void reduceThenPush(Operation operation) {
		int precedence = operation.precedence();
		boolean rightAssociative = operation.rightAssociative();
		byte[] precedences = this.operatorPrecedences;
		while (this.operators > 0) {
			// a group's precedence is below every operator's: the loop stops there
			int topPrecedence = precedences[this.operators - 1];
			if (topPrecedence < precedence || (topPrecedence == precedence && rightAssociative)) {
				break;
			}
			applyTopOperator();
		}
		pushOperator(BINARY, operation, this.lexer.start(), this.lexer.length(), this.lexer.start());
	}

	/**
	 * How tightly an entry binds: a binary operator as the table says, a prefix sign as
	 * unary minus does (whether it is '-' or '+'), a group below everything.
	 */
	private static byte precedence(byte kind, @Nullable Operation operation) {
		return switch (kind) {
			case BINARY -> (byte) Objects.requireNonNull(operation).precedence();
			case PREFIX -> (byte) Operation.NEG.precedence();
			default -> GROUP_PRECEDENCE;
		};
	}

	private void closeParenthesis() {
		Lexer lexer = this.lexer;
		reduceToGroup();
		if (this.operators == 0) {
			throw error(Kind.SYNTAX, lexer.start(), lexer.length(), "unmatchedClose");
		}
		int entry = --this.operators;
		int start = this.operatorStarts[entry];
		int end = lexer.end();
		int top = this.operands - 1;
		if (this.operatorKinds[entry] == PARENTHESIS) {
			this.operandStarts[top] = start;
			this.operandEnds[top] = end;
			this.operandLiteral[top] = false;
			return;
		}
		Operation function = Objects.requireNonNull(this.operatorOperations[entry]);
		int arguments = this.operatorArguments[entry] + 1;
		if (arguments != function.arity()) {
			throw wrongArgumentCount(start, lexer.start() + 1 - start, function, arguments);
		}
		checkNodeLimit(start, this.operatorLengths[entry]);
		int node;
		if (arguments == 1) {
			node = this.graph.add(function, this.operandNodes[top], -1, start, end - start);
		}
		else {
			node = this.graph.add(function, this.operandNodes[top - 1], this.operandNodes[top], start, end - start);
			this.operands--;
		}
		top = this.operands - 1;
		this.operandNodes[top] = node;
		this.operandStarts[top] = start;
		this.operandEnds[top] = end;
		this.operandLiteral[top] = false;
	}

	private void nextArgument() {
		Lexer lexer = this.lexer;
		reduceToGroup();
		if (this.operators == 0 || this.operatorKinds[this.operators - 1] != CALL) {
			throw error(Kind.SYNTAX, lexer.start(), lexer.length(), "commaOutsideCall");
		}
		int entry = this.operators - 1;
		Operation function = Objects.requireNonNull(this.operatorOperations[entry]);
		this.operatorArguments[entry]++;
		if (this.operatorArguments[entry] >= function.arity()) {
			throw wrongArgumentCount(lexer.start(), lexer.length(), function, this.operatorArguments[entry] + 1);
		}
	}

	private ProgramException wrongArgumentCount(int start, int length, Operation function, int given) {
		// the message's choice format picks the words for the counts
		return error(Kind.BAD_CALL, start, length, "wrongArgumentCount", function.symbol(), function.arity(),
				function.syntax(), Math.min(given, 3));
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
				throw error(Kind.SYNTAX, this.operatorParentheses[entry], 1, "unclosedOpen");
			}
			applyTopOperator();
		}
	}

	private void applyTopOperator() {
		int entry = --this.operators;
		Operation operation = this.operatorOperations[entry];
		int operatorStart = this.operatorStarts[entry];
		int top = this.operands - 1;
		if (this.operatorKinds[entry] == PREFIX) {
			if (operation != null) {
				if (this.operandLiteral[top]) {
					this.graph.negateConstant(this.operandNodes[top], operatorStart);
				}
				else {
					checkNodeLimit(operatorStart, this.operatorLengths[entry]);
					this.operandNodes[top] = this.graph.add(Operation.NEG, this.operandNodes[top], -1, operatorStart,
							this.operandEnds[top] - operatorStart);
				}
			}
			this.operandStarts[top] = operatorStart;
			return;
		}
		checkNodeLimit(operatorStart, this.operatorLengths[entry]);
		int start = this.operandStarts[top - 1];
		int end = this.operandEnds[top];
		int node = this.graph.add(Objects.requireNonNull(operation), this.operandNodes[top - 1], this.operandNodes[top],
				start, end - start);
		this.operands--;
		top--;
		this.operandNodes[top] = node;
		this.operandEnds[top] = end;
		this.operandLiteral[top] = false;
	}

	private void pushOperator(byte kind, @Nullable Operation operation, int start, int length, int parenthesis) {
		if (this.operators >= this.operatorKinds.length) {
			throw error(Kind.TOO_DEEP, start, length, "tooDeep", this.limits.maxDepth());
		}
		int entry = this.operators++;
		this.operatorKinds[entry] = kind;
		this.operatorOperations[entry] = operation;
		this.operatorStarts[entry] = start;
		this.operatorLengths[entry] = length;
		this.operatorPrecedences[entry] = precedence(kind, operation);
		if (kind >= PARENTHESIS) {
			// only a group is asked where it opens and how many arguments it has
			this.operatorParentheses[entry] = parenthesis;
			this.operatorArguments[entry] = 0;
		}
	}

	private void pushOperand(int node, int start, int end, boolean literal) {
		int top = this.operands++;
		this.operandNodes[top] = node;
		this.operandStarts[top] = start;
		this.operandEnds[top] = end;
		this.operandLiteral[top] = literal;
	}

	private void checkNodeLimit(int start, int length) {
		if (this.graph.size() >= this.limits.maxNodes()) {
			throw error(Kind.TOO_LARGE, start, length, "tooManyNodes", this.limits.maxNodes());
		}
	}

	/** The current token cannot start an operand. */
	private ProgramException missingOperand(boolean first) {
		Lexer lexer = this.lexer;
		byte kind = lexer.kind();
		if (kind == SEPARATOR || kind == END) {
			if (first) {
				return error(Kind.SYNTAX, lexer.previousStart(), lexer.previousLength(), "missingAfter",
						lexer.previousText());
			}
			return error(Kind.SYNTAX, lexer.previousStart(), lexer.previousLength(), "endsEarly", lexer.previousText());
		}
		if (kind == RIGHT_PAREN) {
			int entry = this.operators - 1;
			if (lexer.previousKind() == LEFT_PAREN && entry >= 0 && this.operatorKinds[entry] == CALL
					&& this.operatorParentheses[entry] == lexer.previousStart()) {
				Operation function = Objects.requireNonNull(this.operatorOperations[entry]);
				return wrongArgumentCount(this.operatorStarts[entry], this.operatorLengths[entry], function, 0);
			}
			return error(Kind.SYNTAX, lexer.start(), lexer.length(), "missingBeforeClose");
		}
		return error(Kind.SYNTAX, lexer.start(), lexer.length(), "operandExpected", lexer.text());
	}

	/** The current token cannot follow an operand. */
	private ProgramException unexpected() {
		Lexer lexer = this.lexer;
		byte kind = lexer.kind();
		if (kind == NUMBER || kind == NAME || kind == LEFT_PAREN) {
			return error(Kind.SYNTAX, lexer.start(), lexer.length(), "operatorMissing", lexer.text());
		}
		if (isAssignment(kind)) {
			return error(Kind.SYNTAX, lexer.start(), lexer.length(), "assignmentMisplaced", lexer.text());
		}
		return error(Kind.SYNTAX, lexer.start(), lexer.length(), "cannotComeHere", lexer.text());
	}

	private static boolean isAssignment(byte kind) {
		return kind == ASSIGN || kind == PLUS_ASSIGN || kind == MINUS_ASSIGN || kind == STAR_ASSIGN
				|| kind == SLASH_ASSIGN;
	}

	private ProgramException error(Kind kind, int start, int length, String code, Object... arguments) {
		return this.source.error(kind, start, length, code, arguments);
	}

}
