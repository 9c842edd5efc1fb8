package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-layer perceptron, as micrograd's {@code MLP}: hidden layers with one activation
 * and an output layer with another (linear in micrograd). Its parameters belong to one
 * {@link GraphBuilder}; applying it to several inputs in the same builder shares them, so
 * a whole batch is one graph whose gradients add up over the samples.
 */
public final class MLP {

	private final List<Layer> layers;

	/**
	 * @param builder the graph the parameters belong to
	 * @param inputs the number of inputs
	 * @param sizes the number of neurons of each layer, the output layer last
	 * @param hidden the activation of every layer but the last
	 * @param output the activation of the last layer
	 */
	public MLP(GraphBuilder builder, int inputs, List<Integer> sizes, Activation hidden, Activation output) {
		if (sizes.isEmpty()) {
			throw new IllegalArgumentException("An MLP needs at least one layer");
		}
		List<Layer> layers = new ArrayList<>(sizes.size());
		int in = inputs;
		for (int i = 0; i < sizes.size(); i++) {
			boolean last = i == sizes.size() - 1;
			layers.add(new Layer(builder, in, sizes.get(i), last ? output : hidden));
			in = sizes.get(i);
		}
		this.layers = List.copyOf(layers);
	}

	/** The last layer's outputs for the inputs {@code x}. */
	public List<Value> apply(List<Value> x) {
		List<List<Value>> trace = trace(x);
		return trace.get(trace.size() - 1);
	}

	/** Every layer's outputs for the inputs {@code x}, the first layer first. */
	public List<List<Value>> trace(List<Value> x) {
		List<List<Value>> outputs = new ArrayList<>(this.layers.size());
		List<Value> in = x;
		for (Layer layer : this.layers) {
			in = layer.apply(in);
			outputs.add(in);
		}
		return outputs;
	}

	public List<Layer> layers() {
		return this.layers;
	}

	/**
	 * Every weight and bias, layer by layer, neuron by neuron, each neuron's weights then
	 * its bias (micrograd's order).
	 */
	public List<Value> parameters() {
		List<Value> parameters = new ArrayList<>();
		for (Layer layer : this.layers) {
			for (Neuron neuron : layer.neurons()) {
				parameters.addAll(neuron.weights());
				parameters.add(neuron.bias());
			}
		}
		return parameters;
	}

}
