package io.aieducademy.playground;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One request to {@code POST /api/playground/train}: everything needed to take the next
 * steps, so any instance can serve any request. Absent fields take the documented
 * defaults.
 *
 * @param dataset the points to train on
 * @param features the input features, by name (default x1 and x2)
 * @param network the hidden layers and their activation
 * @param loss {@code hinge}, {@code cross-entropy} or {@code mse} (default hinge)
 * @param regularization none, L1 or L2 with a rate
 * @param optimizer SGD, momentum or Adam with its settings
 * @param batchSize points per step; 0 (the default) means every training point
 * @param steps how many steps to take (default 1; 0 only evaluates)
 * @param seed seeds the initial weights and the order of the points in each epoch
 * (default 0)
 * @param state the weights and optimiser moments to continue from, as a response returned
 * them; without it the network starts from its seeded initial weights
 * @param grid the side of the heatmap grid (0 or absent: no grid)
 * @param neuronGrids whether the grid also has every hidden neuron's output
 * @param gradients whether to report the full-batch gradients at the state before the
 * steps
 */
@Schema(description = "Everything needed to take the next training steps")
public record TrainRequest(@Nullable DatasetSpec dataset, @Nullable List<String> features,
		@Nullable NetworkSpec network, @Nullable String loss, @Nullable RegularizationSpec regularization,
		@Nullable OptimizerSpec optimizer, @Nullable Integer batchSize, @Nullable Integer steps, @Nullable Long seed,
		TrainResponse.@Nullable State state, @Nullable Integer grid, @Nullable Boolean neuronGrids,
		@Nullable Boolean gradients) {

	/**
	 * The points: a generated dataset, or the learner's own for kind {@code custom}.
	 *
	 * @param kind circle, xor, gaussian, spiral, moons (classification), plane,
	 * multi-gaussian (regression) or custom
	 * @param points how many points to generate (default 200)
	 * @param noise the standard deviation of the noise, as a fraction of the dataset's
	 * size (default 0)
	 * @param seed seeds the points and the train/test split (default 0)
	 * @param testFraction the share of the points held out for testing, 0 to 0.9 (default
	 * 0.5)
	 * @param data for {@code custom}: rows of [x1, x2, label]
	 */
	public record DatasetSpec(@Nullable String kind, @Nullable Integer points, @Nullable Double noise,
			@Nullable Long seed, @Nullable Double testFraction, @Nullable List<List<Double>> data) {

	}

	/**
	 * @param hidden the number of neurons in each hidden layer (default [4, 2])
	 * @param activation relu, tanh, sigmoid or linear (default tanh)
	 */
	public record NetworkSpec(@Nullable List<Integer> hidden, @Nullable String activation) {

	}

	/**
	 * @param kind none, l1 or l2 (default none)
	 * @param rate the factor of the penalty (default 0)
	 */
	public record RegularizationSpec(@Nullable String kind, @Nullable Double rate) {

	}

	/**
	 * @param kind sgd, momentum or adam (default sgd)
	 * @param learningRate the step size (default 0.03)
	 * @param momentum the momentum factor (default 0.9)
	 * @param beta1 Adam's first-moment decay (default 0.9)
	 * @param beta2 Adam's second-moment decay (default 0.999)
	 * @param epsilon Adam's epsilon (default 1e-8)
	 */
	public record OptimizerSpec(@Nullable String kind, @Nullable Double learningRate, @Nullable Double momentum,
			@Nullable Double beta1, @Nullable Double beta2, @Nullable Double epsilon) {

	}

}
