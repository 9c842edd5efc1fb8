package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Squared error against cross-entropy on one example whose right answer is yes
 * ({@code y = 1}), for every probability {@code p} the model could give it from 0.01 to
 * 0.99: both losses and their slopes {@code dL/dp}, by the engine. Squared error never
 * charges more than 1; cross-entropy, {@code −log p}, climbs without limit as {@code p}
 * falls.
 */
record LossComparison(Plot plot, List<double[]> points, int start, List<Row> rows) implements LossFigure {

	static final String NAME = "mse-vs-cross-entropy";

	static final String SQUARED_ERROR = "L = (p - y)^2";

	static final String CROSS_ENTROPY = "L = -(y*log(p) + (1 - y)*log(1 - p))";

	static final double Y = 1;

	/** The probabilities, as hundredths: 0.01 to 0.99. */
	static final int FIRST = 1;

	static final int LAST = 99;

	/** Where the live version starts. */
	static final int START = 10;

	/** The probabilities of the table: those of the lesson's own table, and 0.99. */
	static final List<Integer> TABLE = List.of(1, 10, 50, 90, 99);

	/** One row of the table: a probability, both losses and both slopes. */
	record Row(String probability, String squaredError, String squaredErrorSlope, String crossEntropy,
			String crossEntropySlope) {
	}

	static LossComparison compute() {
		List<double[]> points = new ArrayList<>();
		for (int hundredth = FIRST; hundredth <= LAST; hundredth++) {
			double p = hundredth / 100.0;
			Map<String, Double> values = Map.of("p", p, "y", Y);
			double[] squared = LossFigure.valueAndGradient(SQUARED_ERROR, values, "p");
			double[] cross = LossFigure.valueAndGradient(CROSS_ENTROPY, values, "p");
			points.add(new double[] { p, squared[0], squared[1], cross[0], cross[1] });
		}
		List<Row> rows = TABLE.stream().map((hundredth) -> points.get(hundredth - FIRST)).map((point) -> {
			List<String> text = java.util.Arrays.stream(point).mapToObj(InteractiveFallback::number).toList();
			return new Row(text.get(0), text.get(1), text.get(2), text.get(3), text.get(4));
		}).toList();
		Plot plot = new Plot(0, 1, 0, 5, 40, 12, 504, 240);
		return new LossComparison(plot, List.copyOf(points), START - FIRST, rows);
	}

	@Override
	public String program() {
		return SQUARED_ERROR + "\n" + CROSS_ENTROPY;
	}

	public String squaredErrorCurve() {
		return this.plot.points(this.points.stream().map((point) -> new double[] { point[0], point[1] }).toList());
	}

	public String crossEntropyCurve() {
		return this.plot.points(this.points.stream().map((point) -> new double[] { point[0], point[3] }).toList());
	}

	public double[] startPoint() {
		return this.points.get(this.start);
	}

	public List<Plot.Tick> xTicks() {
		return this.plot.xTicks(0, 0.25, 0.5, 0.75, 1);
	}

	public List<Plot.Tick> yTicks() {
		return this.plot.yTicks(0, 1, 2, 3, 4, 5);
	}

	@Override
	public String json() {
		return "{\"plot\":" + this.plot.json() + ",\"start\":" + this.start + ",\"points\":" + Plot.json(this.points)
				+ "}";
	}

}
