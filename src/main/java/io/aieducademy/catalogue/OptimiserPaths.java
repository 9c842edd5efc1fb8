package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain gradient descent, momentum and Adam side by side on a long, narrow valley,
 * {@code L = a^2/40 + b^2}, forty times steeper across than along, all starting from the
 * same point: each step's gradient from the engine, each update by the engine's
 * {@link Optimizer} (the playground's), for each learning rate a learner may choose.
 */
record OptimiserPaths(Plot plot, List<Double> rates, int defaultRate, List<List<List<double[]>>> paths,
		List<Contour> contours, List<Row> rows) implements LossFigure {

	static final String NAME = "optimiser-paths";

	static final String PROGRAM = "L = a^2/40 + b^2";

	static final double START_A = -8;

	static final double START_B = 2.5;

	/** The learning rates a learner may choose, and the one shown first. */
	static final List<Double> RATES = List.of(0.03, 0.1, 0.3, 0.9, 1.05);

	static final double DEFAULT_RATE = 0.3;

	/** The most steps the figure shows (its table: after all of them). */
	static final int STEPS = 50;

	/** The optimisers, in the order the figure shows them, by the names its JSON uses. */
	static final List<Optimizer.Kind> KINDS = List.of(Optimizer.Kind.SGD, Optimizer.Kind.MOMENTUM, Optimizer.Kind.ADAM);

	/**
	 * The loss of each contour line drawn under the paths: b = 0.5, 1, … 3 on the axis.
	 */
	static final List<Double> LEVELS = List.of(0.25, 1.0, 2.25, 4.0, 6.25, 9.0);

	/** A contour of the surface, an ellipse, where the loss is {@code level}. */
	record Contour(String level, String cx, String cy, String rx, String ry) {
	}

	/** A row of the table: a learning rate and each optimiser's loss after every step. */
	record Row(String rate, List<String> losses) {
	}

	static OptimiserPaths compute() {
		// the same scale on both axes (36 units to 1), so the ellipses are true to shape
		Plot plot = new Plot(-9, 5, -3.5, 3.5, 44, 12, 504, 252);
		List<List<List<double[]>>> paths = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (double rate : RATES) {
			List<List<double[]>> byKind = new ArrayList<>();
			List<String> losses = new ArrayList<>();
			for (Optimizer.Kind kind : KINDS) {
				List<double[]> path = path(new Optimizer(Optimizer.Settings.of(kind, rate)));
				byKind.add(path);
				losses.add(InteractiveFallback.number(path.get(path.size() - 1)[2]));
			}
			paths.add(List.copyOf(byKind));
			rows.add(new Row(InteractiveFallback.number(rate), List.copyOf(losses)));
		}
		List<Contour> contours = new ArrayList<>();
		double scale = plot.width() / (plot.xMax() - plot.xMin());
		for (double level : LEVELS) {
			// a^2/(40c) + b^2/c = 1: the semi-axes are √(40c) along a and √c along b
			double alongA = Math.sqrt(40 * level);
			double alongB = Math.sqrt(level);
			checkContour(level, alongA, alongB);
			contours.add(new Contour(InteractiveFallback.number(level), Plot.coordinate(plot.x(0)),
					Plot.coordinate(plot.y(0)), Plot.coordinate(alongA * scale), Plot.coordinate(alongB * scale)));
		}
		return new OptimiserPaths(plot, RATES, RATES.indexOf(DEFAULT_RATE), List.copyOf(paths), List.copyOf(contours),
				List.copyOf(rows));
	}

	/** The points an optimiser visits, with the loss at each: step 0 is the start. */
	private static List<double[]> path(Optimizer optimizer) {
		double[] parameters = { START_A, START_B };
		List<double[]> path = new ArrayList<>();
		for (int step = 0; step <= STEPS; step++) {
			Map<String, Double> values = new LinkedHashMap<>();
			values.put("a", parameters[0]);
			values.put("b", parameters[1]);
			Evaluation evaluation = Autograd.evaluate(PROGRAM, values);
			path.add(new double[] { parameters[0], parameters[1], evaluation.output().value() });
			if (step < STEPS) {
				double[] grad = new double[2];
				for (Evaluation.Input input : evaluation.inputs()) {
					grad["a".equals(input.name()) ? 0 : 1] = input.grad();
				}
				optimizer.update(parameters, grad, step + 1);
			}
		}
		return List.copyOf(path);
	}

	/**
	 * The engine's loss all round the ellipse drawn for a level is that level, so the
	 * drawing is true to the surface.
	 */
	private static void checkContour(double level, double alongA, double alongB) {
		for (int i = 0; i < 8; i++) {
			double angle = i * Math.PI / 4;
			Map<String, Double> values = new LinkedHashMap<>();
			values.put("a", alongA * Math.cos(angle));
			values.put("b", alongB * Math.sin(angle));
			double loss = Autograd.evaluate(PROGRAM, values).output().value();
			if (Math.abs(loss - level) > 1e-9 * Math.max(1, level)) {
				throw new IllegalStateException(String.format(Locale.ROOT,
						"the contour drawn for the loss %s has the loss %s at angle %d°", level, loss, i * 45));
			}
		}
	}

	@Override
	public String program() {
		return PROGRAM;
	}

	/** The path of one optimiser at the rate shown first, as SVG points. */
	public String path(int kind) {
		return this.plot.points(this.paths.get(this.defaultRate).get(kind));
	}

	public String startX() {
		return Plot.coordinate(this.plot.x(START_A));
	}

	public String startY() {
		return Plot.coordinate(this.plot.y(START_B));
	}

	public String minimumX() {
		return Plot.coordinate(this.plot.x(0));
	}

	public String minimumY() {
		return Plot.coordinate(this.plot.y(0));
	}

	public String defaultRateText() {
		return InteractiveFallback.number(DEFAULT_RATE);
	}

	public int steps() {
		return STEPS;
	}

	public List<String> kinds() {
		return KINDS.stream().map((kind) -> kind.name().toLowerCase(Locale.ROOT)).toList();
	}

	public List<Plot.Tick> xTicks() {
		return this.plot.xTicks(-8, -6, -4, -2, 0, 2, 4);
	}

	public List<Plot.Tick> yTicks() {
		return this.plot.yTicks(-3, -2, -1, 0, 1, 2, 3);
	}

	@Override
	public String json() {
		StringBuilder json = new StringBuilder("{\"plot\":").append(this.plot.json())
			.append(",\"steps\":")
			.append(STEPS)
			.append(",\"rate\":")
			.append(this.defaultRate)
			.append(",\"rates\":[");
		for (int i = 0; i < this.rates.size(); i++) {
			json.append((i > 0) ? "," : "").append(Plot.json(this.rates.get(i)));
		}
		json.append("],\"optimisers\":[");
		List<String> kinds = kinds();
		for (int i = 0; i < kinds.size(); i++) {
			json.append((i > 0) ? "," : "").append('"').append(kinds.get(i)).append('"');
		}
		json.append("],\"paths\":[");
		for (int r = 0; r < this.paths.size(); r++) {
			json.append((r > 0) ? "," : "").append('[');
			List<List<double[]>> byKind = this.paths.get(r);
			for (int k = 0; k < byKind.size(); k++) {
				json.append((k > 0) ? "," : "").append(Plot.json(byKind.get(k)));
			}
			json.append(']');
		}
		return json.append("]}").toString();
	}

}
