package io.aieducademy.autograd;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.aieducademy.autograd.AutogradTests.assertThatProgramException;
import static io.aieducademy.autograd.AutogradTests.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The language: numbers, precedence, statements, comments, and errors that point at the
 * right place.
 */
class ParserTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2^x^2            | 512
			2**x**2          | 512
			-x^2             | -9
			-2^2             | -4
			(-2)^2           | 4
			x^-1             | 0.3333333333333333
			x**-0.5 * x**0.5 | 1
			2^-x*3           | 0.375
			1 - 2 - 3        | -4
			12 / 2 / 3       | 2
			1 + 2 * 3        | 7
			(1 + 2) * 3      | 9
			2 * -x           | -6
			--x              | 3
			+x               | 3
			x * -2 ^ 2       | -12
			1.5e1 + .5 + 2.  | 17.5
			1E-1 * 10        | 1
			max(x, 2*x) - min(-x, x) | 9
			relu(-x) + abs(-x)       | 3
			2*pi - 2*pi + e - e      | 0
			""")
	void precedenceAndAssociativity(String program, double expected) {
		assertThat(Autograd.evaluate(program, values("x", 3)).output().value()).isCloseTo(expected, within(1e-12));
	}

	/**
	 * Issue 12: the table of distinct words grows as names arrive (at 32, 64, 128, ... of
	 * them). A lookup that grew it once read the new slot from the old, smaller array: a
	 * name past the growth gave an ArrayIndexOutOfBoundsException (a 500 from the API) or
	 * another name's text.
	 */
	@Test
	void manyDistinctNamesAreEachReadAsThemselves() {
		StringBuilder program = new StringBuilder("s = x0");
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("x0", 0.0);
		double expected = 0;
		for (int i = 1; i < 300; i++) {
			program.append(" + x").append(i);
			values.put("x" + i, (double) i);
			expected += i;
		}
		for (int i = 0; i < 300; i++) {
			program.append("\nt").append(i).append(" = s + ").append(i);
		}
		program.append("\nt299 - s + s");

		assertThat(Autograd.evaluate(program.toString(), values).output().value()).isEqualTo(expected + 299);
	}

	/**
	 * The word table knows a word by its characters packed seven bits each, which is
	 * exact up to nine characters; a longer word's key keeps only its last nine, so two
	 * long words that end alike share a key and must still be told apart by their
	 * characters. The numbers differ only in their first digit, past the nine.
	 */
	@Test
	void longWordsThatEndAlikeAreDifferentWords() {
		String program = """
				a_long_weight = 1000000000.5
				b_long_weight = 2000000000.5
				a_long_weight + b_long_weight * 10
				""";

		Evaluation evaluation = Autograd.evaluate(program, Map.of());

		assertThat(evaluation.output().value()).isEqualTo(1000000000.5 + 20000000005.0);
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::name)
			.containsExactly("a_long_weight", "b_long_weight");
	}

	/** Words of nine characters and fewer are known by their key alone. */
	@Test
	void shortWordsThatDifferInOneCharacterAreDifferentWords() {
		String program = "abcdefghi = 1; abcdefghj = 2; abcdefgh = 4; bcdefghi = 8\n"
				+ "abcdefghi + abcdefghj + abcdefgh + bcdefghi";

		assertThat(Autograd.evaluate(program, Map.of()).output().value()).isEqualTo(15);
	}

	@Test
	void statementsAreSeparatedByNewlinesAndSemicolonsAndCommentsAreIgnored() {
		String program = """
				# a comment on its own line
				a = x * 2   # a comment after a statement

				b = (a +
				     1);  c = b * b ;;
				c
				""";

		assertThat(Autograd.evaluate(program, values("x", 1)).output().value()).isEqualTo(9);
	}

	@Test
	void windowsLineEndingsAndTabsAreWhiteSpace() {
		assertThat(Autograd.evaluate("a = x\r\n\tb = a * 2\r\n", values("x", 1)).output().value()).isEqualTo(2);
	}

	@Test
	void constantsCanBeShadowedByAssignmentOrByAGivenValue() {
		assertThat(Autograd.evaluate("e = 2; e * 3", Map.of()).output().value()).isEqualTo(6);
		assertThat(Autograd.evaluate("pi * 2", values("pi", 1)).inputs()).hasSize(1);
	}

	@Test
	void unknownNameIsNamedWithItsPosition() {
		assertThatProgramException(() -> Autograd.evaluate("a = 1\nL = a * zeta + 2", Map.of())).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(ProgramException.Kind.UNKNOWN_NAME);
			assertThat(ex.getMessage()).contains("'zeta'");
			assertThat(ex.span()).isEqualTo(new Span(2, 9, 4));
			assertThat(ex.excerpt()).isEqualTo("L = a * zeta + 2\n        ^~~~");
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			L = (x + 1                | SYNTAX        | 1 | 5  | never closed
			L = x + 1)                | SYNTAX        | 1 | 10 | no matching '('
			L = x +                   | SYNTAX        | 1 | 7  | ends too early
			L =                       | SYNTAX        | 1 | 3  | missing after '='
			L = x y                   | SYNTAX        | 1 | 7  | operator such as + or * is missing before 'y'
			L = 2x                    | SYNTAX        | 1 | 5  | a name cannot start with a digit
			L = 1e                    | SYNTAX        | 1 | 5  | digits after 'e'
			L = x $ 2                 | SYNTAX        | 1 | 7  | '$' is not part
			L = x, 2                  | SYNTAX        | 1 | 6  | can only separate the arguments
			2 = x                     | SYNTAX        | 1 | 3  | can only follow the name
			relu = 2                  | SYNTAX        | 1 | 1  | built-in function
			q += 1                    | UNKNOWN_NAME  | 1 | 1  | 'q' has no value yet
			L = foo(x)                | BAD_CALL      | 1 | 5  | no function called 'foo'
			L = x(2)                  | BAD_CALL      | 1 | 5  | is a value, not a function
			L = relu + 1              | BAD_CALL      | 1 | 5  | call it with parentheses
			L = max(x)                | BAD_CALL      | 1 | 5  | takes two arguments
			L = relu(x, x)            | BAD_CALL      | 1 | 11 | takes one argument
			L = relu()                | BAD_CALL      | 1 | 5  | has none
			# only a comment          | SYNTAX        | 0 | 0  | no statement
			""")
	void syntaxErrorsPointAtTheirCause(String program, ProgramException.Kind kind, int line, int column,
			String message) {
		assertThatProgramException(() -> Autograd.evaluate(program, values("x", 1))).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.getMessage()).contains(message);
			if (line == 0) {
				assertThat(ex.span()).isNull();
			}
			else {
				assertThat(ex.span().line()).isEqualTo(line);
				assertThat(ex.span().column()).isEqualTo(column);
				assertThat(ex.excerpt()).startsWith(program + "\n");
				assertThat(ex.excerpt().split("\n")[1].indexOf('^')).isEqualTo(column - 1);
			}
		});
	}

	@Test
	void excerptCutsLongLinesAroundTheColumnAndKeepsTabs() {
		String program = "L = " + "x + ".repeat(50) + "$ + x";
		assertThatProgramException(() -> Autograd.evaluate(program, values("x", 1))).satisfies((ex) -> {
			String[] lines = ex.excerpt().split("\n");
			assertThat(lines[0]).startsWith("…").endsWith("$ + x").hasSizeLessThanOrEqualTo(81);
			assertThat(lines[0].charAt(lines[1].indexOf('^'))).isEqualTo('$');
		});
		assertThatProgramException(() -> Autograd.evaluate("\tL = $", Map.of()))
			.satisfies((ex) -> assertThat(ex.excerpt()).isEqualTo("\tL = $\n\t    ^"));
	}

	@Test
	void nestingBeyondTheLimitIsTooDeepNotAStackOverflow() {
		String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
		assertThatProgramException(() -> Autograd.evaluate(deep, values("x", 1))).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_DEEP);
			assertThat(ex.span()).isEqualTo(new Span(1, 257, 1));
		});
		assertThatProgramException(() -> Autograd.evaluate("-".repeat(300) + "x", values("x", 1)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_DEEP));
		assertThatProgramException(() -> Autograd.evaluate("x" + "^x".repeat(300), values("x", 1)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_DEEP));
	}

	@Test
	void nestingUpToTheLimitIsFine() {
		String deep = "(".repeat(255) + "x" + ")".repeat(255);
		assertThat(Autograd.evaluate(deep, values("x", 1)).output().value()).isEqualTo(1);
		assertThat(Autograd.evaluate("x" + " + x".repeat(99_998), values("x", 1)).inputs().get(0).grad())
			.isEqualTo(99_999);
	}

	@Test
	void programsOverTheNodeLimitAreTooLarge() {
		Options options = Options.DEFAULT.withLimits(new Limits(10, 256, 1000));
		assertThat(Autograd.evaluate("x + x + x + x + x", values("x", 1), options).nodeCount()).isEqualTo(5);
		assertThatProgramException(() -> Autograd.evaluate("x" + " + 1".repeat(10), values("x", 1), options))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_LARGE);
				assertThat(ex.getMessage()).contains("more than 10 nodes");
			});
	}

	@Test
	void manyDistinctNamesAndNumbersEachKeepTheirMeaning() {
		// far more distinct words than the word table starts with, so that it grows while
		// names are bound, given and read
		StringBuilder program = new StringBuilder("v0 = x\n");
		Map<String, Double> given = new java.util.LinkedHashMap<>();
		given.put("x", 0.5);
		double expected = 0.5;
		double gradient = 1;
		for (int i = 1; i <= 400; i++) {
			double factor = 1 + i / 10_000.0;
			program.append("v")
				.append(i)
				.append(" = v")
				.append(i - 1)
				.append(" * ")
				.append(factor)
				.append(" + g")
				.append(i)
				.append('\n');
			given.put("g" + i, i / 1000.0);
			expected = expected * factor + i / 1000.0;
			gradient *= factor;
		}
		given.put("unused", 7.0);
		Evaluation evaluation = Autograd.evaluate(program.toString(), given);
		assertThat(evaluation.output().name()).isEqualTo("v400");
		assertThat(evaluation.output().value()).isCloseTo(expected, within(1e-9));
		assertThat(evaluation.inputs()).hasSize(402);
		assertThat(evaluation.inputs().get(0).name()).isEqualTo("x");
		assertThat(evaluation.inputs().get(0).grad()).isCloseTo(gradient, within(1e-9));
		assertThat(evaluation.inputs().get(401).name()).isEqualTo("unused");
		assertThat(evaluation.inputs().get(401).grad()).isZero();
	}

	@Test
	void theFirstMistakeInTheTextIsTheOneReported() {
		// lexing and parsing are one pass, so a syntax error before a character the
		// language does not have is reported first
		assertThatProgramException(() -> Autograd.evaluate("L = (x + ; y = $", values("x", 1))).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(ProgramException.Kind.SYNTAX);
			assertThat(ex.getMessage()).contains("ends too early").contains("'+'");
			assertThat(ex.span()).isEqualTo(new Span(1, 8, 1));
		});
	}

	@Test
	void everyNameIsItselfWhenTheTableOfWordsGrowsWhileOneIsRead() {
		// 300 distinct names: the table of words grows several times, each time while a
		// word is read
		StringBuilder program = new StringBuilder("s = 0");
		Map<String, Double> values = new java.util.HashMap<>();
		for (int k = 0; k < 300; k++) {
			program.append(" + v").append(k).append(" * ").append(k);
			values.put("v" + k, 1.0);
		}
		Evaluation evaluation = Autograd.evaluate(program.toString(), values);
		assertThat(evaluation.output().value()).isEqualTo(300 * 299 / 2);
		for (Evaluation.Input input : evaluation.inputs()) {
			assertThat(input.grad()).as(input.name()).isEqualTo(Double.parseDouble(input.name().substring(1)));
		}
		assertThat(evaluation.inputs()).hasSize(300);
	}

}
