package io.aieducademy.autograd;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.aieducademy.autograd.AutogradTests.values;
import static io.aieducademy.support.Gradients.grad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine agrees with PyTorch at the edges: NaN, the infinities, signed zeros and the
 * limits of a double (groups A to H of issue 14), to the sign of a zero. The expected
 * numbers were computed with PyTorch 1.13 in float64 by
 * {@code src/test/python/torch_reference.py --parity}, which writes each case as the same
 * computation in PyTorch; run it to check them. The differential tests compare the engine
 * with PyTorch on thousands of random programs; these cases name each rule and need no
 * Python.
 */
class OperationParityTests {

	private static final double NAN = Double.NaN;

	private static final double INF = Double.POSITIVE_INFINITY;

	static Stream<Arguments> pyTorch() {
		return Stream.of(
				// group, program, x, z, then y, dy/dx, dy/dz as PyTorch gives them
				Arguments.of("A relu passes 0, not 0 × Infinity", "y = sqrt(relu(x)) + 0*z", -1, 0, 0, 0, 0),
				Arguments.of("A max passes 0 to the smaller operand", "y = sqrt(max(x, z))", -1, 0, 0, 0, INF),
				Arguments.of("A min passes 0 to the larger operand", "y = sqrt(min(x, z))", 1, 0, 0, 0, INF),
				Arguments.of("A pow with exponent 0 passes 0 to its base", "y = sqrt(x^z - 1)", 2, 0, 0, 0, INF),
				Arguments.of("B max with a NaN operand passes the gradient to both", "y = max(log(x), z)", -1, 1, NAN,
						-1, 1),
				Arguments.of("B min with a NaN operand passes the gradient to both", "y = min(z, log(x))", -1, 1, NAN,
						-1, 1),
				Arguments.of("C relu at NaN passes the gradient", "y = relu(log(x)) + 0*z", -1, 0, NAN, -1, 0),
				Arguments.of("D abs at NaN has sign 0", "y = abs(log(x)) + x + 0*z", -1, 0, NAN, 1, 0),
				Arguments.of("E 1^Infinity is 1", "y = 1^(x*1e999) + 0*z", 1, 0, 1, NAN, 0),
				Arguments.of("E 1^NaN is 1", "y = 1^log(x) + 0*z", -1, 0, 1, -0.0, 0),
				Arguments.of("E (-1)^-Infinity is 1", "y = (-1)^(x*1e999) + 0*z", -1, 0, 1, NAN, 0),
				Arguments.of("F d(x/z)/dz does not overflow", "y = x/z", 1e200, 1e200, 1, 1e-200, -1e-200),
				Arguments.of("G log passes grad / x", "y = 0*log(x) + 0*z", 5e-324, 0, 0.0, 0, 0),
				Arguments.of("H relu keeps -0", "y = 1/relu(x) + 0*z", -0.0, 0, -INF, 0, 0),
				Arguments.of("H max(-0, +0) is its first operand", "y = 1/max(x, z)", -0.0, 0, -INF, -INF, -INF),
				Arguments.of("H min(+0, -0) is its first operand", "y = 1/min(x, z)", 0, -0.0, INF, -INF, -INF));
	}

	@ParameterizedTest(name = "{0}: {1} at x = {2}, z = {3}")
	@MethodSource
	void pyTorch(String rule, String program, double x, double z, double y, double dx, double dz) {
		Evaluation evaluation = Autograd.evaluate(program, values("x", x, "z", z));

		assertThat(Double.valueOf(evaluation.output().value())).as("y").isEqualTo(Double.valueOf(y));
		assertThat(Double.valueOf(grad(evaluation, "x"))).as("dy/dx").isEqualTo(Double.valueOf(dx));
		assertThat(Double.valueOf(grad(evaluation, "z"))).as("dy/dz").isEqualTo(Double.valueOf(dz));
	}

}
