package io.aieducademy.fitting;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the lesson shows about one setting of the sliders: the data, the fitted
 * polynomial drawn as a curve, its training and test errors, and the same two errors for
 * every degree at the same points and penalty. Computed the same way for the API and for
 * the lesson's static figure, so the two can never disagree.
 */
public final class CurveFits {

	/** The highest degree offered. */
	public static final int MAX_DEGREE = 9;

	/**
	 * The fewest training points: one more than the highest degree, so every fit is
	 * unique.
	 */
	public static final int MIN_POINTS = MAX_DEGREE + 1;

	/** The most training points. */
	public static final int MAX_POINTS = 40;

	/** The largest L2 penalty. */
	public static final double MAX_PENALTY = 10;

	/** How many steps the curve is drawn in, from x = 0 to x = 1. */
	public static final int CURVE_STEPS = 100;

	private CurveFits() {
	}

	/**
	 * A fit's errors: mean squared error on the training points and on the test points.
	 */
	public record DegreeErrors(int degree, double trainingError, double testError) {
	}

	/**
	 * One setting's answer.
	 *
	 * @param degree the degree asked for
	 * @param points how many training points
	 * @param penalty the L2 penalty
	 * @param coefficients the fitted polynomial's coefficients, the constant first
	 * @param trainingError mean squared error on the training points
	 * @param testError mean squared error on the test points
	 * @param training the training points
	 * @param test the test points
	 * @param curve the polynomial at x = 0, 0.01, …, 1
	 * @param byDegree both errors for every degree from 0 to {@value #MAX_DEGREE}, at the
	 * same points and penalty
	 */
	public record FitAnswer(int degree, int points, double penalty, List<Double> coefficients, double trainingError,
			double testError, List<CurveData.DataPoint> training, List<CurveData.DataPoint> test,
			List<CurveData.DataPoint> curve, List<DegreeErrors> byDegree) {
	}

	/**
	 * The answer for a degree from 0 to {@value #MAX_DEGREE}, from {@value #MIN_POINTS}
	 * to {@value #MAX_POINTS} training points and a penalty from 0 to
	 * {@value #MAX_PENALTY}.
	 */
	public static FitAnswer of(int degree, int points, double penalty) {
		if (degree < 0 || degree > MAX_DEGREE || points < MIN_POINTS || points > MAX_POINTS
				|| !(penalty >= 0 && penalty <= MAX_PENALTY)) {
			throw new IllegalArgumentException(
					"degree " + degree + ", points " + points + " or penalty " + penalty + " is out of range");
		}
		List<CurveData.DataPoint> training = CurveData.training(points);
		List<CurveData.DataPoint> test = CurveData.test();
		List<DegreeErrors> byDegree = new ArrayList<>();
		PolynomialFit chosen = null;
		for (int d = 0; d <= MAX_DEGREE; d++) {
			PolynomialFit fit = PolynomialFit.of(training, d, penalty);
			byDegree.add(new DegreeErrors(d, fit.meanSquaredError(training), fit.meanSquaredError(test)));
			if (d == degree) {
				chosen = fit;
			}
		}
		PolynomialFit fit = java.util.Objects.requireNonNull(chosen);
		List<CurveData.DataPoint> curve = new ArrayList<>(CURVE_STEPS + 1);
		for (int k = 0; k <= CURVE_STEPS; k++) {
			double x = (double) k / CURVE_STEPS;
			curve.add(new CurveData.DataPoint(x, fit.at(x)));
		}
		DegreeErrors errors = byDegree.get(degree);
		return new FitAnswer(degree, points, penalty, fit.coefficients(), errors.trainingError(), errors.testError(),
				training, test, List.copyOf(curve), List.copyOf(byDegree));
	}

}
