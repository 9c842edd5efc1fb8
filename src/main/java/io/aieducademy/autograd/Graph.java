package io.aieducademy.autograd;

/**
 * A graph built in code, ready to run: set the leaves, run {@link #forward} and
 * {@link #backward}, read values and gradients, and run again with new leaves. Not
 * thread-safe: one graph per thread.
 */
public final class Graph {

	private final ComputationGraph graph;

	Graph(ComputationGraph graph) {
		this.graph = graph;
	}

	/** Gives a parameter or data leaf a new value for the next forward pass. */
	public void set(Value leaf, double value) {
		Operation operation = this.graph.operation(leaf.id());
		if (operation.arity() != 0) {
			throw new IllegalArgumentException("Only a leaf can be given a value");
		}
		this.graph.setValue(leaf.id(), value);
	}

	/** Computes every node's value, in topological order. */
	public void forward() {
		this.graph.forward();
	}

	/**
	 * Computes the output's gradient with respect to every node that needs one, in
	 * reverse topological order; call after {@link #forward}.
	 */
	public void backward() {
		this.graph.backward();
	}

	/** The node's value after the last forward pass. */
	public double value(Value value) {
		return this.graph.value(value.id());
	}

	/**
	 * d(output)/d(node) after the last backward pass; 0 for data, constants and nodes the
	 * output does not use.
	 */
	public double grad(Value value) {
		return this.graph.grad(value.id());
	}

	/** The number of nodes. */
	public int size() {
		return this.graph.size();
	}

}
