package io.aieducademy.playground;

import io.aieducademy.autograd.Optimizer.Kind;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The playground's optimiser: the request's settings and the moments its state carries,
 * around the engine's update rules ({@link io.aieducademy.autograd.Optimizer}, shared
 * with the lessons).
 */
final class Optimizer {

	private final io.aieducademy.autograd.Optimizer rule;

	private Optimizer(io.aieducademy.autograd.Optimizer.Settings settings) {
		this.rule = new io.aieducademy.autograd.Optimizer(settings);
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
		return new Optimizer(
				new io.aieducademy.autograd.Optimizer.Settings(kind, learningRate, momentum, beta1, beta2, epsilon));
	}

	private Kind kind() {
		return this.rule.settings().kind();
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
		if (kind() == Kind.MOMENTUM && state != null && state.velocity() != null) {
			double[] velocity = new double[count];
			State.read(state.velocity(), shape, velocity, "state.optimizer.velocity");
			this.rule.restore(velocity, null);
		}
		if (kind() == Kind.ADAM && state != null && state.firstMoment() != null && state.secondMoment() != null) {
			double[] first = new double[count];
			double[] second = new double[count];
			State.read(state.firstMoment(), shape, first, "state.optimizer.firstMoment");
			State.read(state.secondMoment(), shape, second, "state.optimizer.secondMoment");
			this.rule.restore(first, second);
		}
		return step;
	}

	TrainResponse.OptimizerState write(List<Integer> shape, long step) {
		double[] first = this.rule.firstMoment();
		double[] second = this.rule.secondMoment();
		return switch (kind()) {
			case SGD -> new TrainResponse.OptimizerState(step, null, null, null);
			case MOMENTUM ->
				new TrainResponse.OptimizerState(step, (first != null) ? State.write(shape, first) : null, null, null);
			case ADAM ->
				new TrainResponse.OptimizerState(step, null, (first != null) ? State.write(shape, first) : null,
						(second != null) ? State.write(shape, second) : null);
		};
	}

	/** One step: {@code step} is the count including this one (Adam's t). */
	void update(double[] parameters, double[] grad, long step) {
		this.rule.update(parameters, grad, step);
	}

}
