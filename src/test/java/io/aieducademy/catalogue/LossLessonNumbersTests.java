package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Optimizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.aieducademy.support.Gradients.grad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * AI Sprouts lesson 7, Loss Functions and Optimisers: every number in its text that can
 * be computed is computed here, by the engine and the engine's optimisers where they can,
 * and looked for in the lesson; and its three figures hold what the text says of them.
 */
class LossLessonNumbersTests {

	private static final String FILE = "content/programs/ai-sprouts/lessons/loss-functions-and-optimisers.md";

	private final String text = read(FILE);

	@Test
	void regressionLosses() {
		assertThat(engine("L = ((2 - 3)^2 + (4 - 3)^2) / 2")).isEqualTo(1);
		assertThat(this.text).contains("predicts `[2, 4]` where the true values are `[3, 3]`",
				"The errors are −1 and +1, the squares are 1 and 1, and the mean is `(1 + 1) / 2 = 1`");
		assertThat(this.text).contains("an error of 10 costs " + n(engine("L = 10^2")) + ", an error of 1 costs 1");
		// the derivative of (p − t)² is 2(p − t)
		Evaluation squared = Autograd.evaluate("L = (p - t)^2", Map.of("p", 4.5, "t", 3.0));
		assertThat(grad(squared, "p")).isEqualTo(2 * (4.5 - 3));
		assertThat(this.text).contains("with respect to the prediction `p` is `2(p − t)`");

		assertThat(engine("L = (abs(2 - 3) + abs(4 - 3)) / 2")).isEqualTo(1);
		assertThat(this.text).contains("For `[2, 4]` against `[3, 3]` it is also 1");
		assertThat(this.text).contains(
				"| MAE | `(1 + 1 + 1 + 10) / 4` | " + n(engine("L = (1 + 1 + 1 + 10) / 4")) + " |",
				"| MSE | `(1 + 1 + 1 + 100) / 4` | " + n(engine("L = (1^2 + 1^2 + 1^2 + 10^2) / 4")) + " |",
				"supplies 100 of the " + (1 + 1 + 1 + 100) + " total");

		// Huber with δ = 1: 0.5 e² inside the threshold, δ(|e| − 0.5δ) beyond it
		String huber = "h = min(abs(e), 1)\nL = 0.5*h^2 + (abs(e) - h)";
		assertThat(engine(huber, Map.of("e", 1.0))).isEqualTo(0.5);
		assertThat(engine(huber, Map.of("e", 10.0))).isEqualTo(9.5);
		assertThat(engine(huber, Map.of("e", 0.5))).isEqualTo(0.5 * 0.5 * 0.5);
		assertThat(this.text).contains("an error of 1 costs `0.5 × 1² = 0.5`",
				"an error of 10 costs `1 × (10 − 0.5) = 9.5` instead of 100",
				"`(0.5 + 0.5 + 0.5 + 9.5) / 4 = " + n((0.5 * 3 + 9.5) / 4) + "`");
	}

	@Test
	void crossEntropy() {
		for (double p : new double[] { 0.9, 0.5, 0.1, 0.01 }) {
			assertThat(this.text).contains("| " + n(p) + " | `−log(" + n(p) + ") ≈ "
					+ decimals(engine("L = -log(p)", Map.of("p", p)), 3) + "` |");
		}
		// sigmoid and binary cross-entropy: the gradient for the score is p − y
		for (double y : new double[] { 0, 1 }) {
			Evaluation bce = Autograd.evaluate("p = sigmoid(z)\nL = -(y*log(p) + (1 - y)*log(1 - p))",
					Map.of("z", 0.7, "y", y));
			assertThat(grad(bce, "z")).isCloseTo(1 / (1 + Math.exp(-0.7)) - y, within(1e-12));
		}
		assertThat(this.text).contains("the score entering the sigmoid is simply `p − y`");

		String exponentials = "`e² : e¹ : e⁰ ≈ " + decimals(engine("L = exp(2)"), 3) + " : "
				+ decimals(engine("L = exp(1)"), 3) + " : 1`";
		String total = "Dividing by the total, " + decimals(engine("L = exp(2) + exp(1) + exp(0)"), 3);
		String softmax = "exp(2) + exp(1) + exp(0)";
		double cat = engine("L = exp(2) / (" + softmax + ")");
		double dog = engine("L = exp(1) / (" + softmax + ")");
		double bird = engine("L = exp(0) / (" + softmax + ")");
		assertThat(this.text).contains(exponentials, total,
				"`[" + decimals(cat, 3) + ", " + decimals(dog, 3) + ", " + decimals(bird, 3) + "]`",
				"`−log(" + decimals(cat, 3) + ") ≈ " + decimals(engine("L = -log(exp(2) / (" + softmax + "))"), 3)
						+ "`",
				"`−log(" + decimals(bird, 3) + ") ≈ " + decimals(engine("L = -log(exp(0) / (" + softmax + "))"), 2)
						+ "`");
	}

