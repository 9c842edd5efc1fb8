package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Every number of AI Sprouts lesson 15 (Decision Trees) that can be computed is computed
 * here, from the shipped seedlings with the site's own tree and again from the definition
 * of the Gini impurity, and looked for in the lesson, so a mistyped number, an edit to
 * the data or a change to the tree fails the build.
 */
class DecisionTreeLessonTests {

	private static final String LESSON = "content/programs/ai-sprouts/lessons/decision-trees.md";

	private final LabelledPoints seedlings = LabelledPoints.parse(read("content/data/seedlings.csv"),
			"data/seedlings.csv");

	private final DecisionTree.Growth growth = DecisionTree.grow(this.seedlings);

	private final String text = read(LESSON);

	@Test
	void theSeedlings() {
		List<LabelledPoints.Point> points = this.seedlings.points();
		assertThat(this.seedlings.xName()).isEqualTo("sunlight");
		assertThat(this.seedlings.yName()).isEqualTo("water");
		assertThat(this.seedlings.labels()).containsExactly("wilted", "thrived");
		assertThat(this.growth.root().counts()).containsExactly(12, 9);
		assertThat(this.text).contains("Our data are " + points.size() + " made-up seedlings",
				"Of the 21, 9 thrive and 12 wilt.");
		assertThat(points).contains(new LabelledPoints.Point(7, 6, "wilted"));
		assertThat(this.text).contains("the one with 7 hours of sun and 6 cups of water wilted anyway");
		// the seedling that breaks the pattern is the only one the first three splits get
		// wrong
		List<LabelledPoints.Point> wrong = points.stream()
			.filter((point) -> !point.label().equals(this.growth.predict(point.x(), point.y(), 3)))
			.toList();
		assertThat(wrong).containsExactly(new LabelledPoints.Point(7, 6, "wilted"));
		assertThat(this.text)
			.contains("it labels " + (points.size() - wrong.size()) + " of the 21 seedlings correctly");
		double[] sunlight = points.stream().mapToDouble(LabelledPoints.Point::x).sorted().distinct().toArray();
		assertThat(sunlight).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(this.text)
			.contains("Sunlight takes the values 1 to 9, so the candidates are 1.5, 2.5, 3.5 " + "and so on up to 8.5");
	}

	@Test
	void theTreeTheLessonReadsOutIsTheFirstThreeSplits() {
		assertSplit(1, 0, 3.5);
		assertSplit(2, 1, 7.5);
		assertSplit(3, 1, 2);
		assertThat(this.growth.splits().get(1).node().path()).isEqualTo("R");
		assertThat(this.growth.splits().get(2).node().path()).isEqualTo("RL");
		assertThat(this.text).contains("1. Is the sunlight under 3.5 hours? If yes, the seedling **wilts**.",
				"2. Otherwise, is the water 7.5 cups or more? If yes, it **wilts**.",
				"3. Otherwise, is the water under 2 cups? If yes, it **wilts**; if not, it **thrives**.");
		List<DecisionTree.Node> leaves = this.growth.splits().get(2).leaves();
		assertThat(leaves).extracting(DecisionTree.Node::path).containsExactly("L", "RLL", "RLR", "RR");
		assertThat(leaves).extracting(DecisionTree.Node::majority).containsExactly(0, 0, 1, 0);
		assertThat(this.growth.predict(6, 5, 3)).isEqualTo("thrived");
		assertThat(this.text).contains("say 6 hours of sun and 5 cups of water",
				"not in the shade, not over-watered, not too dry, so it **thrives**");
		assertThat(this.text).contains("threshold becomes " + (int) (3.5 * 60) + " instead of 3.5");
	}

