package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Every number in the AI Sprouts lessons 13 (Feature Engineering) and 14 (Supervised vs
 * Unsupervised Learning) that can be computed is computed here and looked for in the
 * lesson file, and in its figure where the figure draws it, so a mistyped number or an
 * edit to one side only fails the build.
 */
class SproutsLessons13And14NumbersTests {

	/** The circle example: name, x1, x2. */
	private static final Map<String, double[]> CIRCLE_POINTS = new LinkedHashMap<>();

	static {
		CIRCLE_POINTS.put("A", new double[] { 0.3, 0.4 });
		CIRCLE_POINTS.put("B", new double[] { -0.5, 0.2 });
		CIRCLE_POINTS.put("C", new double[] { 0.1, -0.6 });
		CIRCLE_POINTS.put("D", new double[] { -0.2, -0.3 });
		CIRCLE_POINTS.put("E", new double[] { 1.2, 0.5 });
		CIRCLE_POINTS.put("F", new double[] { -1.0, 0.9 });
		CIRCLE_POINTS.put("G", new double[] { 0.4, -1.2 });
		CIRCLE_POINTS.put("H", new double[] { -1.3, -0.6 });
	}

	@Test
	void featureEngineeringCircle() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/feature-engineering.md");
		String figure = read("static/images/lessons/circle-feature.svg");
		double insideMin = Double.MAX_VALUE;
		double insideMax = 0;
		double outsideMin = Double.MAX_VALUE;
		double outsideMax = 0;
		for (Map.Entry<String, double[]> point : CIRCLE_POINTS.entrySet()) {
			double x1 = point.getValue()[0];
			double x2 = point.getValue()[1];
			double feature = round2(x1 * x1 + x2 * x2);
			boolean inside = Math.hypot(x1, x2) < 1;
			assertThat(feature < 1).as("the feature agrees with the circle for " + point.getKey()).isEqualTo(inside);
			assertThat(text).contains("| " + point.getKey() + " | " + signed(x1, 1) + " | " + signed(x2, 1) + " | "
					+ (inside ? "inside" : "outside") + " | " + fixed(feature, 2) + " |");
			if (inside) {
				insideMin = Math.min(insideMin, feature);
				insideMax = Math.max(insideMax, feature);
			}
			else {
				outsideMin = Math.min(outsideMin, feature);
				outsideMax = Math.max(outsideMax, feature);
			}
			// The figure: the plane at x = 160 + 50 * x1, y = 100 - 50 * x2 (a circle
			// inside,
			// a 14 px square outside), and the number line at x = 20 + 100 * feature.
			long x = 160 + Math.round(50 * x1);
			long y = 100 - Math.round(50 * x2);
			assertThat(figure).contains(inside ? "<circle cx=\"" + x + "\" cy=\"" + y + "\""
					: "<rect x=\"" + (x - 7) + "\" y=\"" + (y - 7) + "\"");
			long onLine = 20 + Math.round(100 * feature);
			assertThat(figure).containsPattern(inside ? "<circle cx=\"" + onLine + "\" cy=\"(236|250)\""
					: "<rect x=\"" + (onLine - 7) + "\" y=\"(229|243)\"");
			assertThat(figure).contains("<title>" + point.getKey() + ": " + fixed(feature, 2) + "</title>");
		}
		assertThat(insideMax).isLessThan(1);
		assertThat(outsideMin).isGreaterThan(1);
		assertThat(text)
			.contains("the four round points fall between " + fixed(insideMin, 2) + " and " + fixed(insideMax, 2)
					+ ", the four square points between " + fixed(outsideMin, 2) + " and " + fixed(outsideMax, 2));
		assertThat(figure)
			.contains("the round points lie between " + fixed(insideMin, 2) + " and " + fixed(insideMax, 2)
					+ ", the square ones between " + fixed(outsideMin, 2) + " and " + fixed(outsideMax, 2));
		assertThat(figure).as("the cut at 1 and the circle of radius 1")
			.contains("<line x1=\"120\" y1=\"222\"", "<circle cx=\"160\" cy=\"100\" r=\"50\"");

		assertThat(text).contains(squares(0.3, 0.4), squares(1.2, 0.5), "`0.36 + 0.64 = 1.00`");
		assertThat(round2(0.6 * 0.6 + 0.8 * 0.8)).isEqualTo(1.0);
		// The quick check's point (0.8, 0.9) is outside.
		assertThat(text).contains(squares(0.8, 0.9).replace("`", ""));
		assertThat(0.8 * 0.8 + 0.9 * 0.9).isGreaterThan(1);

