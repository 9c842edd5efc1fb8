package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * The tree the Decision Trees lesson grows: each split is checked against a brute-force
 * search written here from the definition of the Gini impurity, and the reading of the
 * points file refuses what it cannot draw.
 */
class DecisionTreeTests {

	private static LabelledPoints points(String... lines) {
		return LabelledPoints.parse("a,b,label\n" + String.join("\n", lines), "test.csv");
	}

	@Test
	void giniImpurityIsOneMinusTheSquaredSharesOfEachLabel() {
		assertThat(DecisionTree.gini(List.of(5, 5))).isEqualTo(0.5);
		assertThat(DecisionTree.gini(List.of(4, 0))).isZero();
		assertThat(DecisionTree.gini(List.of(9, 1))).isCloseTo(1 - 0.81 - 0.01, offset(1e-12));
		assertThat(DecisionTree.gini(List.of(0, 0))).isZero();
	}

	@Test
	void aCleanCutIsFoundHalfwayBetweenTheNeighbouringValues() {
		DecisionTree.Growth growth = DecisionTree.grow(points("1,5,no", "2,5,no", "6,5,yes", "8,5,yes"));
		assertThat(growth.splits()).hasSize(1);
		DecisionTree.Split split = growth.splits().get(0);
		assertThat(split.axis()).isZero();
		assertThat(split.threshold()).isEqualTo(4.0);
		assertThat(split.weightedGini()).isZero();
		assertThat(split.below().counts()).containsExactly(2, 0);
		assertThat(split.above().counts()).containsExactly(0, 2);
		assertThat(split.below().region()).isEqualTo(new DecisionTree.Region(0, 4, 0, 10));
		assertThat(growth.predict(3.9, 0, 1)).isEqualTo("no");
		assertThat(growth.predict(4, 0, 1)).isEqualTo("yes");
		// before any split the root's majority is a tie
		assertThat(growth.predict(3.9, 0, 0)).isNull();
	}

	@Test
	void aSplitThatLowersNothingIsNotMade() {
		// XOR-like corners: no single cut makes either side purer than the whole
		DecisionTree.Growth growth = DecisionTree.grow(points("1,1,no", "9,9,no", "1,9,yes", "9,1,yes"));
		assertThat(growth.splits()).isEmpty();
		assertThat(growth.root().gini()).isEqualTo(0.5);
	}

	@Test
	void everySplitOfTheSeedlingsIsTheBestOfEveryPossibleCutAndTheTreeEndsPure() throws Exception {
		LabelledPoints seedlings = LabelledPoints.parse(seedlingsFile(), "data/seedlings.csv");
		DecisionTree.Growth growth = DecisionTree.grow(seedlings);
		assertThat(growth.splits()).isNotEmpty();
		for (DecisionTree.Split split : growth.splits()) {
			List<LabelledPoints.Point> inside = inside(seedlings.points(), split.node().region());
			double best = Double.MAX_VALUE;
			for (LabelledPoints.Point a : inside) {
				for (int axis = 0; axis < 2; axis++) {
					for (LabelledPoints.Point b : inside) {
						if (b.along(axis) <= a.along(axis)) {
							continue;
						}
						double cut = (a.along(axis) + b.along(axis)) / 2;
						best = Math.min(best, weighted(inside, axis, cut, seedlings.labels()));
					}
				}
			}
			assertThat(split.weightedGini()).as("split " + split.step()).isCloseTo(best, offset(1e-12));
			assertThat(weighted(inside, split.axis(), split.threshold(), seedlings.labels()))
				.isCloseTo(split.weightedGini(), offset(1e-12));
			assertThat(split.weightedGini()).isLessThan(split.node().gini());
			assertThat(split.node().gini()).isCloseTo(gini(inside, seedlings.labels()), offset(1e-12));
			double impurity = split.leaves()
				.stream()
				.mapToDouble((leaf) -> gini(inside(seedlings.points(), leaf.region()), seedlings.labels())
						* inside(seedlings.points(), leaf.region()).size() / seedlings.points().size())
				.sum();
			assertThat(split.treeImpurity()).isCloseTo(impurity, offset(1e-12));
			assertThat(split.leaves()).hasSize(split.step() + 1);
		}
		DecisionTree.Split last = growth.splits().get(growth.splits().size() - 1);
		assertThat(last.treeImpurity()).isZero();
		for (LabelledPoints.Point point : seedlings.points()) {
			assertThat(growth.predict(point.x(), point.y(), growth.splits().size())).isEqualTo(point.label());
		}
	}

	@Test
	void aPointsFileWithAMistakeNamesItsLine() {
		assertThatThrownBy(() -> points("1,2,no", "11,2,yes")).isInstanceOf(ContentException.class)
			.hasMessageContaining("test.csv:3")
			.hasMessageContaining("from 0 to 10");
		assertThatThrownBy(() -> points("1,2,no", "1,2")).hasMessageContaining("test.csv:3");
		assertThatThrownBy(() -> points("1,2,no", "1,2,Yes")).hasMessageContaining("lowercase");
		assertThatThrownBy(() -> points("1,2,no", "3,2,yes", "4,4,maybe")).hasMessageContaining("at most 2 labels");
		assertThatThrownBy(() -> points("1,2,no", "3,2,no")).hasMessageContaining("two different labels");
		assertThatThrownBy(() -> LabelledPoints.parse("# nothing\n1,2,no\n", "test.csv"))
			.hasMessageContaining("test.csv:2")
			.hasMessageContaining("header");
		List<String> many = new ArrayList<>();
		for (int i = 0; i <= LabelledPoints.MAX_POINTS; i++) {
			many.add((i % 10) + "," + (i % 7) + "," + ((i % 2 == 0) ? "no" : "yes"));
		}
		assertThatThrownBy(() -> points(many.toArray(String[]::new))).hasMessageContaining("at most 200 points");
	}

	/** The shipped points file, as the catalogue reads it. */
	static String seedlingsFile() throws java.io.IOException {
		try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("content/data/seedlings.csv")
			.getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private static List<LabelledPoints.Point> inside(List<LabelledPoints.Point> points, DecisionTree.Region region) {
		return points.stream()
			.filter((p) -> p.x() >= region.xMin() && (p.x() < region.xMax() || region.xMax() == 10)
					&& p.y() >= region.yMin() && (p.y() < region.yMax() || region.yMax() == 10))
			.toList();
	}

	private static double weighted(List<LabelledPoints.Point> points, int axis, double cut, List<String> labels) {
		List<LabelledPoints.Point> below = points.stream().filter((p) -> p.along(axis) < cut).toList();
		List<LabelledPoints.Point> above = points.stream().filter((p) -> p.along(axis) >= cut).toList();
		return (below.size() * gini(below, labels) + above.size() * gini(above, labels)) / points.size();
	}

	/** The Gini impurity from its definition: the chance two random draws disagree. */
	private static double gini(List<LabelledPoints.Point> points, List<String> labels) {
		double disagree = 0;
		for (String label : labels) {
			double share = points.stream().filter((p) -> p.label().equals(label)).count() / (double) points.size();
			disagree += share * (1 - share);
		}
		return disagree;
	}

}
