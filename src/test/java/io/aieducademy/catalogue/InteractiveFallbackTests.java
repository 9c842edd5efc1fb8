package io.aieducademy.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The static fallbacks of the neuron and training-loop interactives, which
 * {@link LessonPageSupport} computes at start-up: the engine's numbers, and a broken
 * interactive stops start-up with a sentence naming the lesson file.
 */
class InteractiveFallbackTests {

	private static final String FILE = "programs/p/lessons/l.md";

	@Test
	void aNeuronIsRunThroughEachActivation() {
		InteractiveFallback fallback = InteractiveFallback.of(new LessonBlock.Interactive("neuron",
				"z = w*x + b\ny = tanh(z)", Map.of("w", -1.0, "x", 2.0, "b", 0.0), "caption"), FILE);
		assertThat(fallback.activations()).extracting(InteractiveFallback.ActivationRow::activation)
			.containsExactly("relu", "tanh", "sigmoid");
		assertThat(fallback.activations()).extracting(InteractiveFallback.ActivationRow::weightedSum)
			.containsOnly("−2");
		assertThat(fallback.activations()).extracting(InteractiveFallback.ActivationRow::output)
			.containsExactly("0", "−0.964", "0.1192");
		assertThat(fallback.steps()).isEmpty();
	}

	@Test
	void aNeuronWithoutExactlyOneActivationStopsStartUp() {
		assertThatIllegalStateException().isThrownBy(() -> InteractiveFallback
			.of(new LessonBlock.Interactive("neuron", "y = w*x + b", Map.of("w", 1.0, "x", 1.0, "b", 0.0), "c"), FILE))
			.withMessageContaining(FILE)
			.withMessageContaining("exactly one activation");
		assertThatIllegalStateException().isThrownBy(() -> InteractiveFallback
			.of(new LessonBlock.Interactive("neuron", "y = relu(tanh(w*x))", Map.of("w", 1.0, "x", 1.0), "c"), FILE))
			.withMessageContaining("exactly one activation");
	}

	@Test
	void aTrainingLoopTabulatesGradientDescentWithTheLossFallingAtEveryUpdate() {
		InteractiveFallback fallback = InteractiveFallback
			.of(new LessonBlock.Interactive("training-loop", "L = (w*2 - 4)^2", Map.of("w", 0.0), "caption"), FILE);
		assertThat(fallback.trained()).containsExactly("w");
		assertThat(fallback.steps()).hasSize(InteractiveFallback.TRAINING_STEPS + 1);
		// L = (2w − 4)², dL/dw = 4(2w − 4): from w = 0 the loss is 16 and the gradient
		// −16
		InteractiveFallback.TrainingStep first = fallback.steps().get(0);
		assertThat(first.parameters()).containsExactly("0");
		assertThat(first.loss()).isEqualTo("16");
		assertThat(first.gradients()).containsExactly("−16");
		// w = 0 − 0.05 × (−16) = 0.8, L = (1.6 − 4)² = 5.76
		assertThat(fallback.steps().get(1).parameters()).containsExactly("0.8");
		assertThat(fallback.steps().get(1).loss()).isEqualTo("5.76");
	}

	@Test
	void aTrainingLoopWhoseLossDoesNotFallStopsStartUp() {
		// dL/dw = 200(10w − 1), so a step of 0.05 multiplies the error by −9: training
		// diverges
		assertThatIllegalStateException()
			.isThrownBy(() -> InteractiveFallback
				.of(new LessonBlock.Interactive("training-loop", "L = (w*10 - 1)^2", Map.of("w", 0.0), "c"), FILE))
			.withMessageContaining(FILE)
			.withMessageContaining("does not lower its loss at step 1");
	}

	@Test
	void aTrainingLoopWithNothingToTrainOrAProgramTheEngineCannotRunStopsStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> InteractiveFallback
				.of(new LessonBlock.Interactive("training-loop", "L = (2 - 4)^2", Map.of(), "c"), FILE))
			.withMessageContaining("has no values to train");
		assertThatIllegalStateException()
			.isThrownBy(() -> InteractiveFallback
				.of(new LessonBlock.Interactive("training-loop", "L = (w*2 - ", Map.of("w", 0.0), "c"), FILE))
			.withMessageContaining("has a program the engine cannot run");
	}

}
