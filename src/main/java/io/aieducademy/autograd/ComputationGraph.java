package io.aieducademy.autograd;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A program's computation graph in flat arrays, with forward and backward passes.
 * <p>
 * Node {@code i} applies the operation numbered {@code operations[i]} to the nodes
 * {@code left[i]} and {@code right[i]} (-1 when absent). The parser adds a node only
 * after its operands, so the ids are a topological order: forward is a loop up the ids
 * and backward is the same loop down, with no recursion and no sorting, however deep the
 * graph is.
 */
final class ComputationGraph {

	private static final int NONE = -1;

	private static final double[] NO_GRADS = new double[0];

	private static final boolean[] NOT_REACHED = new boolean[0];

	/** Every operation by its number ({@link Operation#ordinal()}). */
	private static final Operation[] OPERATIONS = Operation.values();

	private static final byte INPUT = (byte) Operation.INPUT.ordinal();

	/**
	 * Each node's operation by its number: a byte column is an eighth of the memory a
	 * column of references takes to clear, and storing a byte costs the garbage collector
	 * no bookkeeping.
	 */
	private byte[] operations;

	private int[] left;

	private int[] right;

	private double[] values;

	/**
	 * The gradients, allocated by the first {@link #backward()} at the graph's size: a
	 * graph is built once and differentiated once or more, so building it does not pay
	 * for columns only backward fills.
	 */
	private double[] grads = NO_GRADS;

	/**
	 * Whether the node depends on an input; constants and their combinations are never
	 * differentiated.
	 */
	private boolean[] requiresGrad;

	/**
	 * Whether the output depends on the node, so that backward reaches it (as PyTorch's
	 * autograd would); allocated with {@link #grads}.
	 */
	private boolean[] reached = NOT_REACHED;

	private int[] spanStarts;

	private int[] spanLengths;

	/**
	 * An input's name, a named constant ({@code pi}, {@code e}), or the literal's text;
	 * else null.
	 */
	private @Nullable String[] labels;

	/**
	 * The name a statement assigned to the node, if any (the last one when several did).
	 */
	private @Nullable String[] variables;

	private int size;

	private int output = NONE;

	private @Nullable String outputName;

	/**
	 * Creates an empty graph with room for {@code capacity} nodes; sizing it right once
	 * avoids growing large arrays again and again, which the garbage collector pays for.
	 */
	ComputationGraph(int capacity) {
		int size = Math.max(1, capacity);
		this.operations = new byte[size];
		this.left = new int[size];
		this.right = new int[size];
		this.values = new double[size];
		this.requiresGrad = new boolean[size];
		this.spanStarts = new int[size];
		this.spanLengths = new int[size];
		this.labels = new String[size];
		this.variables = new String[size];
	}

	int size() {
		return this.size;
	}

	int add(Operation operation, int a, int b, int spanStart, int spanLength) {
		int id = append(operation, a, b, spanStart, spanLength);
		boolean[] requiresGrad = this.requiresGrad;
		requiresGrad[id] = requiresGrad[a] || (b != NONE && requiresGrad[b]);
		return id;
	}

	int addConstant(double value, String label, int spanStart, int spanLength) {
		int id = append(Operation.CONST, NONE, NONE, spanStart, spanLength);
		this.values[id] = value;
		this.labels[id] = label;
		return id;
	}

	int addInput(String name, double value, int spanStart, int spanLength) {
		int id = append(Operation.INPUT, NONE, NONE, spanStart, spanLength);
		this.values[id] = value;
		this.labels[id] = name;
		this.requiresGrad[id] = true;
		return id;
	}

	/**
	 * Folds a minus sign into a literal just added, so that {@code -4} is one constant,
	 * not two nodes.
	 */
	void negateConstant(int id, int spanStart) {
		this.values[id] = -this.values[id];
		this.spanLengths[id] += this.spanStarts[id] - spanStart;
		this.spanStarts[id] = spanStart;
		this.labels[id] = "-" + this.labels[id];
	}

	/**
	 * Turns a literal into an input: {@code a = -4.0} makes {@code a} a leaf whose
	 * gradient is reported.
	 */
	void makeInput(int id, String name) {
		this.operations[id] = INPUT;
		this.labels[id] = name;
		this.requiresGrad[id] = true;
	}

	/**
	 * Gives a leaf a new value before the next forward pass; a graph built in code is run
	 * again and again this way with new data and new parameters.
	 */
	void setValue(int id, double value) {
		this.values[id] = value;
	}

	void nameVariable(int id, String name) {
		this.variables[id] = name;
	}

	void setOutput(int id, @Nullable String name) {
		this.output = id;
		this.outputName = name;
	}

	/**
	 * Adds a node with its operation, operands and span. Its value, label and variable
	 * are left as they are (0 and null): nodes are never removed, so every place past the
	 * last node is still as the array was allocated, and storing the defaults again would
	 * cost a store a column, a null reference's with the garbage collector's barrier.
	 */
	private int append(Operation operation, int a, int b, int spanStart, int spanLength) {
		if (this.size == this.operations.length) {
			grow();
		}
		int id = this.size++;
		this.operations[id] = (byte) operation.ordinal();
		this.left[id] = a;
		this.right[id] = b;
		this.spanStarts[id] = spanStart;
		this.spanLengths[id] = spanLength;
		return id;
	}

	private void grow() {
		this.operations = Columns.doubled(this.operations);
		this.left = Columns.doubled(this.left);
		this.right = Columns.doubled(this.right);
		this.values = Columns.doubled(this.values);
		this.requiresGrad = Columns.doubled(this.requiresGrad);
		this.spanStarts = Columns.doubled(this.spanStarts);
		this.spanLengths = Columns.doubled(this.spanLengths);
		this.labels = Columns.doubled(this.labels);
		this.variables = Columns.doubled(this.variables);
	}

