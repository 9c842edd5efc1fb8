package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random programs in the autograd language, for the differential tests: every operator
 * and function, shared subexpressions, reassignment (also with {@code +=} and friends),
 * inputs made by assigning a plain number, newlines inside parentheses, and the values
 * where floating point has choices to make: 0 and -0, ties, NaN-producing domains, huge
 * and tiny magnitudes. The same seed gives the same programs.
 */
final class ProgramGenerator {

	private static final String[] FUNCTIONS = { "relu", "tanh", "sigmoid", "exp", "log", "sqrt", "abs", "sin", "cos",
			"max", "min" };

	private static final String[] OPERATORS = { "+", "-", "*", "/", "^", "**" };

	private static final String[] LITERALS = { "0", "0.0", "1", "2", "3", "0.5", ".5", "2.", "1e200", "1e308", "1e999",
			"1e-200", "5e-324", "1e-320", "1e-8", "710", "745", "0.1", "pi", "e" };

	private static final double[] VALUES = { 0.0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 3, 1e200, -1e200, 1e-200, 5e-324,
			-5e-324, 1e308, 710, -745, 1e-8, Math.PI };

	private static final String[] INPUTS = { "x", "y", "z", "w" };

	private final SplittableRandom random;

	ProgramGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A program with its statements kept apart, so that a difference can be shrunk. */
	record Program(List<String> statements, Map<String, Double> values) {

		String source() {
			return String.join("\n", this.statements);
		}

		Program without(int statement) {
			List<String> fewer = new ArrayList<>(this.statements);
			fewer.remove(statement);
			return new Program(fewer, this.values);
		}

	}

	Program next() {
		Map<String, Double> values = new LinkedHashMap<>();
		int inputs = 1 + this.random.nextInt(INPUTS.length);
		for (int i = 0; i < inputs; i++) {
			values.put(INPUTS[i], value());
		}
		List<String> names = new ArrayList<>(values.keySet());
		List<String> statements = new ArrayList<>();
		if (chance(0.3)) {
			// an input made by assigning a plain number, as micrograd's Value(-4.0)
			String name = "a" + statements.size();
			statements.add(name + " = " + signedLiteral());
			names.add(name);
		}
		int count = 1 + this.random.nextInt(5);
		for (int i = 0; i < count; i++) {
			boolean last = i == count - 1;
			if (last && chance(0.2)) {
				statements.add(expression(names, 3)); // a bare expression as the output
			}
			else if (!names.isEmpty() && chance(0.2)) {
				String target = pick(names);
				String[] assignments = { "+=", "-=", "*=", "/=", "=" };
				statements.add(target + " " + assignments[this.random.nextInt(assignments.length)] + " "
						+ expression(names, 3));
			}
			else {
				String name = "v" + i;
				statements.add(name + " = " + expression(names, 3));
				names.add(name);
			}
		}
		return new Program(statements, values);
	}

	private String expression(List<String> names, int depth) {
		int choice = (depth == 0) ? 0 : this.random.nextInt(10);
		return switch (choice) {
			case 0, 1 -> leaf(names);
			case 2 -> "-" + group(expression(names, depth - 1));
			case 3, 4, 5 -> {
				String a = expression(names, depth - 1);
				// a shared subexpression: the same text twice, or an operand tied with
				// itself
				String b = chance(0.15) ? a : expression(names, depth - 1);
				yield operand(a) + " " + OPERATORS[this.random.nextInt(OPERATORS.length)] + " " + operand(b);
			}
			default -> {
				String function = FUNCTIONS[this.random.nextInt(FUNCTIONS.length)];
				String a = expression(names, depth - 1);
				String open = chance(0.1) ? "(\n" : "(";
				if (function.equals("max") || function.equals("min")) {
					String b = chance(0.25) ? a : expression(names, depth - 1);
					yield function + open + a + ", " + b + ")";
				}
				yield function + open + a + ")";
			}
		};
	}

	/**
	 * An operand in parentheses, mostly, so that precedence is exercised but not always.
	 */
	private String operand(String expression) {
		return chance(0.75) ? group(expression) : expression;
	}

	private String group(String expression) {
		return chance(0.1) ? "(" + expression + "\n)" : "(" + expression + ")";
	}

	private String leaf(List<String> names) {
		if (!names.isEmpty() && chance(0.6)) {
			return pick(names);
		}
		return LITERALS[this.random.nextInt(LITERALS.length)];
	}

	private String signedLiteral() {
		String literal = LITERALS[this.random.nextInt(LITERALS.length - 2)]; // not pi or
																				// e
		return chance(0.4) ? "-" + literal : literal;
	}

	private double value() {
		return chance(0.7) ? VALUES[this.random.nextInt(VALUES.length)]
				: Math.rint((this.random.nextDouble() * 6 - 3) * 1000) / 1000;
	}

	private String pick(List<String> names) {
		return names.get(this.random.nextInt(names.size()));
	}

	private boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

}
