package io.aieducademy.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The lesson's data: points on the curve {@code y = sin(2πx)} for x from 0 to 1, with
 * Gaussian noise of standard deviation {@value #NOISE} added to y. The training points
 * are evenly spaced; the test points are drawn at random x. Both come from fixed seeds,
 * so the same request always gives the same points on every instance and every JDK
 * ({@link SplittableRandom}'s sequence is specified, and the Gaussian draws use the
 * Box–Muller transform written here rather than the JDK's).
 */
public final class CurveData {

	/** The standard deviation of the noise added to each y. */
	public static final double NOISE = 0.3;

	/** How many test points there are, whatever the number of training points. */
	public static final int TEST_POINTS = 30;

	static final long TRAINING_SEED = 46;

	static final long TEST_SEED = 1012;

	private CurveData() {
	}

	/** One point: its input x and its noisy target y. */
	public record DataPoint(double x, double y) {
	}

	/** The pattern behind the data, without noise. */
	public static double truth(double x) {
		return Math.sin(2 * Math.PI * x);
	}

	/**
	 * {@code count} training points at x = 0, 1/(count−1), …, 1 (count is at least 2).
	 */
	public static List<DataPoint> training(int count) {
		SplittableRandom random = new SplittableRandom(TRAINING_SEED);
		List<DataPoint> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double x = (double) i / (count - 1);
			points.add(new DataPoint(x, truth(x) + NOISE * gaussian(random)));
		}
		return List.copyOf(points);
	}

	/** The {@value #TEST_POINTS} test points, at x drawn uniformly from 0 to 1. */
	public static List<DataPoint> test() {
		SplittableRandom random = new SplittableRandom(TEST_SEED);
		List<DataPoint> points = new ArrayList<>(TEST_POINTS);
		for (int i = 0; i < TEST_POINTS; i++) {
			double x = random.nextDouble();
			points.add(new DataPoint(x, truth(x) + NOISE * gaussian(random)));
		}
		return List.copyOf(points);
	}

	/** A standard normal draw by the Box–Muller transform. */
	private static double gaussian(SplittableRandom random) {
		double u1 = 1 - random.nextDouble(); // in (0, 1], so the logarithm is finite
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

}