	/** Computes every node's value from its operands, in topological order. */
	void forward() {
		forward(this.values, 0);
	}

	/**
	 * Recomputes {@code values} from node {@code from} on; nodes before it cannot depend
	 * on it, so the gradient check starts at the input it nudges.
	 */
	private void forward(double[] values, int from) {
		byte[] operations = this.operations;
		int[] left = this.left;
		int[] right = this.right;
		for (int i = from; i < this.size; i++) {
			int a = left[i];
			if (a == NONE) {
				continue; // a leaf keeps its value
			}
			int b = right[i];
			values[i] = OPERATIONS[operations[i]].forward(values[a], (b == NONE) ? 0 : values[b]);
		}
	}

	/**
	 * Backpropagation: seeds the output's gradient with 1, then walks the nodes in
	 * reverse topological order and adds each node's gradient times the local derivative
	 * (as the operation's backward rule computes it) to each operand that needs one. A
	 * node used twice (as in {@code x*x}) receives both contributions.
	 */
	void backward() {
		// -0 is the identity of addition (-0 + -0 = -0), so a gradient is the exact sum
		// of
		// its contributions, signed zeros included, as in PyTorch, which sums from the
		// first
		if (this.grads.length < this.size) {
			this.grads = new double[this.size];
			this.reached = new boolean[this.size];
		}
		else {
			Arrays.fill(this.reached, 0, this.size, false);
		}
		Arrays.fill(this.grads, 0, this.size, -0.0);
		this.grads[this.output] = 1;
		this.reached[this.output] = true;
		byte[] operations = this.operations;
		int[] left = this.left;
		int[] right = this.right;
		double[] values = this.values;
		double[] grads = this.grads;
		boolean[] requiresGrad = this.requiresGrad;
		boolean[] reached = this.reached;
		for (int i = this.output; i >= 0; i--) {
			int a = left[i];
			if (a == NONE || !reached[i] || !requiresGrad[i]) {
				continue;
			}
			int b = right[i];
			double x = values[a];
			double y = (b == NONE) ? 0 : values[b];
			double out = values[i];
			double grad = grads[i];
			Operation operation = OPERATIONS[operations[i]];
			if (requiresGrad[a]) {
				grads[a] += operation.backwardA(grad, x, y, out);
				reached[a] = true;
			}
			if (b != NONE && requiresGrad[b]) {
				grads[b] += operation.backwardB(grad, x, y, out);
				reached[b] = true;
			}
		}
	}

	/**
	 * The output's value if input {@code id} had the value {@code x}; the graph itself is
	 * left unchanged.
	 */
	double outputWith(int id, double x, double[] scratch) {
		System.arraycopy(this.values, id, scratch, id, this.size - id);
		scratch[id] = x;
		forward(scratch, id + 1);
		return scratch[this.output];
	}

	/**
	 * The work (node evaluations) a gradient check of every input costs: two forward
	 * passes from each input.
	 */
	long gradientCheckWork() {
		long work = 0;
		for (int i = 0; i < this.size; i++) {
			if (this.operations[i] == INPUT) {
				work += 2L * (this.size - i);
			}
		}
		return work;
	}

	Operation operation(int id) {
		return OPERATIONS[this.operations[id]];
	}

	/** Whether the node is an input: one byte compared, for the loops over every node. */
	boolean isInput(int id) {
		return this.operations[id] == INPUT;
	}

	int left(int id) {
		return this.left[id];
	}

	int right(int id) {
		return this.right[id];
	}

	double value(int id) {
		return this.values[id];
	}

	/** The node's gradient; 0 for a node backward never reached. */
	double grad(int id) {
		return (id < this.reached.length && this.reached[id]) ? this.grads[id] : 0;
	}

	boolean requiresGrad(int id) {
		return this.requiresGrad[id];
	}

	int spanStart(int id) {
		return this.spanStarts[id];
	}

	int spanLength(int id) {
		return this.spanLengths[id];
	}

	@Nullable String label(int id) {
		return this.labels[id];
	}

	@Nullable String variable(int id) {
		return this.variables[id];
	}

	int output() {
		return this.output;
	}

	@Nullable String outputName() {
		return this.outputName;
	}

	/**
	 * The local derivative along the edge from operand {@code operand} (0 or 1) of node
	 * {@code to}: the backward rule with a gradient of 1. Zero when the operand is a
	 * constant, which is never differentiated.
	 */
	double localGrad(int to, int operand) {
		return share(to, operand, 1);
	}

	/**
	 * What flowed back along that edge in backward: the backward rule applied to the
	 * consumer's gradient (the same number backward added), or 0 when backward did not
	 * pass there.
	 */
	double contribution(int to, int operand) {
		if (to >= this.reached.length || !this.reached[to] || !this.requiresGrad[to]) {
			return 0;
		}
		return share(to, operand, this.grads[to]);
	}

	private double share(int to, int operand, double grad) {
		int a = this.left[to];
		int b = this.right[to];
		int from = (operand == 0) ? a : b;
		if (!this.requiresGrad[from]) {
			return 0;
		}
		double x = this.values[a];
		double y = (b == NONE) ? 0 : this.values[b];
		Operation operation = OPERATIONS[this.operations[to]];
		return (operand == 0) ? operation.backwardA(grad, x, y, this.values[to])
				: operation.backwardB(grad, x, y, this.values[to]);
	}

}