	@Test
	void theGiniImpurities() {
		assertThat(gini(5, 5)).isEqualTo(0.5);
		assertThat(this.text).contains(
				"5 thriving and 5 wilting, has p = 0.5, so its impurity is `1 − 0.25 − 0.25 = 0.5`",
				"1 − 0.5² − 0.5² = 1 − 0.25 − 0.25 = 0.5");
		assertThat(gini(9, 12)).isCloseTo(216.0 / 441, offset(1e-12));
		assertThat(this.growth.root().gini()).isCloseTo(gini(9, 12), offset(1e-12));
		assertThat(this.text).contains("`1 − (9/21)² − (12/21)² = 216/441 ≈ " + decimals(gini(9, 12), 3) + "`");

		DecisionTree.Split first = this.growth.splits().get(0);
		assertThat(first.below().counts()).containsExactly(6, 0);
		assertThat(first.above().counts()).containsExactly(6, 9);
		assertThat(gini(9, 6)).isCloseTo(1 - 0.36 - 0.16, offset(1e-12));
		assertThat(this.text).contains("The 6 seedlings in the shade all wilt",
				"The other 15 hold 9 that thrive and 6 that wilt",
				"`1 − 0.6² − 0.4² = 1 − 0.36 − 0.16 = " + decimals(gini(9, 6), 2) + "`");
		assertThat(first.weightedGini()).isCloseTo(15.0 / 21 * gini(9, 6), offset(1e-12));
		assertThat(this.text).contains("`6/21 × 0 + 15/21 × 0.48 ≈ " + decimals(first.weightedGini(), 3) + "`",
				"down from " + decimals(gini(9, 12), 3) + " before it");
		assertThat(first.candidates()).hasSize(2);
		DecisionTree.Candidate water = first.candidates().get(1);
		assertThat(water.axis()).isOne();
		assertThat(water.threshold()).isEqualTo(7.5);
		assertThat(this.text).contains("the best question about water is \"7.5 cups or more?\", which leaves a "
				+ "weighted impurity of " + decimals(water.weightedGini(), 3));
		assertThat(this.text).contains("The best question about sunlight leaves " + decimals(first.weightedGini(), 3),
				"the best sunlight question leaves a weighted impurity of " + decimals(first.weightedGini(), 3)
						+ " and the best water question leaves " + decimals(water.weightedGini(), 3),
				"The sunlight cut at 3.5 leaves " + decimals(first.weightedGini(), 3)
						+ " and the best water cut leaves " + decimals(water.weightedGini(), 3));

		DecisionTree.Split second = this.growth.splits().get(1);
		assertThat(second.node().counts()).containsExactly(6, 9);
		assertThat(second.below().counts()).containsExactly(3, 9);
		assertThat(second.above().counts()).containsExactly(3, 0);
		assertThat(this.text).contains("The sunny side, 15 seedlings with an impurity of 0.48",
				"The 3 over-watered seedlings all wilt, and the 12 below hold 9 thriving and 3 wilting",
				"`1 − 0.75² − 0.25² = " + decimals(gini(9, 3), 3) + "`",
				"`12/15 × 0.375 = " + decimals(second.weightedGini(), 1) + "`",
				"`12/21 × 0.375 ≈ " + decimals(second.treeImpurity(), 3) + "`");
		assertThat(second.weightedGini()).isCloseTo(12.0 / 15 * gini(9, 3), offset(1e-12));

		DecisionTree.Split third = this.growth.splits().get(2);
		assertThat(third.below().counts()).containsExactly(2, 0);
		assertThat(third.above().counts()).containsExactly(1, 9);
		assertThat(third.leaves()).hasSize(4);
		assertThat(this.text).contains("The 2 dry seedlings wilt; the other 10 hold 9 thriving and our one unlucky",
				"`1 − 0.9² − 0.1² = " + decimals(gini(9, 1), 2) + "`", "The tree now has 4 leaves",
				"`10/21 × 0.18 ≈ " + decimals(third.treeImpurity(), 3) + "`");
		assertThat(third.treeImpurity()).isCloseTo(10.0 / 21 * gini(9, 1), offset(1e-12));
	}

	@Test
	void theSplitsThatOverfit() {
		assertThat(this.growth.splits()).hasSize(6);
		assertThat(this.text).contains("the tree spends three more splits drawing a small box around that one seedling",
				"After 6 splits every leaf is pure and the impurity is 0");
		DecisionTree.Split fourth = assertSplit(4, 1, 5.5);
		assertThat(fourth.node().gini()).isCloseTo(0.18, offset(1e-12));
		assertThat(fourth.weightedGini()).isCloseTo(0.15, offset(1e-12));
		assertThat(fourth.below().majority()).isEqualTo(fourth.above().majority()).isOne();
		assertThat(this.text).contains("water under 5.5 cups (the impurity of that leaf falls from 0.18 to 0.15, "
				+ "though both new leaves still predict that a seedling thrives)");
		assertSplit(5, 0, 6.5);
		assertSplit(6, 0, 7.5);
		assertThat(this.text).contains("then sunlight under 6.5 hours;", "then sunlight under 7.5 hours, which");
		assertThat(this.growth.splits().get(5).treeImpurity()).isZero();
		assertThat(this.growth.splits().get(5).below().counts()).containsExactly(1, 0);
		assertThat(this.growth.predict(7, 6, 3)).isEqualTo("thrived");
		assertThat(this.growth.predict(7, 6, 6)).isEqualTo("wilted");
		assertThat(this.text)
			.contains("A new seedling with 7 hours of sun and 6 cups of water would now be told it " + "wilts");
	}

	@Test
	void theQuickChecksNumbers() {
		assertThat(this.text).contains("A group holds 10 seedlings, 5 that thrive and 5 that wilt.",
				"The share that thrives is p = 0.5, so the impurity is 1 − 0.5² − 0.5² = 1 − 0.25 − 0.25 = 0.5.");
		assertThat(this.text).contains("New seedlings near 7 hours and 6 cups get labelled by a single odd example");
	}

	@Test
	void theLessonHasBetween1200And2500WordsOfProse() {
		assertThat(LessonProse.words(this.text)).as("words of prose").isBetween(LessonProse.FEWEST, LessonProse.MOST);
	}

	private DecisionTree.Split assertSplit(int step, int axis, double threshold) {
		DecisionTree.Split split = this.growth.splits().get(step - 1);
		assertThat(split.step()).isEqualTo(step);
		assertThat(split.axis()).as("split " + step + " axis").isEqualTo(axis);
		assertThat(split.threshold()).as("split " + step + " threshold").isEqualTo(threshold);
		return split;
	}

	/** The Gini impurity of a group from its two counts, from the definition. */
	private static double gini(int a, int b) {
		double p = (double) a / (a + b);
		return 1 - p * p - (1 - p) * (1 - p);
	}

	/** Rounded to the given decimals, as the lesson writes it. */
	private static String decimals(double value, int places) {
		return String.format(java.util.Locale.ROOT, "%." + places + "f", value);
	}

	private static String read(String path) {
		try (InputStream in = DecisionTreeLessonTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
