package io.aieducademy.playground;

import io.aieducademy.autograd.Activation;
import io.aieducademy.autograd.GraphBuilder;
import io.aieducademy.autograd.Value;

/**
 * The losses, each written with the engine's operations exactly as the Backprop Lab
 * program of one point writes it, so both give the same numbers.
 */
enum Loss {

	/** {@code relu(1 - y·s)}, labels ±1, as micrograd's demo. */
	HINGE("hinge"),

	/**
	 * Binary cross-entropy of {@code sigmoid(s)}, labels 0 and 1, in the stable form
	 * {@code max(s, 0) - s·y + log(1 + exp(-|s|))}, which equals
	 * {@code -(y·log σ(s) + (1 - y)·log(1 - σ(s)))}.
	 */
	CROSS_ENTROPY("cross-entropy"),

	/** {@code (s - y)²}, real labels, as {@code torch.nn.MSELoss}. */
	MSE("mse");

	private final String key;

	Loss(String key) {
		this.key = key;
	}

	String key() {
		return this.key;
	}

	static Loss of(String key) {
		for (Loss loss : values()) {
			if (loss.key.equals(key)) {
				return loss;
			}
		}
		throw new BadTrainingRequestException("problem.training.loss", null, key);
	}

	/** The output layer's activation: what the page shows is the score or σ(score). */
	Activation output() {
		return Activation.LINEAR;
	}

	/** The loss of one point with score {@code s} and label {@code y}. */
	Value of(GraphBuilder builder, Value s, Value y) {
		return switch (this) {
			case HINGE -> builder.constant(1).minus(y.times(s)).relu();
			case CROSS_ENTROPY -> s.max(builder.constant(0))
				.minus(s.times(y))
				.plus(builder.constant(1).plus(s.abs().negate().exp()).log());
			case MSE -> s.minus(y).pow(2);
		};
	}

	/** The label as this loss reads it, from a class of +1 or -1. */
	double label(double positiveOrNegative) {
		return (this == CROSS_ENTROPY) ? ((positiveOrNegative > 0) ? 1 : 0) : positiveOrNegative;
	}

	/** Whether a prediction (score, or probability for cross-entropy) means class 1. */
	boolean positive(double prediction) {
		return (this == CROSS_ENTROPY) ? prediction > 0.5 : prediction > 0;
	}

	/** Whether a label means class 1. */
	boolean positiveLabel(double label) {
		return (this == CROSS_ENTROPY) ? label > 0.5 : label > 0;
	}

}
