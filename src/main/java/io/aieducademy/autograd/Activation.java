package io.aieducademy.autograd;

/** The function a neuron applies to its weighted sum. */
public enum Activation {

	RELU, TANH, SIGMOID,

	/** The weighted sum itself, as micrograd's last layer. */
	LINEAR;

	Value apply(Value sum) {
		return switch (this) {
			case RELU -> sum.relu();
			case TANH -> sum.tanh();
			case SIGMOID -> sum.sigmoid();
			case LINEAR -> sum;
		};
	}

}
