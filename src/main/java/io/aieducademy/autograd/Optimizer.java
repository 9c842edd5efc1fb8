package io.aieducademy.autograd;

import org.jspecify.annotations.Nullable;

/**
 * The optimisers' update rules, written once for the playground and the lessons, with the
 * formulas of {@code torch.optim}: plain gradient descent, gradient descent with momentum
 * ({@code v ← β·v + g}, {@code w ← w − η·v}) and Adam (bias-corrected averages of the
 * gradient and of its square). An instance keeps the moments of one set of parameters, as
 * flat arrays in the parameters' order.
 */
public final class Optimizer {

	/** The update rules. */
	public enum Kind {

		SGD, MOMENTUM, ADAM

	}

	/**
	 * An optimiser's settings: the learning rate η, momentum's β, Adam's β1, β2 and ε.
	 */
	public record Settings(Kind kind, double learningRate, double momentum, double beta1, double beta2,
			double epsilon) {

		/** The usual defaults (β = 0.9, β1 = 0.9, β2 = 0.999, ε = 1e-8) with a rate. */
		public static Settings of(Kind kind, double learningRate) {
			return new Settings(kind, learningRate, 0.9, 0.9, 0.999, 1e-8);
		}

	}

	private final Settings settings;

	private double @Nullable [] first;

	private double @Nullable [] second;

	public Optimizer(Settings settings) {
		this.settings = settings;
	}

	public Settings settings() {
		return this.settings;
	}

	/**
	 * Momentum's velocity or Adam's first moment, or {@code null} before the first step.
	 */
	public double @Nullable [] firstMoment() {
		return this.first;
	}

	/** Adam's second moment, or {@code null} before the first step. */
	public double @Nullable [] secondMoment() {
		return this.second;
	}

	/** Carries on from moments an earlier run left (either may be {@code null}). */
	public void restore(double @Nullable [] firstMoment, double @Nullable [] secondMoment) {
		this.first = firstMoment;
		this.second = secondMoment;
	}

	/**
	 * One step, in place: {@code step} counts the steps including this one (Adam's t,
	 * from 1).
	 */
	public void update(double[] parameters, double[] grad, long step) {
		double rate = this.settings.learningRate();
		switch (this.settings.kind()) {
			case SGD -> {
				for (int i = 0; i < parameters.length; i++) {
					parameters[i] -= rate * grad[i];
				}
			}
			case MOMENTUM -> {
				double[] velocity = this.first;
				if (velocity == null) {
					velocity = grad.clone();
					this.first = velocity;
				}
				else {
					for (int i = 0; i < parameters.length; i++) {
						velocity[i] = this.settings.momentum() * velocity[i] + grad[i];
					}
				}
				for (int i = 0; i < parameters.length; i++) {
					parameters[i] -= rate * velocity[i];
				}
			}
			case ADAM -> {
				double[] m = this.first;
				double[] v = this.second;
				if (m == null || v == null) {
					m = new double[parameters.length];
					v = new double[parameters.length];
					this.first = m;
					this.second = v;
				}
				double beta1 = this.settings.beta1();
				double beta2 = this.settings.beta2();
				double correction1 = 1 - Math.pow(beta1, (double) step);
				double correction2 = Math.sqrt(1 - Math.pow(beta2, (double) step));
				double stepSize = rate / correction1;
				for (int i = 0; i < parameters.length; i++) {
					m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
					v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
					double denominator = Math.sqrt(v[i]) / correction2 + this.settings.epsilon();
					parameters[i] -= stepSize * (m[i] / denominator);
				}
			}
		}
	}

}