	@Test
	void optimisers() {
		// momentum: a constant gradient builds the velocity up to 1 / (1 − β) times its
		// size
		Optimizer momentum = new Optimizer(Optimizer.Settings.of(Optimizer.Kind.MOMENTUM, 0.1));
		double[] w = { 0 };
		for (int step = 1; step <= 500; step++) {
			momentum.update(w, new double[] { 1 }, step);
		}
		assertThat(momentum.firstMoment()[0]).isCloseTo(10, within(1e-9));
		assertThat(momentum.settings().momentum()).isEqualTo(0.9);
		assertThat(this.text).contains("With β (beta) at a typical 0.9, each step keeps 90% of the previous velocity;"
				+ " a constant gradient would build the velocity up to ten times its size");

		// Adam's first step from w = 2 with the Backpropagation lesson's gradient
		Evaluation worked = Autograd.evaluate("L = (w*x - y)^2", Map.of("w", 2.0, "x", 3.0, "y", 10.0));
		double gradient = grad(worked, "w");
		assertThat(gradient).isEqualTo(-24);
		Optimizer.Settings defaults = Optimizer.Settings.of(Optimizer.Kind.ADAM, 0.001);
		assertThat(defaults.beta1()).isEqualTo(0.9);
		assertThat(defaults.beta2()).isEqualTo(0.999);
		assertThat(defaults.epsilon()).isEqualTo(1e-8);
		assertThat(this.text).contains("a learning rate of 0.001, β1 = 0.9, β2 = 0.999 and ε = 1e-8",
				"Feed Adam the gradient from the Backpropagation lesson, " + n(gradient)
						+ ", for its first step from `w = 2`");
		Optimizer adam = new Optimizer(defaults);
		double[] weight = { 2 };
		adam.update(weight, new double[] { gradient }, 1);
		double m = adam.firstMoment()[0];
		double v = adam.secondMoment()[0];
		assertThat(m).isCloseTo(-2.4, within(1e-12));
		assertThat(v).isCloseTo(0.576, within(1e-12));
		assertThat(this.text).contains(
				"`m = 0.1 × (−24) = " + n(m) + "`, corrected to `m̂ = −2.4 / 0.1 = " + n(m / 0.1),
				"`v = 0.001 × 576 = " + n(v) + "`, corrected to `v̂ = 0.576 / 0.001 = " + n(v / 0.001) + "`, so `√v̂ = "
						+ n(Math.sqrt(v / 0.001)) + "`",
				"step `= 0.001 × (−24) / 24 = −0.001`, so `w` becomes `2 − (−0.001) = " + n(weight[0]) + "`");
		assertThat(weight[0]).isCloseTo(2.001, within(1e-9));
	}

	@Test
	void cosineDecay() {
		String cosine = "L = 0 + 0.5*(0.001 - 0)*(1 + cos(pi*t/T))";
		double halfway = engine(cosine.replace("pi", String.valueOf(Math.PI)), Map.of("t", 50.0, "T", 100.0));
		double threeQuarters = engine(cosine.replace("pi", String.valueOf(Math.PI)), Map.of("t", 75.0, "T", 100.0));
		assertThat(this.text).contains("Decaying from 0.001 to 0, the rate is " + n(halfway)
				+ " halfway through and about " + decimals(threeQuarters, 6) + " three-quarters of the way");
	}

