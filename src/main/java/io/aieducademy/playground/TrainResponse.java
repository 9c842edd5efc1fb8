package io.aieducademy.playground;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /api/playground/train} answers: the losses, the accuracies, the new
 * state to send back with the next request, and what the page draws.
 *
 * @param step how many steps the network has taken in all, this request's included
 * @param trainLoss one value per step of this request: the objective of that step's batch
 * (mean loss plus regularisation) at the weights before the step
 * @param testLoss the mean loss on the test points after the steps, without
 * regularisation; null when there are no test points
 * @param trainAccuracy the share of training points classified right after the steps;
 * null for regression
 * @param testAccuracy the same on the test points; null for regression or no test points
 * @param state the weights and optimiser moments after the steps
 * @param grid the heatmaps, when asked for
 * @param gradients the full-batch gradients at the state before the steps, when asked for
 * @param dataset the points trained and tested on, labels as the loss reads them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainResponse(long step, List<Double> trainLoss, @Nullable Double testLoss,
		@Nullable Double trainAccuracy, @Nullable Double testAccuracy, State state, @Nullable Grid grid,
		@Nullable List<LayerState> gradients, Points dataset) {

	/**
	 * The network's weights and the optimiser's moments.
	 *
	 * @param layers each layer's weights, the hidden layers first and the output layer
	 * last
	 * @param optimizer the optimiser's moments
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record State(@Nullable List<LayerState> layers, @Nullable OptimizerState optimizer) {

	}

	/**
	 * One layer, as {@code torch.nn.Linear} stores it.
	 *
	 * @param weight out × in: row j holds the weights into neuron j
	 * @param bias one per neuron
	 */
	public record LayerState(@Nullable List<List<Double>> weight, @Nullable List<Double> bias) {

	}

	/**
	 * What the optimiser carries from step to step.
	 *
	 * @param step the steps taken so far (Adam's bias correction and the epoch order read
	 * it)
	 * @param velocity momentum's buffer, shaped as the layers (torch's
	 * {@code momentum_buffer})
	 * @param firstMoment Adam's {@code exp_avg}
	 * @param secondMoment Adam's {@code exp_avg_sq}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OptimizerState(@Nullable Long step, @Nullable List<LayerState> velocity,
			@Nullable List<LayerState> firstMoment, @Nullable List<LayerState> secondMoment) {

	}

	/**
	 * Heatmaps over the square from {@code -extent} to {@code extent} on both axes: cells
	 * row by row from the top (largest x2), each row from the smallest x1.
	 *
	 * @param size cells per side
	 * @param extent half the side of the square
	 * @param output the network's output per cell: the score for hinge and mse, the
	 * probability of class 1 for cross-entropy
	 * @param neurons when asked for: [hidden layer][neuron][cell], each neuron's output
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Grid(int size, double extent, List<Double> output, @Nullable List<List<List<Double>>> neurons) {

	}

	/**
	 * The points, each as [x1, x2, label].
	 *
	 * @param kind the dataset's kind
	 * @param classification whether the labels are classes
	 * @param train the training points
	 * @param test the test points
	 */
	public record Points(String kind, boolean classification, List<List<Double>> train, List<List<Double>> test) {

	}

	@Schema(hidden = true)
	static final String EXAMPLE = """
			{"step":1,"trainLoss":[1.02],"testLoss":0.97,"trainAccuracy":0.55,"testAccuracy":0.5,
			 "state":{"layers":[{"weight":[[0.41,-0.93],[0.12,0.77]],"bias":[0.0,0.01]},
			                    {"weight":[[0.35,-0.6]],"bias":[0.02]}],"optimizer":{"step":1}},
			 "dataset":{"kind":"circle","classification":true,"train":[[1.2,-0.4,1.0]],"test":[[4.1,2.2,-1.0]]}}""";

}
