package io.aieducademy.autograd;

/**
 * Builds a computation graph in code rather than from a program's text: the Java
 * equivalent of composing micrograd {@code Value}s, on the engine's flat arrays.
 * <p>
 * There are three kinds of leaf. A {@link #parameter} is differentiated: backward reports
 * its gradient. A {@link #data} leaf is not differentiated, but its value may change
 * between runs, which is how one graph serves every batch. A {@link #constant} never
 * changes. Nodes are added in topological order by construction, as the parser does.
 * {@link #build} hands the graph over; the builder cannot be used after that.
 */
public final class GraphBuilder {

	private final int maxNodes;

	private ComputationGraph graph;

	private boolean built;

	/** A builder that refuses to grow past {@code maxNodes} nodes. */
	public GraphBuilder(int maxNodes) {
		if (maxNodes < 1) {
			throw new IllegalArgumentException("maxNodes must be positive: " + maxNodes);
		}
		this.maxNodes = maxNodes;
		this.graph = new ComputationGraph(Math.min(maxNodes, 1024));
	}

	/** A differentiated leaf (a weight or a bias), starting at {@code value}. */
	public Value parameter(double value) {
		check();
		return new Value(this, this.graph.addInput("p", value, 0, 0));
	}

	/**
	 * A leaf that is not differentiated but whose value may be changed between runs (an
	 * input feature, a label, a weight in a sum).
	 */
	public Value data(double value) {
		check();
		return new Value(this, this.graph.addConstant(value, "data", 0, 0));
	}

	/** A fixed number. */
	public Value constant(double value) {
		check();
		return new Value(this, this.graph.addConstant(value, "const", 0, 0));
	}

	/** The sum of the values, added left to right as a chain of {@code +} nodes. */
	public Value sum(Iterable<Value> values) {
		Value total = null;
		for (Value value : values) {
			total = (total == null) ? value : total.plus(value);
		}
		if (total == null) {
			throw new IllegalArgumentException("A sum needs at least one value");
		}
		return total;
	}

	/** The number of nodes added so far. */
	public int size() {
		return this.graph.size();
	}

	/**
	 * Finishes the graph with {@code output} as the node that backward starts from; nodes
	 * added after it are computed by forward but never differentiated.
	 */
	public Graph build(Value output) {
		own(output);
		check();
		this.graph.setOutput(output.id(), null);
		this.built = true;
		return new Graph(this.graph);
	}

	Value apply(Operation operation, Value a) {
		own(a);
		check();
		return new Value(this, this.graph.add(operation, a.id(), -1, 0, 0));
	}

	Value apply(Operation operation, Value a, Value b) {
		own(a);
		own(b);
		check();
		return new Value(this, this.graph.add(operation, a.id(), b.id(), 0, 0));
	}

	private void own(Value value) {
		if (value.builder() != this) {
			throw new IllegalArgumentException("The value belongs to another graph");
		}
	}

	private void check() {
		if (this.built) {
			throw new IllegalStateException("The graph has been built; start a new builder");
		}
		if (this.graph.size() >= this.maxNodes) {
			throw new ProgramException(ProgramException.Kind.TOO_LARGE, "graphTooLarge", this.maxNodes);
		}
	}

}
