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

	static List<Double> list(double[] values) {
		List<Double> list = new ArrayList<>(values.length);
		for (double value : values) {
			list.add(value);
		}
		return list;
	}

}
