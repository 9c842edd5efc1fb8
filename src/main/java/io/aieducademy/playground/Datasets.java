package io.aieducademy.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated datasets. Each is drawn in its own unit shape, with Gaussian noise of
 * standard deviation {@code noise} (in those units) added to each coordinate (to the
 * label for regression), then scaled to fill the square from -6 to 6. The same seed gives
 * the same points every time: the generator is {@link SplittableRandom}, whose algorithm
 * the JDK documents.
 */
final class Datasets {

	/** Half the side of the square the points and the heatmaps cover. */
	static final double EXTENT = 6;

	/** The classification datasets; labels are +1 and -1 until the loss maps them. */
	static final List<String> CLASSIFICATION = List.of("circle", "xor", "gaussian", "spiral", "moons");

	/** The regression datasets; labels are real numbers between about -1 and 1. */
	static final List<String> REGRESSION = List.of("plane", "multi-gaussian");

	private static final Map<String, double[][]> BUMPS = Map.of("multi-gaussian",
			new double[][] { { -0.6, 0.6, 1 }, { 0.6, 0.6, -1 }, { -0.6, -0.6, -1 }, { 0.6, -0.6, 1 }, { 0, 0, 1 } });

	private Datasets() {
	}

	/** {@code n} points of the kind, each as {x1, x2, label}. */
	static double[][] generate(String kind, int n, double noise, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			points[i] = switch (kind) {
				case "circle" -> circle(random, i, n, noise);
				case "xor" -> xor(random, noise);
				case "gaussian" -> gaussian(random, i, noise);
				case "spiral" -> spiral(random, i, n, noise);
				case "moons" -> moon(random, i, n, noise);
				case "plane" -> plane(random, noise);
				case "multi-gaussian" -> bumps(random, noise);
				default -> throw new IllegalArgumentException("Unknown dataset " + kind);
			};
		}
		return points;
	}

	/** The first half inside radius 0.5 (class +1), the rest in a ring from 0.7 to 1. */
	private static double[] circle(SplittableRandom random, int i, int n, double noise) {
		boolean inner = i < n / 2;
		double radius = inner ? random.nextDouble(0, 0.5) : random.nextDouble(0.7, 1);
		double angle = random.nextDouble(0, 2 * Math.PI);
		return scaled(5, radius * Math.cos(angle) + noise * random.nextGaussian(),
				radius * Math.sin(angle) + noise * random.nextGaussian(), inner ? 1 : -1);
	}

	/**
	 * Uniform in the square, kept a little away from the axes; the class is the sign of
	 * x1·x2.
	 */
	private static double[] xor(SplittableRandom random, double noise) {
		double x = away(random.nextDouble(-1, 1));
		double y = away(random.nextDouble(-1, 1));
		return scaled(5, x + noise * random.nextGaussian(), y + noise * random.nextGaussian(), (x * y >= 0) ? 1 : -1);
	}

	private static double away(double v) {
		return v + Math.copySign(0.05, v);
	}

	/** Two round clouds of standard deviation 0.2 around (0.4, 0.4) and (-0.4, -0.4). */
	private static double[] gaussian(SplittableRandom random, int i, double noise) {
		boolean first = i % 2 == 0;
		double centre = first ? 0.4 : -0.4;
		double spread = Math.hypot(0.2, noise);
		return scaled(5, centre + spread * random.nextGaussian(), centre + spread * random.nextGaussian(),
				first ? 1 : -1);
	}

	/** Two arms, one turned half a circle from the other, each going round 1.75 times. */
	private static double[] spiral(SplittableRandom random, int i, int n, double noise) {
		boolean first = i % 2 == 0;
		int half = Math.max(1, (n + 1) / 2);
		double t = (double) (i / 2) / half;
		double angle = 1.75 * t * 2 * Math.PI + (first ? 0 : Math.PI);
		return scaled(5, t * Math.sin(angle) + noise * random.nextGaussian(),
				t * Math.cos(angle) + noise * random.nextGaussian(), first ? 1 : -1);
	}

	/**
	 * Two interleaved half circles of radius 1: the upper one (class -1) centred at (0,
	 * 0), the lower one (class +1) at (1, 0.5), evenly spaced along each arc; the pair is
	 * centred on the origin before scaling.
	 */
	private static double[] moon(SplittableRandom random, int i, int n, double noise) {
		int outer = n / 2;
		boolean upper = i < outer;
		int count = upper ? outer : n - outer;
		int k = upper ? i : i - outer;
		double t = (count == 1) ? 0 : Math.PI * k / (count - 1);
		double x = upper ? Math.cos(t) : 1 - Math.cos(t);
		double y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
		return scaled(2.5, x - 0.5 + noise * random.nextGaussian(), y - 0.25 + noise * random.nextGaussian(),
				upper ? -1 : 1);
	}

	/** Uniform in the square; the label is (x1 + x2) / 2, plus noise. */
	private static double[] plane(SplittableRandom random, double noise) {
		double x = random.nextDouble(-1, 1);
		double y = random.nextDouble(-1, 1);
		return scaled(5, x, y, (x + y) / 2 + noise * random.nextGaussian());
	}

	/** Uniform in the square; the label is a sum of five signed bumps, plus noise. */
	private static double[] bumps(SplittableRandom random, double noise) {
		double x = random.nextDouble(-1, 1);
		double y = random.nextDouble(-1, 1);
		double label = 0;
		for (double[] bump : Objects.requireNonNull(BUMPS.get("multi-gaussian"))) {
			double dx = x - bump[0];
			double dy = y - bump[1];
			label += bump[2] * Math.exp(-(dx * dx + dy * dy) / (2 * 0.1));
		}
		return scaled(5, x, y, Math.max(-1, Math.min(1, label)) + noise * random.nextGaussian());
	}

	private static double[] scaled(double scale, double x, double y, double label) {
		return new double[] { x * scale, y * scale, label };
	}

	/**
	 * Splits the points into train and test: a seeded shuffle, then the first
	 * {@code round(n × (1 - testFraction))} train and the rest test.
	 */
	static List<List<double[]>> split(double[][] points, double testFraction, long seed) {
		List<double[]> shuffled = new ArrayList<>(List.of(points));
		SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		for (int i = shuffled.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			double[] swap = shuffled.get(i);
			shuffled.set(i, shuffled.get(j));
			shuffled.set(j, swap);
		}
		int train = (int) Math.round(points.length * (1 - testFraction));
		train = Math.max(1, Math.min(points.length, train));
		return List.of(shuffled.subList(0, train), shuffled.subList(train, shuffled.size()));
	}

}
