package io.aieducademy.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.aieducademy.autograd.Activation;
import io.aieducademy.autograd.Graph;
import io.aieducademy.autograd.GraphBuilder;
import io.aieducademy.autograd.MLP;
import io.aieducademy.autograd.Value;
import org.jspecify.annotations.Nullable;

/**
 * One network applied to a fixed number of points ("slots") in a single engine graph,
 * built once per request and run for every chunk of every batch with new data.
 * <p>
 * The output is {@code Σ weight[s]·loss[s] + on·(rate·Σ penalty(p))}: a batch's mean loss
 * comes from weights of 1/batch size (0 for an empty slot), and the regularisation is
 * switched on for exactly one chunk of each batch. The weights and biases are the graph's
 * parameters, shared by all slots, so backward adds up their gradients over the chunk.
 */
final class NetworkGraph {

	/** Nodes of the loss and the labels and weights, per slot, over the network's own. */
	private static final int PER_SLOT_EXTRA = 12;

	final int slots;

	final Graph graph;

	final MLP mlp;

	final List<Value> parameters;

	final Value[][] inputs;

	final Value[] labels;

	final Value[] weights;

	final Value[] predictions;

	final Value[] losses;

	/** [slot][hidden layer][neuron]. */
	final Value[][][] neurons;

	final @Nullable Value regularizationOn;

	final Value total;

	NetworkGraph(int features, List<Integer> hidden, Activation activation, Loss loss, Penalty penalty, double rate,
			int slots) {
		this.slots = slots;
		GraphBuilder builder = new GraphBuilder(Integer.MAX_VALUE);
		List<Integer> sizes = new ArrayList<>(hidden);
		sizes.add(1);
		this.mlp = new MLP(builder, features, sizes, activation, loss.output());
		this.parameters = this.mlp.parameters();
		this.inputs = new Value[slots][features];
		this.labels = new Value[slots];
		this.weights = new Value[slots];
		this.predictions = new Value[slots];
		this.losses = new Value[slots];
		this.neurons = new Value[slots][hidden.size()][];
		Value sum = null;
		for (int s = 0; s < slots; s++) {
			for (int f = 0; f < features; f++) {
				this.inputs[s][f] = builder.data(0);
			}
			this.labels[s] = builder.data(0);
			this.weights[s] = builder.data(0);
			List<List<Value>> trace = this.mlp.trace(List.of(this.inputs[s]));
			for (int l = 0; l < hidden.size(); l++) {
				this.neurons[s][l] = trace.get(l).toArray(Value[]::new);
			}
			Value score = trace.get(trace.size() - 1).get(0);
			this.predictions[s] = (loss == Loss.CROSS_ENTROPY) ? score.sigmoid() : score;
			this.losses[s] = loss.of(builder, score, this.labels[s]);
			Value weighted = this.weights[s].times(this.losses[s]);
			sum = (sum == null) ? weighted : sum.plus(weighted);
		}
		if (penalty == Penalty.NONE) {
			this.regularizationOn = null;
		}
		else {
			List<Value> terms = new ArrayList<>(this.parameters.size());
			for (Value parameter : this.parameters) {
				terms.add((penalty == Penalty.L2) ? parameter.pow(2) : parameter.abs());
			}
			this.regularizationOn = builder.data(0);
			sum = Objects.requireNonNull(sum)
				.plus(this.regularizationOn.times(builder.constant(rate).times(builder.sum(terms))));
		}
		// a batch has at least one point, so the sum exists
		this.total = Objects.requireNonNull(sum);
		this.graph = builder.build(this.total);
	}

	/**
	 * The nodes one slot adds, computed from the shape alone, so that the work can be
	 * bounded before anything is built.
	 */
	static long nodesPerSlot(int features, List<Integer> hidden, Activation activation) {
		long nodes = features + PER_SLOT_EXTRA;
		int in = features;
		for (int size : hidden) {
			nodes += (long) size * (2L * in + ((activation == Activation.LINEAR) ? 0 : 1));
			in = size;
		}
		return nodes + 2L * in;
	}

	/** The regularisation nodes, which the graph has once. */
	static long regularizationNodes(long parameters, Penalty penalty) {
		return (penalty == Penalty.NONE) ? 0 : 2 * parameters + 4;
	}

	/** The kinds of regularisation. */
	enum Penalty {

		NONE, L1, L2

	}

}
