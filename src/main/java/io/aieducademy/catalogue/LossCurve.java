package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The loss of the Backpropagation lesson's worked example, {@code L = (w*x - y)^2} with
 * {@code x = 3} and {@code y = 10}, for every weight {@code w} from −0.5 to 7 in steps of
 * 0.1, with its slope {@code dL/dw}: a curve with one lowest point, at {@code w = y/x}.
 */
record LossCurve(Plot plot, List<double[]> points, int start, List<Row> rows) implements LossFigure {

	static final String NAME = "loss-curve";

	static final String PROGRAM = "L = (w*x - y)^2";

	static final double X = 3;

	static final double Y = 10;

	/** The weights, as tenths: −0.5 to 7. */
	static final int FIRST_TENTH = -5;

	static final int LAST_TENTH = 70;

	/**
	 * Where the live version starts and the table's marked row: the worked example's w.
	 */
	static final double START = 2;

	/** How far either side of its point the tangent is drawn, in units of w. */
	static final double TANGENT_REACH = 0.75;

	/** One row of the table: a weight, its loss and its slope. */
	record Row(String weight, String loss, String slope) {
	}

	static LossCurve compute() {
		List<double[]> points = new ArrayList<>();
		for (int tenth = FIRST_TENTH; tenth <= LAST_TENTH; tenth++) {
			double w = tenth / 10.0;
			double[] loss = LossFigure.valueAndGradient(PROGRAM, Map.of("w", w, "x", X, "y", Y), "w");
			points.add(new double[] { w, loss[0], loss[1] });
		}
		List<Row> rows = new ArrayList<>();
		for (double[] point : points) {
			if (point[0] == Math.rint(point[0])) {
				rows.add(new Row(InteractiveFallback.number(point[0]), InteractiveFallback.number(point[1]),
						InteractiveFallback.number(point[2])));
			}
		}
		double highest = points.stream().mapToDouble((point) -> point[1]).max().orElseThrow();
		Plot plot = new Plot(FIRST_TENTH / 10.0, LAST_TENTH / 10.0, 0, Math.ceil(highest / 20) * 20, 52, 12, 492, 240);
		int start = (int) Math.round(START * 10) - FIRST_TENTH;
		return new LossCurve(plot, List.copyOf(points), start, List.copyOf(rows));
	}

	@Override
	public String program() {
		return PROGRAM;
	}

	public String curve() {
		return this.plot.points(this.points.stream().map((point) -> new double[] { point[0], point[1] }).toList());
	}

	public double[] startPoint() {
		return this.points.get(this.start);
	}

	/** The tangent at a point: a short line with the point's slope, as SVG points. */
	public String tangent(int index) {
		double[] point = this.points.get(index);
		double reach = TANGENT_REACH;
		return this.plot.points(List.of(new double[] { point[0] - reach, point[1] - reach * point[2] },
				new double[] { point[0] + reach, point[1] + reach * point[2] }));
	}

	public String startWeight() {
		return InteractiveFallback.number(startPoint()[0]);
	}

	public String startLoss() {
		return InteractiveFallback.number(startPoint()[1]);
	}

	public String startSlope() {
		return InteractiveFallback.number(startPoint()[2]);
	}

	public List<Plot.Tick> xTicks() {
		return this.plot.xTicks(0, 1, 2, 3, 4, 5, 6, 7);
	}

	public List<Plot.Tick> yTicks() {
		List<Double> values = new ArrayList<>();
		for (double value = 0; value <= this.plot.yMax(); value += 40) {
			values.add(value);
		}
		return this.plot.yTicks(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	@Override
	public String json() {
		return "{\"plot\":" + this.plot.json() + ",\"start\":" + this.start + ",\"reach\":" + Plot.json(TANGENT_REACH)
				+ ",\"points\":" + Plot.json(this.points) + "}";
	}

}
