package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.ProgramException;

import java.util.List;
import java.util.Map;

/**
 * A figure of the Loss Functions and Optimisers lesson, computed by the autograd engine
 * when the catalogue is loaded: the static chart and table a reader without JavaScript
 * sees, and the same numbers as JSON for the live version, which only draws them and lets
 * the learner choose among them. A figure the engine cannot compute stops start-up.
 */
sealed interface LossFigure permits LossCurve, LossComparison, OptimiserPaths {

	/** The figures of this kind, by the name a lesson gives them. */
	List<String> NAMES = List.of(LossCurve.NAME, LossComparison.NAME, OptimiserPaths.NAME);

	/** Everything the live version shows, as JSON for a {@code data-} attribute. */
	String json();

	/** The program the figure evaluates, as the lesson shows it. */
	String program();

	static LossFigure of(String name, String lessonFile, int line) {
		try {
			return switch (name) {
				case LossCurve.NAME -> LossCurve.compute();
				case LossComparison.NAME -> LossComparison.compute();
				case OptimiserPaths.NAME -> OptimiserPaths.compute();
				default -> throw new ContentException(lessonFile, line,
						"unknown loss figure '" + name + "'; expected one of " + String.join(", ", NAMES) + ".");
			};
		}
		catch (ProgramException | IllegalStateException ex) {
			throw new ContentException(lessonFile, line,
					"the figure '" + name + "' cannot be computed: " + ex.getMessage());
		}
	}

	/**
	 * The program's output and the gradient of one input, as the engine computes them.
	 */
	static double[] valueAndGradient(String program, Map<String, Double> values, String input) {
		Evaluation evaluation = Autograd.evaluate(program, values);
		double gradient = evaluation.inputs()
			.stream()
			.filter((candidate) -> candidate.name().equals(input))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the program has no input '" + input + "'."))
			.grad();
		return new double[] { evaluation.output().value(), gradient };
	}

}
