package io.aieducademy.catalogue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Where a chart of a lesson figure puts its numbers: the range of values on each axis and
 * the box (in SVG units) they are drawn in. The server draws the static chart with it,
 * and the page's script, reading the same frame from the figure's JSON, draws on top of
 * that chart, so both place a number at the same point.
 */
record Plot(double xMin, double xMax, double yMin, double yMax, double left, double top, double width, double height) {

	/** The whole drawing's size: the plot box with room for the axes' labels. */
	static final double VIEW_WIDTH = 560;

	static final double VIEW_HEIGHT = 320;

	private static final MathContext JSON_DIGITS = new MathContext(6);

	/** A tick on an axis: its label and where it is drawn. */
	record Tick(String label, String at) {
	}

	public String viewBox() {
		return "0 0 " + coordinate(VIEW_WIDTH) + " " + coordinate(VIEW_HEIGHT);
	}

	public double x(double value) {
		return this.left + (value - this.xMin) / (this.xMax - this.xMin) * this.width;
	}

	public double y(double value) {
		return this.top + (1 - (value - this.yMin) / (this.yMax - this.yMin)) * this.height;
	}

	public String bottom() {
		return coordinate(this.top + this.height);
	}

	public String right() {
		return coordinate(this.left + this.width);
	}

	/** An SVG polyline's points for pairs of values. */
	String points(List<double[]> pairs) {
		StringBuilder points = new StringBuilder();
		for (double[] pair : pairs) {
			if (!Double.isFinite(pair[0]) || !Double.isFinite(pair[1])) {
				break;
			}
			if (points.length() > 0) {
				points.append(' ');
			}
			points.append(coordinate(x(pair[0]))).append(',').append(coordinate(y(pair[1])));
		}
		return points.toString();
	}

	List<Tick> xTicks(double... values) {
		return java.util.Arrays.stream(values)
			.mapToObj((value) -> new Tick(InteractiveFallback.number(value), coordinate(x(value))))
			.toList();
	}

	List<Tick> yTicks(double... values) {
		return java.util.Arrays.stream(values)
			.mapToObj((value) -> new Tick(InteractiveFallback.number(value), coordinate(y(value))))
			.toList();
	}

	/** The frame as JSON, for the script that draws on the chart. */
	String json() {
		return "{\"xMin\":" + json(this.xMin) + ",\"xMax\":" + json(this.xMax) + ",\"yMin\":" + json(this.yMin)
				+ ",\"yMax\":" + json(this.yMax) + ",\"left\":" + json(this.left) + ",\"top\":" + json(this.top)
				+ ",\"width\":" + json(this.width) + ",\"height\":" + json(this.height) + "}";
	}

	/** A coordinate in the drawing, to a tenth of a unit. */
	static String coordinate(double value) {
		// halves round up, as the page's script rounds them (Math.round in both)
		String text = String.format(Locale.ROOT, "%.1f", Math.round(value * 10) / 10.0);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	/**
	 * A number for JSON, to six significant digits (more than the page shows);
	 * {@code null} for a number JSON cannot hold.
	 */
	static String json(double value) {
		if (!Double.isFinite(value)) {
			return "null";
		}
		BigDecimal rounded = new BigDecimal(value).round(JSON_DIGITS).stripTrailingZeros();
		double magnitude = Math.abs(value);
		return (magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15)) ? rounded.toPlainString()
				: rounded.toString();
	}

	/** Rows of numbers as a JSON array of arrays. */
	static String json(List<double[]> rows) {
		StringBuilder json = new StringBuilder().append('[');
		for (double[] row : rows) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('[');
			for (int i = 0; i < row.length; i++) {
				json.append((i > 0) ? "," : "").append(json(row[i]));
			}
			json.append(']');
		}
		return json.append(']').toString();
	}

}