	@Test
	void theLossCurveIsTheWorkedExamplesWithItsValleyWhereThePredictionMeetsTheTarget() {
		LossCurve curve = LossCurve.compute();
		assertThat(this.text)
			.contains("`L = (w × x − y)²` with `x = " + n(LossCurve.X) + "` and `y = " + n(LossCurve.Y) + "`");
		double best = LossCurve.Y / LossCurve.X;
		assertThat(engine(LossCurve.PROGRAM, Map.of("w", best, "x", LossCurve.X, "y", LossCurve.Y))).isCloseTo(0,
				within(1e-20));
		assertThat(this.text).contains("Its lowest point is at `w = 10 / 3 ≈ " + decimals(best, 2)
				+ "`, where the prediction `w × x` hits" + " the target exactly and the loss is 0");
		double[] start = curve.startPoint();
		assertThat(start).containsExactly(2, 16, -24);
		assertThat(this.text).contains("At `w = " + n(start[0]) + "` the loss is " + n(start[1]) + " and the slope is "
				+ n(start[2]) + ": negative, so a small step to the right goes downhill");
		// one valley: the slope is negative before it and positive after it, and the
		// lowest point of the drawn curve is the grid's nearest weight to 10 / 3
		List<double[]> points = curve.points();
		assertThat(points).hasSize(76);
		double[] lowest = points.stream().min((a, b) -> Double.compare(a[1], b[1])).orElseThrow();
		assertThat(lowest[0]).isEqualTo(3.3);
		points.forEach((point) -> assertThat(Math.signum(point[2])).as("slope at " + point[0])
			.isEqualTo((point[0] < best) ? -1.0 : 1.0));
		assertThat(curve.rows()).extracting(LossCurve.Row::weight)
			.containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
		assertThat(curve.json()).startsWith("{\"plot\":{\"xMin\":-0.5,\"xMax\":7,").contains("[2,16,-24]");
	}

	@Test
	void squaredErrorStaysUnderOneWhileCrossEntropyPunishesConfidentMistakes() {
		LossComparison comparison = LossComparison.compute();
		double[] hundredth = comparison.points().get(0);
		double[] tenth = comparison.points().get(9);
		assertThat(hundredth[0]).isEqualTo(0.01);
		assertThat(tenth[0]).isEqualTo(0.1);
		assertThat(this.text).contains("Squared error charges `(1 − p)²`, which can never be more than 1",
				"`(1 − 0.01)² ≈ " + decimals(hundredth[1], 2) + "` at `p = 0.01`, hardly more than the " + n(tenth[1])
						+ " it charges at 0.1",
				"Cross-entropy charges " + decimals(hundredth[3], 3) + " and " + decimals(tenth[3], 3),
				"at `p = 0.01` the slope of squared error is " + n(hundredth[2]),
				"the slope of cross-entropy, `−1 / p`, is " + n(hundredth[4]));
		assertThat(hundredth[4]).isCloseTo(-1 / 0.01, within(1e-9));
		for (double[] point : comparison.points()) {
			assertThat(point[1]).as("squared error at p = " + point[0]).isLessThan(1);
			assertThat(point[3]).as("cross-entropy at p = " + point[0]).isCloseTo(-Math.log(point[0]), within(1e-12));
		}
		assertThat(comparison.rows()).extracting(LossComparison.Row::probability)
			.containsExactly("0.01", "0.1", "0.5", "0.9", "0.99");
	}

