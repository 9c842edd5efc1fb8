package io.aieducademy.catalogue;

import io.aieducademy.fitting.CurveData;
import io.aieducademy.fitting.CurveFits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every number that AI Sprouts lesson 12 (Overfitting and Underfitting) gives about its
 * polynomial fits is computed here with the code behind {@code POST /api/polynomial-fit}
 * and looked for in the lesson, so a change to the data, the fit or one side only fails
 * the build. Also the interactive's static figure, computed at start-up, which settings
 * out of range stop.
 */
class OverfittingLessonTests {

	private static final String SLUG = "overfitting-and-underfitting";

	private final Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(),
			"classpath:content/")
		.load();

	@Test
	void everyNumberOfTheLessonIsTheFitsOwn() throws IOException {
		String text = read();
		CurveFits.FitAnswer ten = CurveFits.of(9, 10, 0);
		List<CurveFits.DegreeErrors> errors = ten.byDegree();
		assertThat(text).contains("We take 10 **training points**, evenly spaced along `x`",
				"the noise has a standard deviation of " + plain(CurveData.NOISE),
				"We also make " + CurveData.TEST_POINTS + " **test points**");
		assertThat(text).contains("Its training error is " + error(errors.get(0).trainingError())
				+ " and its test error " + error(errors.get(0).testError()));
		assertThat(text).contains("with a training error of " + error(errors.get(1).trainingError())
				+ " and a test error of " + error(errors.get(1).testError()));
		assertThat(text).contains("The training error drops to " + error(errors.get(3).trainingError())
				+ " and the test error to " + error(errors.get(3).testError()));
		assertThat(text).contains("A test error of " + error(errors.get(3).testError()) + " is close to that floor");

		double truth = CurveData.test()
			.stream()
			.mapToDouble((p) -> Math.pow(p.y() - CurveData.truth(p.x()), 2))
			.average()
			.orElseThrow();
		assertThat(text).contains("`sin(2πx)` has an error of " + error(truth));
		assertThat(text).contains("its square, " + plain(CurveData.NOISE * CurveData.NOISE) + ", is the average");

		assertThat(text).contains("A polynomial of degree 9 has " + ten.coefficients().size()
				+ " coefficients, exactly as many as there are training points");
		assertThat(text)
			.contains("The training error is " + error(ten.trainingError()) + ": perfect. The test error is "
					+ error(ten.testError()) + ", more than six times worse than the flat line of degree 0.");
		double ratio = ten.testError() / errors.get(0).testError();
		assertThat(ratio).isGreaterThan(6).isLessThan(7);
		double lowest = ten.curve().stream().mapToDouble(CurveData.DataPoint::y).min().orElseThrow();
		double highest = ten.curve().stream().mapToDouble(CurveData.DataPoint::y).max().orElseThrow();
		assertThat(lowest).isLessThan(-3).isGreaterThan(-4);
		assertThat(highest).isGreaterThan(5).isLessThan(6);
		assertThat(ten.curve().stream().filter((p) -> p.y() == lowest).findFirst().orElseThrow().x()).isLessThan(0.1);
		assertThat(ten.curve().stream().filter((p) -> p.y() == highest).findFirst().orElseThrow().x())
			.isGreaterThan(0.9);
		assertThat(text).contains("diving below −3 near the start and shooting up above 5 near the end");
		assertThat(largest(ten)).isBetween(1.35e6, 1.45e6);
		assertThat(text).contains("the largest is about 1.4 million");
		assertThat(text).contains("coefficients reach about 1.4 million");
		assertThat(text).contains("against " + error(ten.testError()) + " with 10 points",
				"training error of " + error(ten.trainingError()) + " and test error of " + error(ten.testError()));

		CurveFits.FitAnswer forty = CurveFits.of(9, 40, 0);
		assertThat(text).contains("The training error is " + error(forty.trainingError()) + " and the test error "
				+ error(forty.testError()) + ": degree 9 is now");
		assertThat(text).contains("degree 9 with 40 points has a test error of " + error(forty.testError()));

		CurveFits.FitAnswer penalised = CurveFits.of(9, 10, 0.0001);
		assertThat(Math.round(largest(penalised))).isEqualTo(13);
		assertThat(text).contains("a penalty of only 0.0001 brings the largest coefficient down to about 13 and the"
				+ " errors to " + error(penalised.trainingError()) + " for training and " + error(penalised.testError())
				+ " for testing");
		CurveFits.FitAnswer strong = CurveFits.of(9, 10, 1);
		assertThat(text).contains("With a penalty of 1, degree 9 gives a training error of "
				+ error(strong.trainingError()) + " and a test error of " + error(strong.testError()));
		assertThat(strong.trainingError()).isGreaterThan(errors.get(3).trainingError());

		// "The training error keeps falling" and "the test error falls at first, then
		// rises"
		int best = 0;
		for (int d = 1; d < errors.size(); d++) {
			assertThat(errors.get(d).trainingError()).isLessThanOrEqualTo(errors.get(d - 1).trainingError());
			if (errors.get(d).testError() < errors.get(best).testError()) {
				best = d;
			}
		}
		assertThat(best).isBetween(3, 6);
		assertThat(errors.get(9).testError()).isGreaterThan(errors.get(best).testError());
		assertThat(text).contains("::: interactive polynomial-fit\ndegree: 3\npoints: 10\n");
	}

	@Test
	void theLessonHasBetween1200And2500WordsOfProse() throws IOException {
		assertThat(LessonProse.words(read())).as("words of prose").isBetween(LessonProse.FEWEST, LessonProse.MOST);
	}

	@Test
	void theFigureIsTheFitOfTheBlocksSettings() {
		Lesson lesson = this.catalogue.lessons().get(SLUG);
		LessonBlock.CurveFit block = lesson.blocks()
			.stream()
			.filter(LessonBlock.CurveFit.class::isInstance)
			.map(LessonBlock.CurveFit.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(block.degree()).isEqualTo(3);
		assertThat(block.points()).isEqualTo(10);
		CurveFitFallback fallback = CurveFitFallback.of(block, "x.md");
		CurveFits.FitAnswer answer = CurveFits.of(3, 10, 0);
		assertThat(fallback.trainingError()).isEqualTo(error(answer.trainingError())).isEqualTo("0.080");
		assertThat(fallback.testError()).isEqualTo(error(answer.testError())).isEqualTo("0.131");
		assertThat(fallback.rows()).hasSize(10);
		assertThat(fallback.rows()).filteredOn(CurveFitFallback.Row::chosen)
			.singleElement()
			.extracting(CurveFitFallback.Row::degree)
			.isEqualTo(3);
		assertThat(fallback.rows().get(9).trainingError()).isEqualTo("0.000");
		assertThat(fallback.rows().get(9).testError()).isEqualTo("4.827");
		assertThat(fallback.training()).hasSize(10);
		assertThat(fallback.test()).hasSize(CurveData.TEST_POINTS);
		// x = 0 at the plot's left edge, y = 0 half way down it
		assertThat(fallback.curve().split(" ")).hasSize(CurveFits.CURVE_STEPS + 1);
		assertThat(fallback.truth()).startsWith(CurveFitFallback.LEFT + ".0,"
				+ String.format(Locale.ROOT, "%.1f", CurveFitFallback.TOP + CurveFitFallback.HEIGHT / 2.0));
		assertThat(fallback.frame()).isEqualTo("{\"left\":40,\"top\":8,\"width\":352,\"height\":200,\"yMax\":2}");
	}

	@Test
	void settingsTheApiRefusesStopStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CurveFitFallback.of(new LessonBlock.CurveFit("polynomial-fit", 12, 10, "c"), "x.md"))
			.withMessageContaining("x.md")
			.withMessageContaining("degree 12");
		assertThatIllegalStateException()
			.isThrownBy(() -> CurveFitFallback.of(new LessonBlock.CurveFit("polynomial-fit", 3, 5, "c"), "x.md"))
			.withMessageContaining("points from 10 to 40");
	}

	@Test
	void theBlockTakesADegreeAndPointsAndNothingElse() {
		LessonParser parser = new LessonParser((src) -> true, (path) -> "");
		LessonEntry entry = new LessonEntry("x", "X", 1, null);
		String head = "---\ntitle: X\ndescription: D\norder: 1\ndifficulty: beginner\nduration: 5\nicon: \"x\"\n---\n";
		assertThat(parser
			.parse("x.md", head + "::: interactive polynomial-fit\ndegree: 9\npoints: 20\ncaption: C\n:::\n", "p",
					entry)
			.blocks()).singleElement().isEqualTo(new LessonBlock.CurveFit("polynomial-fit", 9, 20, "C"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> parser.parse("x.md",
					head + "::: interactive polynomial-fit\npoints: 20\ncaption: C\n:::\n", "p", entry))
			.withMessageContaining("needs a 'degree'");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> parser.parse("x.md",
					head + "::: interactive polynomial-fit\ndegree: 3\npoints: 20\nprogram: L = w\ncaption: C\n:::\n",
					"p", entry))
			.withMessageContaining("not a program");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> parser.parse("x.md",
					head + "::: interactive worked-example\nprogram: L = w\ndegree: 3\ncaption: C\n:::\n", "p", entry))
			.withMessageContaining("only the interactive polynomial-fit");
	}

	private static double largest(CurveFits.FitAnswer answer) {
		return answer.coefficients().stream().mapToDouble(Math::abs).max().orElseThrow();
	}

	private static String error(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String plain(double value) {
		return java.math.BigDecimal.valueOf(value)
			.round(new java.math.MathContext(6))
			.stripTrailingZeros()
			.toPlainString();
	}

	private static String read() throws IOException {
		try (InputStream in = new ClassPathResource("content/programs/ai-sprouts/lessons/" + SLUG + ".md")
			.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
