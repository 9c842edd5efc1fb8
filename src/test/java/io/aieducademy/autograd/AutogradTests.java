package io.aieducademy.autograd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine end to end: the lesson's worked example, reuse, inputs, warnings and the
 * gradient check.
 */
class AutogradTests {

	private static final Map<String, Double> WORKED_VALUES = values("w", 2, "x", 3, "y", 10);

	@Test
	void workedExampleGivesTheLessonsNumbers() {
		Evaluation evaluation = Autograd.evaluate("L = (w*x - y)^2", WORKED_VALUES);

		assertThat(evaluation.output()).isEqualTo(new Evaluation.Output("L", 16, 6));
		assertThat(evaluation.inputs())
			.extracting(Evaluation.Input::name, Evaluation.Input::value, Evaluation.Input::grad)
			.containsExactly(tuple("w", 2.0, -24.0), tuple("x", 3.0, -16.0), tuple("y", 10.0, 8.0));
		assertThat(evaluation.nodes())
			.extracting(Evaluation.Node::op, Evaluation.Node::label, Evaluation.Node::value, Evaluation.Node::grad)
			.containsExactly(tuple(Operation.INPUT, "w", 2.0, -24.0), tuple(Operation.INPUT, "x", 3.0, -16.0),
					tuple(Operation.MUL, "*", 6.0, -8.0), tuple(Operation.INPUT, "y", 10.0, 8.0),
					tuple(Operation.SUB, "-", -4.0, -8.0), tuple(Operation.CONST, "2", 2.0, 0.0),
					tuple(Operation.POW, "^", 16.0, 1.0));
		assertThat(evaluation.nodes().get(4).inputs()).containsExactly(2, 3);
		assertThat(evaluation.nodes().get(6).variable()).isEqualTo("L");
		assertThat(evaluation.nodes().get(5).requiresGrad()).isFalse();
		assertThat(evaluation.warnings()).isEmpty();
	}

	@Test
	void workedExampleEdgesCarryLocalGradientsAndContributions() {
		Evaluation evaluation = Autograd.evaluate("L = (w*x - y)^2", WORKED_VALUES);

		assertThat(evaluation.edges()).containsExactly(new Evaluation.Edge(0, 2, 3, -24),
				new Evaluation.Edge(1, 2, 2, -16), new Evaluation.Edge(2, 4, 1, -8), new Evaluation.Edge(3, 4, -1, 8),
				new Evaluation.Edge(4, 6, -8, -8), new Evaluation.Edge(5, 6, 0, 0));
	}

	@Test
	void spansPointAtTheSourceOfEachNode() {
		Evaluation evaluation = Autograd.evaluate("# loss\nL = (w*x - y)^2", WORKED_VALUES);

		assertThat(evaluation.nodes()).extracting(Evaluation.Node::span)
			.containsExactly(new Span(2, 6, 1), new Span(2, 8, 1), new Span(2, 6, 3), new Span(2, 12, 1),
					new Span(2, 6, 7), new Span(2, 15, 1), new Span(2, 5, 11));
	}

	@Test
	void squaringANameAccumulatesBothContributions() {
		Evaluation evaluation = Autograd.evaluate("x*x", values("x", 3));

		assertThat(evaluation.output().value()).isEqualTo(9);
		assertThat(evaluation.output().name()).isNull();
		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(6);
	}