	@Test
	void theOptimisersPathsAreWhatTheLessonSaysOfThem() {
		OptimiserPaths figure = OptimiserPaths.compute();
		assertThat(this.text).contains("the long, narrow valley `L = a²/40 + b²`");
		assertThat(OptimiserPaths.PROGRAM).isEqualTo("L = a^2/40 + b^2");
		// how sharply it curves: the change of the gradient per unit, across over along
		double across = grad(Autograd.evaluate(OptimiserPaths.PROGRAM, Map.of("a", 0.0, "b", 1.0)), "b");
		double along = grad(Autograd.evaluate(OptimiserPaths.PROGRAM, Map.of("a", 1.0, "b", 0.0)), "a");
		assertThat(this.text).contains("which curves " + n(across / along) + " times as sharply across the valley");
		assertThat(this.text).contains("All three start from `a = " + n(OptimiserPaths.START_A) + "`, `b = "
				+ n(OptimiserPaths.START_B) + "`");
		int rate = OptimiserPaths.RATES.indexOf(0.3);
		List<String> losses = figure.rows().get(rate).losses();
		assertThat(this.text).contains("At a learning rate of 0.3, after " + OptimiserPaths.STEPS
				+ " steps, plain gradient descent has reached a loss of " + losses.get(0)
				+ " and is still creeping along the valley floor, momentum is down to " + losses.get(1)
				+ " and Adam to " + losses.get(2));
		List<double[]> sgd = figure.paths().get(rate).get(0);
		assertThat(sgd.get(OptimiserPaths.STEPS)[0]).as("still on the valley floor, far from a = 0").isLessThan(-3);

		int fast = OptimiserPaths.RATES.indexOf(1.05);
		List<double[]> diverging = figure.paths().get(fast).get(0);
		for (int step = 1; step < diverging.size(); step++) {
			assertThat(Math.abs(diverging.get(step)[1])).as("|b| at step " + step)
				.isGreaterThan(Math.abs(diverging.get(step - 1)[1]));
		}
		assertThat(Math.abs(diverging.get(OptimiserPaths.STEPS)[1])).as("off the chart")
			.isGreaterThan(figure.plot().yMax());
		assertThat(this.text).contains("Raise the rate to 1.05 and plain gradient descent overshoots",
				"any rate above 1 makes it diverge");
		// across the valley b ← b − η·2b: it shrinks for η ≤ 1 and grows beyond
		for (double eta : new double[] { 0.9, 1.0, 1.001 }) {
			Optimizer descent = new Optimizer(Optimizer.Settings.of(Optimizer.Kind.SGD, eta));
			double[] point = { 0, 1 };
			double[] gradient = { 0, grad(Autograd.evaluate(OptimiserPaths.PROGRAM, Map.of("a", 0.0, "b", 1.0)), "b") };
			descent.update(point, gradient, 1);
			assertThat(Math.abs(point[1]) > 1).as("diverges at " + eta).isEqualTo(eta > 1);
		}
		assertThat(figure.paths().get(fast).get(1).get(OptimiserPaths.STEPS)[2]).isLessThan(0.1);
		assertThat(figure.paths().get(fast).get(2).get(OptimiserPaths.STEPS)[2]).isLessThan(0.1);
		assertThat(this.text).contains("Momentum and Adam, at the same rate, still settle near the bottom");

		assertThat(this.text).contains("where the loss is "
				+ String.join(", ",
						OptimiserPaths.LEVELS.subList(0, 5).stream().map(InteractiveFallback::number).toList())
				+ " and " + n(OptimiserPaths.LEVELS.get(5)));
		assertThat(figure.contours()).hasSize(OptimiserPaths.LEVELS.size());
		assertThat(figure.json()).contains("\"rates\":[0.03,0.1,0.3,0.9,1.05]",
				"\"optimisers\":[\"sgd\",\"momentum\",\"adam\"]", "[-8,2.5,");
	}

	@Test
	void aLossFigureTakesOnlyACaptionAndAnUnknownOneStopsTheCatalogue() {
		LessonParser parser = new LessonParser((src) -> true, (file) -> {
			throw new AssertionError("no data file: " + file);
		});
		String head = "---\ntitle: T\ndescription: D\norder: 1\ndifficulty: beginner\nduration: 5\nicon: \"x\"\n---\n\n";
		Lesson lesson = parser.parse("lesson.md", head + "::: interactive optimiser-paths\ncaption: \"Paths\"\n:::\n",
				"program", new LessonEntry("lesson", "T", 1, null));
		assertThat(lesson.blocks()).singleElement()
			.isInstanceOfSatisfying(LessonBlock.LossDemo.class,
					(demo) -> assertThat(demo.figure()).isInstanceOf(OptimiserPaths.class));
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> parser.parse("lesson.md",
				head + "::: interactive loss-curve\nprogram: \"L = w^2\"\ncaption: \"c\"\n:::\n", "program",
				new LessonEntry("lesson", "T", 1, null)))
			.withMessageContaining("give it only a 'caption'");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> LossFigure.of("loss-surface", "lesson.md", 3))
			.withMessageContaining("unknown loss figure 'loss-surface'");
	}

	private static double engine(String program) {
		return engine(program, Map.of());
	}

	private static double engine(String program, Map<String, Double> values) {
		return Autograd.evaluate(program, values).output().value();
	}

	private static String n(double value) {
		return InteractiveFallback.number(value);
	}

	/**
	 * A number with a fixed count of decimals and a true minus sign, as the text writes
	 * it.
	 */
	private static String decimals(double value, int places) {
		return String.format(Locale.ROOT, "%." + places + "f", value).replace('-', '−');
	}

	private static String read(String resource) {
		try (InputStream in = LossLessonNumbersTests.class.getResourceAsStream("/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
