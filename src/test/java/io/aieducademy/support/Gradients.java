package io.aieducademy.support;

import io.aieducademy.autograd.Evaluation;

/** What the tests read from an evaluation by an input's name rather than its position. */
public final class Gradients {

	private Gradients() {
	}

	/**
	 * The gradient of the program's output with respect to the input {@code name}; the
	 * input must be in the program.
	 */
	public static double grad(Evaluation evaluation, String name) {
		return evaluation.inputs()
			.stream()
			.filter((input) -> input.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the program has no input " + name))
			.grad();
	}

}