		// XOR: the sign of x1 * x2 sorts the four corners.
		assertThat(text).contains("`1 × 1` and `−1 × −1` are both " + 1 * 1 + " while `1 × −1` and `−1 × 1` are both "
				+ signed(1 * -1, 0));
		assertThat(-1 * -1).isEqualTo(1);
		assertThat(-1 * 1).isEqualTo(-1);
	}

	@Test
	void featureEngineeringScalesAndShapes() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/feature-engineering.md");
		assertThat(text).contains("which runs from 50 to 250 square metres, and number of bedrooms, from 1 to 5",
				"The area column is about " + words(250 / 5) + " times larger");
		assertThat(text).contains("`(120 − 50) / (250 − 50) = " + plain((120.0 - 50) / (250 - 50)) + "`",
				"`(3 − 1) / (5 − 1) = " + plain((3.0 - 1) / (5 - 1)) + "`",
				"`(150 − 100) / 25 = " + plain((150.0 - 100) / 25) + "`");

		assertThat(text).contains("incomes of £20,000, £200,000 and £2,000,000 become about "
				+ fixed(Math.log10(20_000), 1) + ", " + fixed(Math.log10(200_000), 1) + " and "
				+ fixed(Math.log10(2_000_000), 1) + ", three equal steps");

		assertThat(text).contains("as plain numbers they are " + (23 - 1) + " apart");
		double late = hourDistance(23, 1);
		assertThat(hourDistance(11, 13)).isCloseTo(late, offset(1e-12));
		assertThat(text).contains("the same distance from each other, about " + fixed(late, 2)
				+ ", whether they are 23:00 and 01:00 or 11:00 and 13:00");

		assertThat(text).contains("`70 / 1.75² ≈ " + fixed(70 / (1.75 * 1.75), 1) + "`");
	}

	@Test
	void supervisedThresholds() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/supervised-vs-unsupervised-learning.md");
		boolean[] passed = { false, false, false, false, true, true, false, true };
		StringBuilder table = new StringBuilder("| hours revised | result |\n|---|---|\n");
		for (int h = 1; h <= passed.length; h++) {
			table.append("| ").append(h).append(" | ").append(passed[h - 1] ? "pass" : "fail").append(" |\n");
		}
		assertThat(text).contains(table);

		double best = Double.NaN;
		int fewest = Integer.MAX_VALUE;
		for (double t = 0.5; t <= passed.length + 0.5; t++) {
			TreeSet<Integer> wrong = new TreeSet<>();
			for (int h = 1; h <= passed.length; h++) {
				if ((h > t) != passed[h - 1]) {
					wrong.add(h);
				}
			}
			if (wrong.size() < fewest) {
				fewest = wrong.size();
				best = t;
			}
			else {
				assertThat(wrong.size()).as("the best threshold is the only best").isGreaterThan(fewest);
			}
			Matcher row = Pattern.compile("(?m)^\\| " + Pattern.quote(plain(t)) + " \\| (\\d+) \\| ([^|]+) \\|$")
				.matcher(text);
			if (t >= 2.5 && t <= 7.5) {
				assertThat(row.find()).as("a row for threshold " + t).isTrue();
				assertThat(Integer.parseInt(row.group(1))).as("mistakes at " + t).isEqualTo(wrong.size());
				assertThat(numbers(row.group(2))).as("the students named at " + t).isEqualTo(wrong);
			}
		}
		assertThat(best).isEqualTo(4.5);
		int right = passed.length - fewest;
		assertThat(text).contains("The best threshold is " + plain(best) + ", which gets " + right + " of the "
				+ passed.length + " students right, an accuracy of " + plain(100.0 * right / passed.length) + "%");
	}

	@Test
	void unsupervisedKMeansAndTheRest() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/supervised-vs-unsupervised-learning.md");
		double[] spend = { 10, 12, 14, 50, 54, 58 };
		assertThat(text).contains("in pounds: 10, 12, 14, 50, 54 and 58", "two starting centres, say 10 and 20");
		assertThat(kMeans(spend, 10, 20)).containsExactly(12.0, 54.0);
		assertThat(kMeans(spend, 10, 40)).as("the quick check's start").containsExactly(12.0, 54.0);
		assertThat(text).contains("(14 is " + (14 - 10) + " away from 10 and " + (20 - 14) + " away from 20)",
				"`(10 + 12 + 14) / 3 = " + plain((10 + 12 + 14) / 3.0) + "`",
				"`(50 + 54 + 58) / 3 = " + plain((50 + 54 + 58) / 3.0) + "`", "spending about £12",
				"spending about £54");

		String sentence = "the cat sat on the mat";
		int wordsInSentence = sentence.split(" ").length;
		assertThat(text).contains(
				"From the sentence \"" + sentence + "\", " + words(wordsInSentence) + " words long, we get "
						+ words(wordsInSentence - 1) + " training pairs",
				"up to \"" + sentence.substring(0, sentence.lastIndexOf(' ')) + "\" followed by \"mat\"");

		int images = 10_000;
		int seconds = 30;
		assertThat(text).contains("a person needs " + seconds + " seconds to label one image",
				"`" + grouped(images) + " × " + seconds + " = " + grouped((long) images * seconds) + "` seconds, about "
						+ Math.round(images * seconds / 3600.0) + " hours");
	}

	@Test
	void supervisedUnsupervisedFigure() throws IOException {
		String figure = read("static/images/lessons/supervised-unsupervised.svg");
		int[][] round = { { 1, 3 }, { 2, 5 }, { 3, 3 }, { 2, 2 }, { 3, 4 } };
		int[][] square = { { 7, 7 }, { 8, 5 }, { 9, 7 }, { 6, 6 }, { 8, 8 } };
		// x = 20 + 28 * x, y = top + 10 + 12 * (10 - y); top is 30 above and 220 below.
		for (int[][] group : new int[][][] { round, square }) {
			double sumX = 0;
			double sumY = 0;
			for (int[] p : group) {
				assertThat(p[0] + p[1] < 10).as("the dashed boundary x + y = 10 separates the labels")
					.isEqualTo(group == round);
				int x = 20 + 28 * p[0];
				int above = 30 + 10 + 12 * (10 - p[1]);
				int below = 220 + 10 + 12 * (10 - p[1]);
				assertThat(figure).contains(group == round ? "<circle cx=\"" + x + "\" cy=\"" + above + "\""
						: "<rect x=\"" + (x - 7) + "\" y=\"" + (above - 7) + "\"");
				assertThat(figure).as("the same point, unlabelled, below")
					.contains("<circle cx=\"" + x + "\" cy=\"" + below + "\" r=\"6\" fill=\"#6b7689\"");
				sumX += x;
				sumY += below;
			}
			assertThat(figure).as("each ring is centred on its group's average")
				.contains("<ellipse cx=\"" + compact(sumX / group.length) + "\" cy=\"" + compact(sumY / group.length)
						+ "\"");
		}
		assertThat(figure).contains("<line x1=\"20\" y1=\"40\" x2=\"300\" y2=\"160\"");
	}

	/** Lloyd's k-means in one dimension with two centres, run until nothing moves. */
	private static List<Double> kMeans(double[] values, double first, double second) {
		double a = first;
		double b = second;
		for (int round = 0; round < 100; round++) {
			double sumA = 0;
			double sumB = 0;
			int countA = 0;
			int countB = 0;
			for (double v : values) {
				assertThat(Math.abs(v - a)).as("no ties").isNotEqualTo(Math.abs(v - b));
				if (Math.abs(v - a) < Math.abs(v - b)) {
					sumA += v;
					countA++;
				}
				else {
					sumB += v;
					countB++;
				}
			}
			double nextA = sumA / countA;
			double nextB = sumB / countB;
			if (nextA == a && nextB == b) {
				break;
			}
			a = nextA;
			b = nextB;
		}
		return List.of(a, b);
	}

	private static double hourDistance(int first, int second) {
		double a = 2 * Math.PI * first / 24;
		double b = 2 * Math.PI * second / 24;
		return Math.hypot(Math.sin(a) - Math.sin(b), Math.cos(a) - Math.cos(b));
	}

	private static String squares(double x1, double x2) {
		return "`" + plain(x1) + "² + " + plain(x2) + "² = " + fixed(x1 * x1, 2) + " + " + fixed(x2 * x2, 2) + " = "
				+ fixed(x1 * x1 + x2 * x2, 2) + "`";
	}

	private static TreeSet<Integer> numbers(String text) {
		TreeSet<Integer> found = new TreeSet<>();
		Matcher number = Pattern.compile("\\d+").matcher(text);
		while (number.find()) {
			found.add(Integer.parseInt(number.group()));
		}
		return found;
	}

	private static String words(int number) {
		List<String> names = new ArrayList<>(
				List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"));
		return (number == 50) ? "fifty" : names.get(number);
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * As the lessons print a signed number: a true minus sign, a fixed number of places.
	 */
	private static String signed(double value, int places) {
		return fixed(value, places).replace('-', '−');
	}

	private static String fixed(double value, int places) {
		return String.format(Locale.ROOT, "%." + places + "f", value);
	}

	/** The shortest decimal: 0.35, 0.5, 2, 87.5. */
	private static String plain(double value) {
		return java.math.BigDecimal.valueOf(round2(value)).stripTrailingZeros().toPlainString();
	}

	/** As the figure's generator writes a coordinate: 81.6, 232.8. */
	private static String compact(double value) {
		return plain(Math.round(value * 10) / 10.0);
	}

	private static String grouped(long number) {
		return String.format(Locale.UK, "%,d", number);
	}

	private static String read(String path) throws IOException {
		try (InputStream in = SproutsLessons13And14NumbersTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
