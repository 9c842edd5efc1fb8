package io.aieducademy.playground;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the flat parameter array (layer by layer, neuron by neuron, each
 * neuron's weights then its bias) and the JSON layers (weight out × in, bias).
 */
final class State {

	private State() {
	}

	static List<TrainResponse.LayerState> write(List<Integer> shape, double[] flat) {
		List<TrainResponse.LayerState> layers = new ArrayList<>();
		int p = 0;
		for (int l = 1; l < shape.size(); l++) {
			int in = shape.get(l - 1);
			int out = shape.get(l);
			List<List<Double>> weight = new ArrayList<>(out);
			List<Double> bias = new ArrayList<>(out);
			for (int j = 0; j < out; j++) {
				List<Double> row = new ArrayList<>(in);
				for (int i = 0; i < in; i++) {
					row.add(flat[p++]);
				}
				weight.add(row);
				bias.add(flat[p++]);
			}
			layers.add(new TrainResponse.LayerState(weight, bias));
		}
		return layers;
	}

	/** Reads layers shaped as {@code shape} into {@code flat}, or says what is wrong. */
	static void read(List<TrainResponse.LayerState> layers, List<Integer> shape, double[] flat, String field) {
		if (layers.size() != shape.size() - 1) {
			throw new BadTrainingRequestException("problem.training.stateLayers", field, field,
					Integer.toString(layers.size()), Integer.toString(shape.size() - 1));
		}
		int p = 0;
		for (int l = 1; l < shape.size(); l++) {
			int in = shape.get(l - 1);
			int out = shape.get(l);
			TrainResponse.LayerState layer = layers.get(l - 1);
			String where = Integer.toString(l);
			if (layer == null || layer.weight() == null || layer.bias() == null || layer.weight().size() != out
					|| layer.bias().size() != out) {
				throw new BadTrainingRequestException("problem.training.stateShape", field, where, field,
						Integer.toString(out));
			}
			for (int j = 0; j < out; j++) {
				List<Double> row = layer.weight().get(j);
				if (row == null || row.size() != in) {
					throw new BadTrainingRequestException("problem.training.stateRow", field, where, field,
							Integer.toString(j + 1), Integer.toString(in));
				}
				for (int i = 0; i < in; i++) {
					flat[p++] = number(row.get(i), where, field);
				}
				flat[p++] = number(layer.bias().get(j), where, field);
			}
		}
	}

	private static double number(Double value, String where, String field) {
		if (value == null || !Double.isFinite(value)) {
			throw new BadTrainingRequestException("problem.training.stateNumber", field, where, field);
		}
		return value;
	}

	/**
	 * Significant digits of a heatmap value. The page only turns a cell into a colour,
	 * and three digits keep every value's sign and leave it within 0.5 % of itself
	 * (within 0.0005 in the -1 to 1 range the colours span: under an eighth of one colour
	 * step). The neurons' heatmaps are most of an answer: at the shortest exact digits of
	 * a double they made a Play update about 355 KB of JSON, and writing and compressing
	 * it took most of the server's time for that update.
	 */
	static final int HEATMAP_DIGITS = 3;

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	/** The values rounded to {@link #HEATMAP_DIGITS} significant digits, as a list. */
	static List<Double> heatmap(double[] values) {
		List<Double> list = new ArrayList<>(values.length);
		for (double value : values) {
			list.add(significant(value, HEATMAP_DIGITS));
		}
		return list;
	}

	/**
	 * {@code value} rounded to {@code digits} significant digits: the double nearest to
	 * the rounded decimal, so that the shortest digits that read it back are those
	 * digits. Zero, non-finite values and values too large or too small to round with an
	 * exact power of ten are returned as they are.
	 */
	static double significant(double value, int digits) {
		if (value == 0 || !Double.isFinite(value)) {
			return value;
		}
		// digits after the decimal point that keep `digits` significant ones
		int decimals = digits - 1 - (int) Math.floor(Math.log10(Math.abs(value)));
		if (decimals >= 0 && decimals < POWERS_OF_TEN.length) {
			// both the integer and the power of ten are exact, so the division rounds
			// once
			double scale = POWERS_OF_TEN[decimals];
			return Math.rint(value * scale) / scale;
		}
		if (decimals < 0 && -decimals < POWERS_OF_TEN.length) {
			double scale = POWERS_OF_TEN[-decimals];
			return Math.rint(value / scale) * scale;
		}
		return value;
	}

	static List<Double> list(double[] values) {
		List<Double> list = new ArrayList<>(values.length);
		for (double value : values) {
			list.add(value);
		}
		return list;
	}

}
