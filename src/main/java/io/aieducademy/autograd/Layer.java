package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.List;

/** A layer of neurons that all read the same inputs, as micrograd's {@code Layer}. */
public final class Layer {

	private final List<Neuron> neurons;

	public Layer(GraphBuilder builder, int inputs, int outputs, Activation activation) {
		if (inputs < 1 || outputs < 1) {
			throw new IllegalArgumentException("A layer needs at least one input and one neuron");
		}
		List<Neuron> neurons = new ArrayList<>(outputs);
		for (int i = 0; i < outputs; i++) {
			neurons.add(new Neuron(builder, inputs, activation));
		}
		this.neurons = List.copyOf(neurons);
	}

	/** Each neuron's output for the inputs {@code x}. */
	public List<Value> apply(List<Value> x) {
		List<Value> out = new ArrayList<>(this.neurons.size());
		for (Neuron neuron : this.neurons) {
			out.add(neuron.apply(x));
		}
		return out;
	}

	public List<Neuron> neurons() {
		return this.neurons;
	}

}
