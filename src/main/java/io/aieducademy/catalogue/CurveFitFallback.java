package io.aieducademy.catalogue;

import io.aieducademy.fitting.CurveData;
import io.aieducademy.fitting.CurveFits;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The static version of the polynomial fit, for readers without JavaScript and as the
 * figure the live version redraws: the points, the pattern behind them and the fitted
 * curve as SVG coordinates, and the table of training and test errors for every degree,
 * computed at start-up by the same code as {@code POST /api/polynomial-fit}. Settings out
 * of the API's ranges stop start-up.
 *
 * @param frame where the plot sits in the SVG, as JSON for the script that redraws it
 */
record CurveFitFallback(int degree, int points, String trainingError, String testError, List<Row> rows,
		List<Mark> training, List<Mark> test, String curve, String truth, List<Tick> xTicks, List<Tick> yTicks,
		String frame) {

	/**
	 * The plot's left edge, top edge, width and height in SVG units; y runs from −Y_MAX
	 * to Y_MAX.
	 */
	static final int LEFT = 40;

	static final int TOP = 8;

	static final int WIDTH = 352;

	static final int HEIGHT = 200;

	static final double Y_MAX = 2;

	/** One row of the table: a degree and its two errors. */
	record Row(int degree, String trainingError, String testError, boolean chosen) {
	}

	/** A point drawn in the SVG, with its data values for its tooltip. */
	record Mark(String cx, String cy, String x, String y) {
	}

	/** An axis label: where it goes along its axis, and what it says. */
	record Tick(String at, String label) {
	}

	static CurveFitFallback of(LessonBlock.CurveFit block, String lessonFile) {
		if (block.degree() < 0 || block.degree() > CurveFits.MAX_DEGREE || block.points() < CurveFits.MIN_POINTS
				|| block.points() > CurveFits.MAX_POINTS) {
			throw new IllegalStateException("The interactive '" + block.name() + "' in " + lessonFile
					+ " starts at degree " + block.degree() + " with " + block.points()
					+ " points; the degree must be from 0 to " + CurveFits.MAX_DEGREE + " and the points from "
					+ CurveFits.MIN_POINTS + " to " + CurveFits.MAX_POINTS + ".");
		}
		CurveFits.FitAnswer answer = CurveFits.of(block.degree(), block.points(), 0);
		List<Row> rows = answer.byDegree()
			.stream()
			.map((errors) -> new Row(errors.degree(), error(errors.trainingError()), error(errors.testError()),
					errors.degree() == block.degree()))
			.toList();
		String frame = String.format(Locale.ROOT, "{\"left\":%d,\"top\":%d,\"width\":%d,\"height\":%d,\"yMax\":%s}",
				LEFT, TOP, WIDTH, HEIGHT, InteractiveFallback.number(Y_MAX));
		String truth = IntStream.rangeClosed(0, CurveFits.CURVE_STEPS)
			.mapToObj((k) -> (double) k / CurveFits.CURVE_STEPS)
			.map((x) -> new CurveData.DataPoint(x, CurveData.truth(x)))
			.map(CurveFitFallback::coordinates)
			.collect(Collectors.joining(" "));
		return new CurveFitFallback(block.degree(), block.points(), error(answer.trainingError()),
				error(answer.testError()), rows, marks(answer.training()), marks(answer.test()),
				answer.curve().stream().map(CurveFitFallback::coordinates).collect(Collectors.joining(" ")), truth,
				List.of(new Tick(svg(x(0)), "0"), new Tick(svg(x(0.5)), "0.5"), new Tick(svg(x(1)), "1")),
				IntStream.rangeClosed(-2, 2).mapToObj((v) -> new Tick(svg(y(v)), signed(v))).toList(), frame);
	}

	/** The plot's right edge, in SVG units. */
	public int right() {
		return LEFT + WIDTH;
	}

	/** The plot's bottom edge, in SVG units. */
	public int bottom() {
		return TOP + HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int top() {
		return TOP;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** A mean squared error as the page writes it, with three decimals. */
	static String error(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static List<Mark> marks(List<CurveData.DataPoint> points) {
		return points.stream()
			.map((p) -> new Mark(svg(x(p.x())), svg(y(p.y())), String.format(Locale.ROOT, "%.2f", p.x()),
					String.format(Locale.ROOT, "%.2f", p.y())))
			.toList();
	}

	private static String coordinates(CurveData.DataPoint point) {
		return svg(x(point.x())) + "," + svg(y(point.y()));
	}

	private static double x(double value) {
		return LEFT + value * WIDTH;
	}

	private static double y(double value) {
		return TOP + (Y_MAX - value) / (2 * Y_MAX) * HEIGHT;
	}

	private static String svg(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String signed(int value) {
		return (value < 0) ? "−" + (-value) : Integer.toString(value);
	}

}
