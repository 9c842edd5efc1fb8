package io.aieducademy.autograd;

/**
 * A node of a graph being built in code, like micrograd's {@code Value}: arithmetic on
 * values adds operation nodes to the same {@link GraphBuilder}.
 * <p>
 * Unlike micrograd's, a value holds no number: the numbers live in the flat arrays of the
 * graph, which is built once and then run forward and backward as often as needed, with
 * new data and parameters each time ({@link Graph#set}).
 */
public final class Value {

	private final GraphBuilder builder;

	private final int id;

	Value(GraphBuilder builder, int id) {
		this.builder = builder;
		this.id = id;
	}

	/** The node's index in topological order. */
	public int id() {
		return this.id;
	}

	GraphBuilder builder() {
		return this.builder;
	}

	public Value plus(Value other) {
		return this.builder.apply(Operation.ADD, this, other);
	}

	public Value plus(double other) {
		return plus(this.builder.constant(other));
	}

	public Value minus(Value other) {
		return this.builder.apply(Operation.SUB, this, other);
	}

	public Value times(Value other) {
		return this.builder.apply(Operation.MUL, this, other);
	}

	public Value times(double other) {
		return times(this.builder.constant(other));
	}

	public Value dividedBy(Value other) {
		return this.builder.apply(Operation.DIV, this, other);
	}

	/** This value to a constant power; the exponent is not differentiated. */
	public Value pow(double exponent) {
		return this.builder.apply(Operation.POW, this, this.builder.constant(exponent));
	}

	public Value negate() {
		return this.builder.apply(Operation.NEG, this);
	}

	public Value relu() {
		return this.builder.apply(Operation.RELU, this);
	}

	public Value tanh() {
		return this.builder.apply(Operation.TANH, this);
	}

	public Value sigmoid() {
		return this.builder.apply(Operation.SIGMOID, this);
	}

	public Value exp() {
		return this.builder.apply(Operation.EXP, this);
	}

	public Value log() {
		return this.builder.apply(Operation.LOG, this);
	}

	public Value abs() {
		return this.builder.apply(Operation.ABS, this);
	}

	public Value max(Value other) {
		return this.builder.apply(Operation.MAX, this, other);
	}

}
