package io.aieducademy.playground;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optimisers, with the formulas of {@code torch.optim} (see {@link Training}). The
 * moments are arrays in the flat parameter order.
 */
final class Optimizer {

	enum Kind {

		SGD, MOMENTUM, ADAM

	}

	private final Kind kind;

	private final double learningRate;

	private final double momentum;

	private final double beta1;

	private final double beta2;

	private final double epsilon;

	private double @Nullable [] first;

	private double @Nullable [] second;

	private Optimizer(Kind kind, double learningRate, double momentum, double beta1, double beta2, double epsilon) {
		this.kind = kind;
		this.learningRate = learningRate;
		this.momentum = momentum;
		this.beta1 = beta1;
		this.beta2 = beta2;
		this.epsilon = epsilon;
	}

	static Optimizer of(TrainRequest.@Nullable OptimizerSpec spec) {
		TrainRequest.OptimizerSpec s = (spec != null) ? spec
				: new TrainRequest.OptimizerSpec(null, null, null, null, null, null);
		String name = Training.orDefault(s.kind(), "sgd");
		Kind kind = switch (name) {
			case "sgd" -> Kind.SGD;
			case "momentum" -> Kind.MOMENTUM;
			case "adam" -> Kind.ADAM;
			default -> throw new BadTrainingRequestException("problem.training.optimizer", "optimizer.kind", name);
		};
		double learningRate = Training.finite(Training.orDefault(s.learningRate(), 0.03), "optimizer.learningRate", 0,
				100);
		double momentum = Training.finite(Training.orDefault(s.momentum(), 0.9), "optimizer.momentum", 0, 0.999999);
		double beta1 = Training.finite(Training.orDefault(s.beta1(), 0.9), "optimizer.beta1", 0, 0.999999);
		double beta2 = Training.finite(Training.orDefault(s.beta2(), 0.999), "optimizer.beta2", 0, 0.999999);
		double epsilon = Training.finite(Training.orDefault(s.epsilon(), 1e-8), "optimizer.epsilon", 1e-300, 1);
		return new Optimizer(kind, learningRate, momentum, beta1, beta2, epsilon);
	}

	/** Reads the moments of a state; returns the step count it carries. */
	long read(TrainResponse.@Nullable OptimizerState state, List<Integer> shape) {
		int count = Training.parameterCount(shape);
		long step = 0;
		if (state != null && state.step() != null) {
			step = state.step();
			if (step < 0) {
				throw new BadTrainingRequestException("problem.training.negativeStep", "state.optimizer.step");
			}
		}
		if (this.kind == Kind.MOMENTUM && state != null && state.velocity() != null) {
			this.first = new double[count];
			State.read(state.velocity(), shape, this.first, "state.optimizer.velocity");
		}
		if (this.kind == Kind.ADAM && state != null && state.firstMoment() != null && state.secondMoment() != null) {
			this.first = new double[count];
			this.second = new double[count];
			State.read(state.firstMoment(), shape, this.first, "state.optimizer.firstMoment");
			State.read(state.secondMoment(), shape, this.second, "state.optimizer.secondMoment");
		}
		return step;
	}

	TrainResponse.OptimizerState write(List<Integer> shape, long step) {
		return switch (this.kind) {
			case SGD -> new TrainResponse.OptimizerState(step, null, null, null);
			case MOMENTUM -> new TrainResponse.OptimizerState(step,
					(this.first != null) ? State.write(shape, this.first) : null, null, null);
			case ADAM -> new TrainResponse.OptimizerState(step, null,
					(this.first != null) ? State.write(shape, this.first) : null,
					(this.second != null) ? State.write(shape, this.second) : null);
		};
	}

	/** One step: {@code step} is the count including this one (Adam's t). */
	void update(double[] parameters, double[] grad, long step) {
		switch (this.kind) {
			case SGD -> {
				for (int i = 0; i < parameters.length; i++) {
					parameters[i] -= this.learningRate * grad[i];
				}
			}
			case MOMENTUM -> {
				if (this.first == null) {
					this.first = grad.clone();
				}
				else {
					for (int i = 0; i < parameters.length; i++) {
						this.first[i] = this.momentum * this.first[i] + grad[i];
					}
				}
				for (int i = 0; i < parameters.length; i++) {
					parameters[i] -= this.learningRate * this.first[i];
				}
			}
			case ADAM -> {
				if (this.first == null || this.second == null) {
					this.first = new double[parameters.length];
					this.second = new double[parameters.length];
				}
				double correction1 = 1 - Math.pow(this.beta1, step);
				double correction2 = Math.sqrt(1 - Math.pow(this.beta2, step));
				double stepSize = this.learningRate / correction1;
				for (int i = 0; i < parameters.length; i++) {
					this.first[i] = this.beta1 * this.first[i] + (1 - this.beta1) * grad[i];
					this.second[i] = this.beta2 * this.second[i] + (1 - this.beta2) * grad[i] * grad[i];
					double denominator = Math.sqrt(this.second[i]) / correction2 + this.epsilon;
					parameters[i] -= stepSize * (this.first[i] / denominator);
				}
			}
		}
	}

}
