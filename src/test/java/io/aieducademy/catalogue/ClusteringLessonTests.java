package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.offset;

/**
 * AI Sprouts lesson 16 (Clustering): the k-means code the interactive shows, every number
 * of the lesson that can be computed (recomputed here with that code and looked for in
 * the lesson), and the interactive's data, which stops the catalogue from loading when it
 * is broken.
 */
class ClusteringLessonTests {

	private static final String LESSON = "content/programs/ai-sprouts/lessons/clustering.md";

	private static final List<KMeans.Point> WORKED = List.of(p(1, 1), p(2, 1), p(1, 2), p(5, 4), p(6, 5), p(6, 4));

	private final Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(),
			"classpath:content/")
		.load();

	@TempDir
	Path root;

	@Test
	void eachPointJoinsItsNearestCentroidAndEachCentroidMovesToTheMean() {
		List<KMeans.Point> centroids = List.of(p(0, 0), p(10, 0));
		assertThat(KMeans.assign(List.of(p(1, 5), p(9, -5), p(5, 3)), centroids)).as("a tie goes to the first")
			.containsExactly(0, 1, 0);
		assertThat(KMeans.means(List.of(p(1, 1), p(3, 1), p(2, 4)), List.of(0, 0, 0), List.of(p(9, 9))))
			.containsExactly(p(2, 2));
		assertThat(KMeans.means(List.of(p(1, 1)), List.of(0), List.of(p(0, 0), p(7, 7))))
			.as("a centroid with no point stays where it is")
			.containsExactly(p(1, 1), p(7, 7));
		assertThat(KMeans.sumOfSquares(List.of(p(1, 1), p(5, 4)), List.of(0, 0), List.of(p(1, 1)))).isEqualTo(25);
	}

	@Test
	void theSeededStartPicksDifferentPointsTheSameWayEveryTime() {
		List<KMeans.Point> points = List.of(p(0, 0), p(1, 0), p(2, 0), p(3, 0), p(4, 0), p(5, 0));
		List<KMeans.Point> start = KMeans.seededStart(points, 5, 42);
		assertThat(start).hasSize(5).doesNotHaveDuplicates().isSubsetOf(points);
		assertThat(KMeans.seededStart(points, 5, 42)).isEqualTo(start);
		assertThat(KMeans.seededStart(points, 6, 1)).containsExactlyInAnyOrderElementsOf(points);
	}

	@Test
	void theWorkedExample() throws IOException {
		String text = read(LESSON);
		String[] names = { "P1", "P2", "P3", "P4", "P5", "P6" };
		for (int i = 0; i < WORKED.size(); i++) {
			assertThat(text)
				.contains("| " + names[i] + " | " + n(WORKED.get(i).x()) + " | " + n(WORKED.get(i).y()) + " |");
		}
		assertThat(p(1, 1).squaredDistance(p(5, 4))).isEqualTo(25);
		assertThat(text).contains("From (1, 1) to (5, 4) the differences are 4 and 3, so the squared distance is "
				+ "`4² + 3² = 16 + 9 = 25` (and the distance itself is 5).");

		KMeans.Run run = KMeans.run(WORKED, List.of(WORKED.get(0), WORKED.get(1)));
		assertThat(run.iterations()).hasSize(3);
		KMeans.Iteration first = run.iterations().get(0);
		assertThat(first.clusters()).containsExactly(0, 1, 0, 1, 1, 1);
		assertThat(p(5, 4).squaredDistance(p(1, 1))).isEqualTo(25);
		assertThat(p(5, 4).squaredDistance(p(2, 1))).isEqualTo(18);
		assertThat(text).contains("P4 is at squared distance 25 from A and 18 from B. So A has P1 and P3, and B has "
				+ "the other four. The sum of squares is " + n(first.assignedSumOfSquares()) + ", most of it from P4, "
				+ "P5 and P6");
		assertThat(WORKED.get(3).squaredDistance(p(2, 1)) + WORKED.get(4).squaredDistance(p(2, 1))
				+ WORKED.get(5).squaredDistance(p(2, 1)))
			.isGreaterThan(first.assignedSumOfSquares() / 2);
		assertThat(first.centroids()).containsExactly(p(1, 1.5), p(4.75, 3.5));
		assertThat(text).contains("A moves to the mean of P1 and P3, which is (1, 1.5)",
				"`(2 + 5 + 6 + 6) / 4 = 4.75` across and `(1 + 4 + 5 + 4) / 4 = 3.5` up, so (4.75, 3.5)",
				"the sum of squares falls to " + n(first.movedSumOfSquares()) + ".");

		KMeans.Iteration second = run.iterations().get(1);
		assertThat(second.changed()).isEqualTo(1);
		assertThat(second.clusters()).containsExactly(0, 0, 0, 1, 1, 1);
		assertThat(text).contains(
				"P2 is now much nearer to A (squared distance " + n(p(2, 1).squaredDistance(first.centroids().get(0)))
						+ ") than to B (" + n(p(2, 1).squaredDistance(first.centroids().get(1)))
						+ "), so it changes cluster.",
				"The sum of squares is " + round2(second.assignedSumOfSquares()) + ".");
		assertThat(second.centroids().get(0).x()).isCloseTo(4.0 / 3, offset(1e-12));
		assertThat(text).contains(
				"A moves to " + point2(second.centroids().get(0)) + ", the mean of P1, P2 and P3, and B to "
						+ point2(second.centroids().get(1)) + ", the mean of P4, P5 and P6.",
				"The sum of squares is now " + round2(second.movedSumOfSquares()) + ".");
		assertThat(run.last().converged()).isTrue();
		assertThat(text).contains("**Iteration 3, assign.** No point changes cluster");
		assertThat(text).contains("Look at the sums of squares: " + n(first.assignedSumOfSquares()) + ", then "
				+ n(first.movedSumOfSquares()) + ", then " + round2(second.assignedSumOfSquares()) + ", then "
				+ round2(second.movedSumOfSquares()) + ".");
	}

	@Test
	void theQuickChecksAndTheScaleExample() throws IOException {
		String text = read(LESSON);
		assertThat(p(4, 4).squaredDistance(p(1, 1))).isEqualTo(18);
		assertThat(p(4, 4).squaredDistance(p(6, 5))).isEqualTo(5);
		assertThat(KMeans.assign(List.of(p(4, 4)), List.of(p(1, 1), p(6, 5)))).containsExactly(1);
		assertThat(text).contains("B, because its squared distance to B is 5 and to A is 18",
				"a squared distance of 9 + 9 = 18; to B they are 2 and 1, a squared distance of 4 + 1 = 5");
		assertThat(KMeans.means(List.of(p(1, 1), p(3, 1), p(2, 4)), List.of(0, 0, 0), List.of(p(0, 0))))
			.containsExactly(p(2, 2));
		assertThat(text).contains("Cluster A holds the points (1, 1), (3, 1) and (2, 4).",
				"(1 + 3 + 2) / 3 = 2 across and (1 + 1 + 4) / 3 = 2 up, so (2, 2)");
		assertThat(String.format(Locale.UK, "%,d", 1000 * 1000)).isEqualTo("1,000,000");
		assertThat(String.format(Locale.UK, "%,d", 50 * 50)).isEqualTo("2,500");
		assertThat(text).contains("a difference of £1,000 counts a million, a difference of 50 years counts 2,500");
	}

	@Test
	void theInteractiveRunsAndWhatTheLessonSaysOfThem() throws IOException {
		String text = read(LESSON);
		KMeansDemo demo = demo();
		assertThat(demo.points()).hasSize(21);
		assertThat(text).contains("runs k-means on 21 points in a square ten units wide",
				"with 21 clusters for 21 points every point would be its own centroid");
		assertThat(demo.k()).isEqualTo(3);
		assertThat(demo.seeds()).hasSize(2);
		long first = demo.seeds().get(0);
		long second = demo.seeds().get(1);

		KMeans.Run good = demo.run(first, 3);
		assertThat(good.start()).contains(p(9, 2), p(8, 2));
		assertThat(good.iterations()).as("by the fourth iteration nothing changes").hasSize(4);
		assertThat(good.last().converged()).isTrue();
		List<Integer> clusters = good.last().clusters();
		int lowerLeft = clusters.get(demo.points().indexOf(p(1, 2)));
		assertThat(clusters.get(demo.points().indexOf(p(4.5, 4.5)))).isEqualTo(lowerLeft);
		assertThat(clusters.get(demo.points().indexOf(p(5, 3)))).isEqualTo(lowerLeft);
		assertThat(good.sizes()).containsExactlyInAnyOrder(9, 6, 6);
		assertThat(text).contains("with the two points in the middle joining the group at the lower left, and the sum"
				+ " of squares has fallen to " + sum(good) + ".");

		KMeans.Run bad = demo.run(second, 3);
		assertThat(bad.start()).allSatisfy((centroid) -> assertThat(centroid.y()).isGreaterThanOrEqualTo(7));
		List<Integer> badClusters = bad.last().clusters();
		int bottom = badClusters.get(demo.points().indexOf(p(1, 2)));
		assertThat(badClusters.get(demo.points().indexOf(p(9, 2)))).as("the bottom two groups are lumped together")
			.isEqualTo(bottom);
		assertThat(badClusters.get(demo.points().indexOf(p(6, 9)))).as("the top group is split in two")
			.isNotEqualTo(badClusters.get(demo.points().indexOf(p(6.5, 8))))
			.isNotEqualTo(bottom);
		assertThat(text).contains("k-means settles with a sum of squares of " + sum(bad) + ": the top group is split");
		assertThat(bad.last().movedSumOfSquares()).isGreaterThan(3 * good.last().movedSumOfSquares());

		List<String> sums = List.of(sum(demo.run(first, 2)), sum(good), sum(demo.run(first, 4)),
				sum(demo.run(first, 5)));
		assertThat(sums).containsExactly("163.9", "46.13", "27.95", "23.09");
		assertThat(text).contains("163.9 for k = 2, 46.13 for k = 3, 27.95 for k = 4 and 23.09 for k = 5",
				"Look at the numbers for start 1: 163.9, 46.13, 27.95, 23.09.");
		double[] finals = new double[4];
		for (int k = 2; k <= 5; k++) {
			finals[k - 2] = demo.run(first, k).last().movedSumOfSquares();
			assertThat(k == 2 || finals[k - 2] < finals[k - 3]).as("the sum falls as k grows").isTrue();
		}
		assertThat(finals[0] - finals[1]).as("more than a hundred").isGreaterThan(100);
		assertThat(Math.round(finals[1] - finals[2])).as("about 18").isEqualTo(18);
		assertThat(Math.round(finals[2] - finals[3])).as("about 5").isEqualTo(5);
		assertThat(text).contains("Going from 2 clusters to 3 removes more than a hundred from the sum; going from 3 "
				+ "to 4 removes about 18, and from 4 to 5 about 5.");
	}

	@Test
	void everyHalfStepLowersOrKeepsTheSumAndEveryRunSettles() {
		KMeansDemo demo = demo();
		assertThat(demo.runs()).hasSize(demo.seeds().size() * 4);
		for (KMeans.Run run : demo.runs()) {
			double previous = Double.POSITIVE_INFINITY;
			for (KMeans.Iteration iteration : run.iterations()) {
				assertThat(iteration.assignedSumOfSquares()).isLessThanOrEqualTo(previous);
				assertThat(iteration.movedSumOfSquares()).isLessThanOrEqualTo(iteration.assignedSumOfSquares());
				assertThat(KMeans.assign(demo.points(), previous(run, iteration))).isEqualTo(iteration.clusters());
				previous = iteration.movedSumOfSquares();
			}
			assertThat(run.last().converged()).isTrue();
			assertThat(run.iterations().subList(0, run.iterations().size() - 1)).noneMatch(KMeans.Iteration::converged);
		}
	}

	@Test
	void theFallbackTablesAndTheJsonCarryTheSameRuns() {
		KMeansDemo demo = demo();
		KMeans.Run run = demo.run(demo.seeds().get(0), demo.k());
		List<KMeansDemo.IterationRow> rows = demo.rows();
		assertThat(rows).hasSize(run.iterations().size());
		assertThat(rows.get(0).assigned())
			.isEqualTo(InteractiveFallback.number(run.iterations().get(0).assignedSumOfSquares()));
		assertThat(rows.get(rows.size() - 1).converged()).isTrue();
		assertThat(rows.get(0).centroids()).extracting(KMeansDemo.Centroid::label).containsExactly("A", "B", "C");
		assertThat(demo.finals()).hasSize(4);
		assertThat(demo.finals().get(1).sums()).containsExactly("46.13", "170.1");
		assertThat(demo.json()).startsWith("{\"k\":3,\"minK\":2,\"maxK\":5,\"side\":10,\"seeds\":[")
			.contains("\"points\":[[1,2],[1.5,1],")
			.contains("\"moved\":46.125")
			.doesNotContain("NaN", "Infinity", " ");
	}

	@Test
	void aBrokenKMeansInteractiveStopsTheCatalogue() throws IOException {
		assertBroken("k: 3", "k: 7", "k must be from 2 to 5, not 7");
		assertBroken("[5, 3]]", "[5, 3], [1, 2]]", "the point (1, 2) is given twice");
		assertBroken("[5, 3]]", "[5, 3], [11, 2]]", "outside the square from 0 to 10");
		assertBroken("[5, 3]]", "[5, 3, 1]]", "a point is a pair [x, y]");
		assertBroken("seeds: [14, 23]", "seeds: [14, 14]", "different seeds");
	}

	private void assertBroken(String from, String to, String problem) throws IOException {
		String lesson = read(LESSON);
		int start = lesson.indexOf("::: interactive k-means");
		String block = lesson.substring(start, lesson.indexOf("\n:::\n", start) + 5);
		assertThat(block).contains(from);
		OneLessonContent.write(this.root, "## Points\n\n" + block.replace(from, to));
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(
					() -> new CatalogueLoader(new PathMatchingResourcePatternResolver(), this.root.toUri().toString())
						.load())
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("programs/first/lessons/two.md");
				assertThat(ex.getMessage()).contains(problem);
			});
	}

	private static List<KMeans.Point> previous(KMeans.Run run, KMeans.Iteration iteration) {
		return (iteration.number() == 1) ? run.start() : run.iterations().get(iteration.number() - 2).centroids();
	}

	private KMeansDemo demo() {
		Lesson lesson = this.catalogue.lessons().get("clustering");
		assertThat(lesson).isNotNull();
		return lesson.blocks()
			.stream()
			.filter(LessonBlock.KMeansInteractive.class::isInstance)
			.map((block) -> ((LessonBlock.KMeansInteractive) block).demo())
			.findFirst()
			.orElseThrow();
	}

	/** The final sum of squares of a run as the page shows it. */
	private static String sum(KMeans.Run run) {
		return InteractiveFallback.number(run.last().movedSumOfSquares());
	}

	private static KMeans.Point p(double x, double y) {
		return new KMeans.Point(x, y);
	}

	/**
	 * A number as the lesson writes it: whole numbers without a point, others as they
	 * are.
	 */
	private static String n(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String round2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String point2(KMeans.Point point) {
		return "(" + round2(point.x()) + ", " + round2(point.y()) + ")";
	}

	private static String read(String path) throws IOException {
		try (InputStream in = ClusteringLessonTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