	@Test
	void aNodeUsedByTwoLaterNodesGetsBothContributions() {
		// d = a*b is used twice: L = d + 3d, so dL/dd = 4, dL/da = 4b, dL/db = 4a
		Evaluation evaluation = Autograd.evaluate("d = a * b\ne = d * 3\nL = d + e", values("a", 2, "b", 5));

		assertThat(evaluation.output().value()).isEqualTo(40);
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::grad).containsExactly(20.0, 8.0);
		Evaluation.Node d = evaluation.nodes()
			.stream()
			.filter((node) -> "d".equals(node.variable()))
			.findFirst()
			.orElseThrow();
		assertThat(d.grad()).isEqualTo(4);
	}

	@Test
	void compoundAssignmentRebindsTheNameAndKeepsTheOldNode() {
		// a = x; a += x*x; L = a*2 => L = 2x + 2x^2, dL/dx = 2 + 4x
		Evaluation evaluation = Autograd.evaluate("a = x\na += x*x\nL = a * 2", values("x", 3));

		assertThat(evaluation.output().value()).isEqualTo(24);
		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(14);
		assertThat(evaluation.nodes()).extracting(Evaluation.Node::op)
			.containsExactly(Operation.INPUT, Operation.MUL, Operation.ADD, Operation.CONST, Operation.MUL);
	}

	@Test
	void everyCompoundAssignmentWorks() {
		Evaluation evaluation = Autograd.evaluate("a = x; a += 1; a -= 3; a *= x; a /= 2", values("x", 4));

		// ((4 + 1 - 3) * 4) / 2 = 4; a = (x - 2) * x / 2, da/dx = (2x - 2) / 2 = 3
		assertThat(evaluation.output()).extracting(Evaluation.Output::name, Evaluation.Output::value)
			.containsExactly("a", 4.0);
		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(3);
	}

	@Test
	void plainSignedNumbersAssignedToNewNamesAreInputsAsInMicrograd() {
		Evaluation evaluation = Autograd.evaluate("""
				a = -4.0
				b = 2.0
				c = a + b
				d = a * b + b**3
				c += c + 1
				c += 1 + c + (-a)
				d += d * 2 + relu(b + a)
				d += 3 * d + relu(b - a)
				e = c - d
				f = e**2
				g = f / 2.0
				g += 10.0 / f
				""", Map.of());

		// micrograd's README: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773
		assertThat(evaluation.output().value()).isCloseTo(24.7041, within(1e-4));
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::name).containsExactly("a", "b");
		assertThat(evaluation.inputs().get(0).grad()).isCloseTo(138.8338, within(1e-4));
		assertThat(evaluation.inputs().get(1).grad()).isCloseTo(645.5773, within(1e-4));
	}

	@Test
	void onlyAPlainNumberBeforeTheNameHasAValueMakesAnInput() {
		Evaluation evaluation = Autograd.evaluate("a = 2; b = 2 * 3; c = (4); a = 5; w = 1; L = a * b * c * w",
				values("w", 7));

		assertThat(evaluation.inputs()).extracting(Evaluation.Input::name).containsExactly("a", "w");
		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::message)
			.containsExactly("'w' was given a value that the program never uses, so its gradient is 0.");
	}

	@Test
	void aReassignedInputStaysInTheGraphWithTheGradientOfItsOwnUses() {
		Evaluation evaluation = Autograd.evaluate("y = x * 2\nx = 10\nL = x + y", values("x", 1));

		assertThat(evaluation.output().value()).isEqualTo(12);
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::name, Evaluation.Input::grad)
			.containsExactly(tuple("x", 2.0));
	}

	@Test
	void outputIsTheLastStatementAndNamesItsVariable() {
		assertThat(Autograd.evaluate("a = x * 2\na + 1", values("x", 1)).output())
			.isEqualTo(new Evaluation.Output(null, 3, 4));
		assertThat(Autograd.evaluate("a = x * 2; b = a + 1;\n", values("x", 1)).output().name()).isEqualTo("b");
	}

	@Test
	void unusedBranchesGetZeroGradientAndNoWarning() {
		// the log of a negative number is never used by the output, so backward does not
		// pass through it
		Evaluation evaluation = Autograd.evaluate("u = log(x - 5); L = x * 3", values("x", 1));

		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(3);
		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::message)
			.containsExactly("The value is NaN: the log of a negative number.");
	}

	@Test
	void withoutTheGraphOnlyOutputAndInputsAreReported() {
		Evaluation evaluation = Autograd.evaluate("L = (w*x - y)^2", WORKED_VALUES, Options.DEFAULT.withGraph(false));

		assertThat(evaluation.nodes()).isNull();
		assertThat(evaluation.edges()).isNull();
		assertThat(evaluation.nodeCount()).isEqualTo(7);
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::grad).containsExactly(-24.0, -16.0, 8.0);
	}

	@Test
	void gradientCheckAgreesOnTheWorkedExample() {
		Evaluation evaluation = Autograd.evaluate("L = (w*x - y)^2", WORKED_VALUES,
				Options.DEFAULT.withGradientCheck(true));

		for (Evaluation.Input input : evaluation.inputs()) {
			assertThat(input.check()).isNotNull();
			assertThat(input.check().numericGrad()).isCloseTo(input.grad(), within(1e-6));
			assertThat(input.check().relativeError()).isLessThan(1e-8);
			assertThat(input.check().step()).isEqualTo(1e-6 * Math.max(1, Math.abs(input.value())));
		}
	}

	@Test
	void gradientCheckOfManyInputsDoesNotLeakOneNudgeIntoTheNext() {
		Evaluation evaluation = Autograd.evaluate("L = a*b + b*c + c*d + d*a", values("a", 1, "b", 2, "c", 3, "d", 4),
				Options.DEFAULT.withGradientCheck(true));

		assertThat(evaluation.inputs())
			.allSatisfy((input) -> assertThat(input.check().numericGrad()).isCloseTo(input.grad(), within(1e-7)));
		assertThat(evaluation.inputs()).extracting(Evaluation.Input::grad).containsExactly(6.0, 4.0, 6.0, 4.0);
	}

	@Test
	void relativeErrorConventions() {
		assertThat(Autograd.relativeError(0, 0)).isZero();
		assertThat(Autograd.relativeError(2, 1)).isEqualTo(0.5);
		assertThat(Autograd.relativeError(-1, 1)).isEqualTo(2);
		assertThat(Autograd.relativeError(Double.NaN, 1)).isNaN();
	}

	@Test
	void gradientCheckIsRefusedWhenTooExpensive() {
		Options options = new Options(new Limits(1000, 256, 9), true, true);

		assertThatProgramException(() -> Autograd.evaluate("L = a*b", values("a", 1, "b", 2), options))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_LARGE))
			.withMessageContaining("gradient check");
	}

	@Test
	void nonFiniteNumbersAreWarnedAboutWithTheirReasons() {
		Evaluation evaluation = Autograd.evaluate("""
				a = x / 0
				b = log(x - 1)
				c = log(x)
				d = exp(1000 + x)
				f = sqrt(x - 1)
				g = (x - 1) ^ 0.5
				h = x ^ -1
				L = sqrt(x)
				""", values("x", 0));

		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::nodeId, Evaluation.Warning::message)
			.containsExactly(
					tuple(0, "The gradient is Infinity: the local derivative of sqrt (node 19) is Infinity here."),
					tuple(2, "The value is NaN: division by zero."),
					tuple(2, "Along the edge from node 0: the local derivative of / is Infinity here."),
					tuple(5, "The value is NaN: the log of a negative number."),
					tuple(6, "The value is -Infinity: the log of zero."),
					tuple(6, "Along the edge from node 0: the local derivative of log is Infinity here."),
					tuple(9, "The value is Infinity: overflow, the result is too large for a double."),
					tuple(9, "Along the edge from node 8: the local derivative of exp is Infinity here."),
					tuple(12, "The value is NaN: the square root of a negative number."),
					tuple(12, "Along the edge from node 11: the local derivative of sqrt is NaN here."),
					tuple(16, "The value is NaN: a negative base with a non-integer exponent."),
					tuple(16, "Along the edge from node 14: the local derivative of ^ is NaN here."),
					tuple(18, "The value is Infinity: zero raised to a negative power (a division by zero)."),
					tuple(18, "Along the edge from node 0: the local derivative of ^ is -Infinity here."),
					tuple(19, "Along the edge from node 0: the local derivative of sqrt is Infinity here."),
					tuple(19, "Along the edge from node 0: what flowed back is Infinity: the local derivative is "
							+ "Infinity."));
	}

	@Test
	void everyEdgeNumberThatIsNotFiniteHasAWarningEvenWhereBackwardNeverPassed() {
		// sqrt's local derivative at 0 is Infinity, on an edge the output does not use
		Evaluation evaluation = Autograd.evaluate("a = sqrt(x); y = x*2", values("x", 0));

		assertThat(evaluation.edges())
			.extracting(Evaluation.Edge::from, Evaluation.Edge::to, Evaluation.Edge::localGrad)
			.contains(tuple(0, 1, Double.POSITIVE_INFINITY));
		assertThat(evaluation.warnings())
			.extracting(Evaluation.Warning::nodeId, Evaluation.Warning::message, Evaluation.Warning::field,
					Evaluation.Warning::from)
			.containsExactly(tuple(1, "Along the edge from node 0: the local derivative of sqrt is Infinity here.",
					"localGrad", 0));
		assertThat(
				Autograd.evaluate("a = sqrt(x); y = x*2", values("x", 0), Options.DEFAULT.withGraph(false)).warnings())
			.as("without the graph there are no edges to explain")
			.isEmpty();
	}

	/**
	 * Without the graph (and without a gradient check), the warnings take a shorter road
	 * when every number is finite; whatever road they take, they are the graph's warnings
	 * less those about its edges.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "L = (w*x - y)^2", "y = x * 2", "s = sqrt(x); L = s * 2", "L = log(x - 3) + w",
			"L = 1e308 * w * 10 - y", "L = x / (w - 2)" })
	void withoutTheGraphTheWarningsAreTheGraphsLessTheEdges(String program) {
		Map<String, Double> values = values("w", 2, "x", 0, "y", 10, "unused", 1);

		List<Evaluation.Warning> withGraph = Autograd.evaluate(program, values).warnings();
		List<Evaluation.Warning> withoutGraph = Autograd.evaluate(program, values, Options.DEFAULT.withGraph(false))
			.warnings();

		assertThat(withoutGraph).isNotEmpty()
			.isEqualTo(withGraph.stream()
				.filter((warning) -> !List.of("localGrad", "contribution").contains(warning.field()))
				.toList());
	}

	@Test
	void nonFiniteGradientsSayWhereTheyComeFrom() {
		Evaluation evaluation = Autograd.evaluate("s = sqrt(x); L = s * 2", values("x", 0));

		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::message)
			.containsExactly("The gradient is Infinity: the local derivative of sqrt (node 1) is Infinity here.",
					"Along the edge from node 0: the local derivative of sqrt is Infinity here.",
					"Along the edge from node 0: what flowed back is Infinity: the local derivative is Infinity.");
	}

	@Test
	void nanValuesPropagateWithAnExplanationAtEveryNode() {
		Evaluation evaluation = Autograd.evaluate("L = log(x) * 2", values("x", -1));

		// log'(-1) = -1 is finite, so only the values are NaN, as in PyTorch
		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(-2);
		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::nodeId, Evaluation.Warning::message)
			.containsExactly(tuple(1, "The value is NaN: the log of a negative number."),
					tuple(3, "The value is NaN: its operand (node 1) is NaN."));
	}

	@Test
	void zeroTimesAnInfiniteDerivativeIsNaNAsInPyTorch() {
		Evaluation evaluation = Autograd.evaluate("L = sqrt(x) * 0", values("x", 0));

		assertThat(evaluation.output().value()).isZero();
		assertThat(evaluation.inputs().get(0).grad()).isNaN();
		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::nodeId, Evaluation.Warning::message)
			.containsExactly(tuple(0, "The gradient is NaN: the local derivative of sqrt (node 1) is Infinity here."),
					tuple(1, "Along the edge from node 0: the local derivative of sqrt is Infinity here."),
					tuple(1, "Along the edge from node 0: what flowed back is NaN: the local derivative is Infinity."));
		assertThat(evaluation.warnings())
			.extracting(Evaluation.Warning::field, Evaluation.Warning::number, Evaluation.Warning::from)
			.containsExactly(tuple("grad", "NaN", null), tuple("localGrad", "Infinity", 0),
					tuple("contribution", "NaN", 0));
	}

	@Test
	void givenNonFiniteInputsAreReported() {
		Evaluation evaluation = Autograd.evaluate("L = x + 1", values("x", Double.POSITIVE_INFINITY));

		assertThat(evaluation.warnings()).extracting(Evaluation.Warning::message)
			.containsExactly("The value is Infinity: the input was given as Infinity.",
					"The value is Infinity: its operand (node 0) is Infinity.");
	}

	@Test
	void operationsListsEveryRowOfTheTable() {
		assertThat(Autograd.operations()).hasSize(Operation.values().length);
		assertThat(Autograd.constants()).containsEntry("pi", Math.PI).containsEntry("e", Math.E);
		assertThat(Operation.MUL.derivatives()).containsExactly("b", "a");
		assertThat(Operation.TANH.derivatives()).hasSize(1);
		for (Operation operation : Operation.values()) {
			assertThat(operation.rules()).as(operation.name())
				.hasSize(operation.arity())
				.allMatch((rule) -> !rule.isBlank());
		}
	}

	@Test
	void givenValuesMustBeNamesWithNumbers() {
		Map<String, Double> withNull = new LinkedHashMap<>();
		withNull.put("x", null);
		for (Map<String, Double> bad : List.of(values("1x", 1), values("relu", 1), values("", 1), withNull)) {
			assertThatProgramException(() -> Autograd.evaluate("L = 1", bad))
				.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProgramException.Kind.BAD_VALUES));
		}
	}

	static Map<String, Double> values(Object... namesAndValues) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
		}
		return values;
	}

	static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	static org.assertj.core.api.ThrowableAssertAlternative<ProgramException> assertThatProgramException(
			org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		return org.assertj.core.api.Assertions.assertThatExceptionOfType(ProgramException.class).isThrownBy(call);
	}

}
