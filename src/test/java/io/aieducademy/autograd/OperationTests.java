package io.aieducademy.autograd;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.aieducademy.autograd.AutogradTests.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One hand-derived case per operator and function (with x = 2 and y = 3 unless said
 * otherwise), and the PyTorch conventions at points where a function is not
 * differentiable.
 */
class OperationTests {

	static Stream<Arguments> handDerived() {
		double sigmoid2 = 1 / (1 + Math.exp(-2));
		return Stream.of(
				// program, x, y, operation under test, expected output, dOut/dx, dOut/dy
				Arguments.of("x + y", 2, 3, Operation.ADD, 5, 1, 1),
				Arguments.of("x - y", 2, 3, Operation.SUB, -1, 1, -1),
				Arguments.of("x * y", 2, 3, Operation.MUL, 6, 3, 2),
				Arguments.of("x / y", 2, 3, Operation.DIV, 2.0 / 3, 1.0 / 3, -2.0 / 9),
				Arguments.of("x ^ y", 2, 3, Operation.POW, 8, 12, 8 * Math.log(2)),
				Arguments.of("x ** y", 2, 3, Operation.POW, 8, 12, 8 * Math.log(2)),
				Arguments.of("-x + 0*y", 2, 3, Operation.NEG, -2, -1, 0),
				Arguments.of("relu(x - y)", 2, 3, Operation.RELU, 0, 0, 0),
				Arguments.of("relu(y - x)", 2, 3, Operation.RELU, 1, -1, 1),
				Arguments.of("tanh(x) + 0*y", 2, 3, Operation.TANH, Math.tanh(2), 1 - Math.pow(Math.tanh(2), 2), 0),
				Arguments.of("sigmoid(x) + 0*y", 2, 3, Operation.SIGMOID, sigmoid2, sigmoid2 * (1 - sigmoid2), 0),
				Arguments.of("exp(x) + 0*y", 2, 3, Operation.EXP, Math.exp(2), Math.exp(2), 0),
				Arguments.of("log(x) + 0*y", 2, 3, Operation.LOG, Math.log(2), 0.5, 0),
				Arguments.of("sqrt(x) + 0*y", 2, 3, Operation.SQRT, Math.sqrt(2), 0.5 / Math.sqrt(2), 0),
				Arguments.of("abs(x - y)", 2, 3, Operation.ABS, 1, -1, 1),
				Arguments.of("sin(x) + 0*y", 2, 3, Operation.SIN, Math.sin(2), Math.cos(2), 0),
				Arguments.of("cos(x) + 0*y", 2, 3, Operation.COS, Math.cos(2), -Math.sin(2), 0),
				Arguments.of("max(x, y)", 2, 3, Operation.MAX, 3, 0, 1),
				Arguments.of("min(x, y)", 2, 3, Operation.MIN, 2, 1, 0),
				// PyTorch conventions at non-differentiable points
				Arguments.of("relu(x - y)", 3, 3, Operation.RELU, 0, 0, 0),
				Arguments.of("abs(x - y)", 3, 3, Operation.ABS, 0, 0, 0),
				Arguments.of("max(x, y)", 3, 3, Operation.MAX, 3, 0.5, 0.5),
				Arguments.of("min(x, y)", 3, 3, Operation.MIN, 3, 0.5, 0.5),
				Arguments.of("max(x, x) + 0*y", 3, 1, Operation.MAX, 3, 1, 0),
				Arguments.of("x ^ y", 0, 0, Operation.POW, 1, 0, 0),
				Arguments.of("x ^ y", 0, 2, Operation.POW, 0, 0, 0),
				Arguments.of("sqrt(x) + 0*y", 0, 1, Operation.SQRT, 0, Double.POSITIVE_INFINITY, 0),
				// a negative base with an integer exponent is ordinary; the constant
				// exponent is not differentiated
				Arguments.of("(x - y)^2", 2, 6, Operation.POW, 16, -8, 8),
				Arguments.of("(x - y)^3", 2, 6, Operation.POW, -64, 48, -48),
				Arguments.of("x^-1 + 0*y", 2, 3, Operation.POW, 0.5, -0.25, 0),
				Arguments.of("x**-0.5 + 0*y", 4, 3, Operation.POW, 0.5, -0.0625, 0),
				// an exponent that depends on an input is differentiated: d/dy 2^y = 2^y
				// ln 2
				Arguments.of("2 ^ y + 0*x", 1, 3, Operation.POW, 8, 0, 8 * Math.log(2)),
				// a negative base with an exponent that depends on an input: d/dy is NaN,
				// as in PyTorch
				Arguments.of("(x - 3) ^ y", 1, 2, Operation.POW, 4, -4, Double.NaN));
	}

	@ParameterizedTest(name = "{0} at x={1}, y={2}")
	@MethodSource
	void handDerived(String program, double x, double y, Operation operation, double output, double dx, double dy) {
		Evaluation evaluation = Autograd.evaluate(program, values("x", x, "y", y));

		assertThat(evaluation.nodes()).extracting(Evaluation.Node::op).contains(operation);
		assertThat(evaluation.output().value()).isCloseTo(output, within(1e-12));
		assertClose(evaluation.inputs().get(indexOf(evaluation, "x")).grad(), dx);
		assertClose(evaluation.inputs().get(indexOf(evaluation, "y")).grad(), dy);
	}

	/**
	 * Reads the list of cases, not what earlier tests ran, so it holds when run alone.
	 */
	@Test
	void everyOperationHasACase() {
		Set<Operation> covered = EnumSet.of(Operation.INPUT, Operation.CONST);
		handDerived().forEach((arguments) -> covered.add((Operation) arguments.get()[3]));
		assertThat(covered).containsExactlyInAnyOrder(Operation.values());
	}

	private static int indexOf(Evaluation evaluation, String name) {
		for (int i = 0; i < evaluation.inputs().size(); i++) {
			if (evaluation.inputs().get(i).name().equals(name)) {
				return i;
			}
		}
		throw new AssertionError(name + " is not an input");
	}

	private static void assertClose(double actual, double expected) {
		if (Double.isNaN(expected)) {
			assertThat(actual).isNaN();
		}
		else if (Double.isInfinite(expected)) {
			assertThat(actual).isEqualTo(expected);
		}
		else {
			assertThat(actual).isCloseTo(expected, within(1e-12));
		}
	}

}
