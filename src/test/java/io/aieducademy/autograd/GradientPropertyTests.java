package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On randomly generated programs (a seeded generator, so every run checks the same
 * programs), the gradients from backpropagation agree with central differences wherever
 * the function is smooth.
 * <p>
 * Tolerance: {@code |analytic - numeric| <= 1e-4 · max(1, |analytic|, |numeric|)}.
 * "Smooth" means every value is finite and below 1e4 in size, and no operation is within
 * 0.01 of a kink or a domain edge (relu and abs at 0, max and min at a tie, log, sqrt, a
 * division or a power's base at 0); programs that come closer are skipped.
 */
class GradientPropertyTests {

	private static final long SEED = 20240229L;

	private static final int PROGRAMS = 2000;

	private static final double TOLERANCE = 1e-4;

	private static final double MARGIN = 1e-2;

	private static final String[] UNARY = { "relu", "tanh", "sigmoid", "exp", "log", "sqrt", "abs", "sin", "cos" };

	@Test
	void analyticGradientsAgreeWithCentralDifferences() {
		Random random = new Random(SEED);
		int checked = 0;
		for (int i = 0; i < PROGRAMS; i++) {
			String program = program(random);
			Map<String, Double> values = new LinkedHashMap<>();
			for (String name : List.of("x", "y", "z")) {
				values.put(name, Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0);
			}
			Evaluation evaluation = Autograd.evaluate(program, values, Options.DEFAULT.withGradientCheck(true));
			if (!isSmooth(evaluation)) {
				continue;
			}
			for (Evaluation.Input input : evaluation.inputs()) {
				if (!values.containsKey(input.name())) {
					continue; // a temporary assigned a plain number: an input, but not
								// one we can nudge from here
				}
				double numeric = centralDifference(program, values, input.name());
				assertThat(Math.abs(input.grad() - numeric))
					.as("d/d%s of %s at %s: analytic %s, numeric %s", input.name(), program, values, input.grad(),
							numeric)
					.isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.max(Math.abs(input.grad()), Math.abs(numeric))));
				// the engine's own gradient check agrees too
				assertThat(input.check().numericGrad()).isCloseTo(numeric,
						org.assertj.core.api.Assertions.within(TOLERANCE * Math.max(1, Math.abs(numeric))));
			}
			checked++;
		}
		// the generator must produce mostly smooth programs, or this test would prove
		// little
		assertThat(checked).isGreaterThan(PROGRAMS / 2);
	}

	private static double centralDifference(String program, Map<String, Double> values, String name) {
		double x = values.get(name);
		double h = 1e-6 * Math.max(1, Math.abs(x));
		Map<String, Double> up = new LinkedHashMap<>(values);
		up.put(name, x + h);
		Map<String, Double> down = new LinkedHashMap<>(values);
		down.put(name, x - h);
		Options options = Options.DEFAULT.withGraph(false);
		return (Autograd.evaluate(program, up, options).output().value()
				- Autograd.evaluate(program, down, options).output().value()) / (2 * h);
	}

	private static boolean isSmooth(Evaluation evaluation) {
		for (Evaluation.Node node : evaluation.nodes()) {
			if (!Double.isFinite(node.value()) || Math.abs(node.value()) > 1e4 || !Double.isFinite(node.grad())
					|| Math.abs(node.grad()) > 1e4) {
				return false;
			}
			double a = node.inputs().isEmpty() ? 0 : evaluation.nodes().get(node.inputs().get(0)).value();
			double b = (node.inputs().size() < 2) ? 0 : evaluation.nodes().get(node.inputs().get(1)).value();
			boolean nearEdge = switch (node.op()) {
				case RELU, ABS -> Math.abs(a) < MARGIN;
				case MAX, MIN -> Math.abs(a - b) < MARGIN;
				case LOG, SQRT -> a < MARGIN;
				case DIV -> Math.abs(b) < MARGIN;
				case POW -> Math.abs(a) < MARGIN || (a < 0 && b != Math.rint(b));
				default -> false;
			};
			if (nearEdge) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A few statements that reuse earlier names, with compound assignments, ending with L
	 * = ...
	 */
	static String program(Random random) {
		List<String> names = new ArrayList<>(List.of("x", "y", "z"));
		StringBuilder program = new StringBuilder();
		int statements = random.nextInt(4);
		for (int i = 0; i < statements; i++) {
			String name = "t" + i;
			program.append(name).append(" = ").append(expression(random, 3, names)).append('\n');
			names.add(name);
			if (random.nextInt(3) == 0) {
				String operator = List.of("+=", "-=", "*=").get(random.nextInt(3));
				program.append(name)
					.append(' ')
					.append(operator)
					.append(' ')
					.append(expression(random, 2, names))
					.append('\n');
			}
		}
		program.append("L = ").append(expression(random, 4, names));
		return program.toString();
	}

	private static String expression(Random random, int depth, List<String> names) {
		if (depth == 0 || random.nextInt(5) == 0) {
			if (random.nextInt(4) == 0) {
				return String.format(Locale.ROOT, "%.2f", random.nextDouble() * 4 - 2);
			}
			return names.get(random.nextInt(names.size()));
		}
		String a = expression(random, depth - 1, names);
		return switch (random.nextInt(9)) {
			case 0 -> "(" + a + " + " + expression(random, depth - 1, names) + ")";
			case 1 -> "(" + a + " - " + expression(random, depth - 1, names) + ")";
			case 2 -> "(" + a + " * " + expression(random, depth - 1, names) + ")";
			case 3 -> "(" + a + " / " + expression(random, depth - 1, names) + ")";
			case 4 -> "(" + a + ")^"
					+ List.of("2", "3", "-1", "0.5", "(" + expression(random, 1, names) + ")").get(random.nextInt(5));
			case 5 -> "-" + a;
			case 6 -> (random.nextBoolean() ? "max(" : "min(") + a + ", " + expression(random, depth - 1, names) + ")";
			default -> UNARY[random.nextInt(UNARY.length)] + "(" + a + ")";
		};
	}

}
