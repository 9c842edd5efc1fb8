package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * One neuron, as micrograd's: {@code activation(w · x + b)}, with its weights and bias as
 * parameters of a graph. The weighted sum is built left to right,
 * {@code ((w0·x0 + w1·x1) + …) + b}, so a program written in the same order computes the
 * same numbers.
 */
public final class Neuron {

	private final List<Value> weights;

	private final Value bias;

	private final Activation activation;

	/** A neuron with {@code inputs} weights and a bias, all 0 until set. */
	public Neuron(GraphBuilder builder, int inputs, Activation activation) {
		List<Value> weights = new ArrayList<>(inputs);
		for (int i = 0; i < inputs; i++) {
			weights.add(builder.parameter(0));
		}
		this.weights = List.copyOf(weights);
		this.bias = builder.parameter(0);
		this.activation = activation;
	}

	/** The neuron's output for the inputs {@code x}. */
	public Value apply(List<Value> x) {
		if (x.size() != this.weights.size()) {
			throw new IllegalArgumentException(
					"The neuron has " + this.weights.size() + " weights but got " + x.size() + " inputs");
		}
		Value sum = this.weights.get(0).times(x.get(0));
		for (int i = 1; i < x.size(); i++) {
			sum = sum.plus(this.weights.get(i).times(x.get(i)));
		}
		return this.activation.apply(sum.plus(this.bias));
	}

	public List<Value> weights() {
		return this.weights;
	}

	public Value bias() {
		return this.bias;
	}

	public Activation activation() {
		return this.activation;
	}

}
