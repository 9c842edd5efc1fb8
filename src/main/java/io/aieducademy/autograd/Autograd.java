package io.aieducademy.autograd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.aieducademy.autograd.ProgramException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The engine's entry point: evaluates a learner's program forward and backward and
 * reports every value and gradient.
 * <p>
 * For any source text and values, {@link #evaluate} either returns an {@link Evaluation}
 * or throws a {@link ProgramException}; nothing else escapes. The language is described
 * in {@code docs/autograd-language.md}.
 */
public final class Autograd {

	/** The relative step of the gradient check: {@code h = STEP · max(1, |x|)}. */
	public static final double GRADIENT_CHECK_STEP = 1e-6;

	private Autograd() {
	}

	/**
	 * Evaluates a program with the default options: default limits, the graph, no
	 * gradient check.
	 * @param source the program text
	 * @param values the values of the inputs the caller gives, by name
	 * @return the evaluation
	 * @throws ProgramException if the program or the values are malformed or over a limit
	 */
	public static Evaluation evaluate(String source, Map<String, Double> values) {
		return evaluate(source, values, Options.DEFAULT);
	}

	/**
	 * Parses a program, runs it forward and backward, and reports the output, the inputs
	 * and (optionally) the graph.
	 * @param source the program text
	 * @param values the values of the inputs the caller gives, by name, in the order to
	 * report unused ones
	 * @param options limits, gradient check and graph
	 * @return the evaluation; numbers in it may be NaN or infinite, each with a warning
	 * @throws ProgramException if the program or the values are malformed or over a limit
	 */
	public static Evaluation evaluate(String source, Map<String, Double> values, Options options) {
		return evaluate(new SourceText(source), values, options);
	}

	/**
	 * Evaluates a program read straight into characters, as
	 * {@link #evaluate(String, Map, Options)} does, without copying them: a request's
	 * body reader decodes the program into an array of its own and hands it over.
	 * @param source the program's characters, which become the engine's and must not be
	 * changed afterwards
	 * @param values the values of the inputs the caller gives, by name
	 * @param options limits, gradient check and graph
	 * @return the evaluation
	 * @throws ProgramException if the program or the values are malformed or over a limit
	 */
	public static Evaluation evaluate(char[] source, Map<String, Double> values, Options options) {
		return evaluate(new SourceText(source), values, options);
	}

	private static Evaluation evaluate(SourceText text, Map<String, Double> values, Options options) {
		Map<String, Double> given = checkValues(values);
		ComputationGraph graph = Parser.parse(text, given, options.limits());
		if (options.gradientCheck() && graph.gradientCheckWork() > options.limits().maxGradientCheckWork()) {
			throw new ProgramException(Kind.TOO_LARGE, "gradientCheckTooLarge", graph.gradientCheckWork(),
					options.limits().maxGradientCheckWork());
		}
		graph.forward();
		graph.backward();
		Evaluation.@Nullable GradientCheck[] checks = options.gradientCheck() ? gradientCheck(graph) : null;
		return report(graph, text, checks, options.graph());
	}

	/**
	 * Every operation the language has, leaves first, as listed in the table of
	 * operations.
	 */
	public static List<Operation> operations() {
		return List.of(Operation.values());
	}

	/** The named constants ({@code pi} and {@code e}) and their values. */
	public static Map<String, Double> constants() {
		return Parser.constants();
	}

	/** The step the gradient check uses for an input whose value is {@code x}. */
	public static double gradientCheckStep(double x) {
		return GRADIENT_CHECK_STEP * Math.max(1, Math.abs(x));
	}

	/**
	 * {@code |a - n| / max(|a|, |n|)}, 0 when both are 0, and NaN when either is not
	 * finite.
	 */
	public static double relativeError(double analytic, double numeric) {
		if (!Double.isFinite(analytic) || !Double.isFinite(numeric)) {
			return Double.NaN;
		}
		double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
		return (scale == 0) ? 0 : Math.abs(analytic - numeric) / scale;
	}

	private static Map<String, Double> checkValues(Map<String, Double> values) {
		Map<String, Double> given = new LinkedHashMap<>();
		for (Map.Entry<String, Double> entry : values.entrySet()) {
			String name = entry.getKey();
			if (name == null || !isName(name)) {
				throw new ProgramException(Kind.BAD_VALUES, "valueNotAName", name);
			}
			if (Parser.isReserved(name)) {
				throw new ProgramException(Kind.BAD_VALUES, "valueForFunction", name);
			}
			if (entry.getValue() == null) {
				throw new ProgramException(Kind.BAD_VALUES, "valueNotANumber", name);
			}
			given.put(name, entry.getValue());
		}
		return given;
	}

	private static boolean isName(String name) {
		if (name.isEmpty() || !Lexer.isNameStart(name.charAt(0))) {
			return false;
		}
		for (int i = 1; i < name.length(); i++) {
			if (!Lexer.isNamePart(name.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Central differences for every input, indexed by node id. Inputs are taken from the
	 * last to the first, because {@link ComputationGraph#outputWith} restores the scratch
	 * values from the nudged input on only.
	 */
	private static Evaluation.@Nullable GradientCheck[] gradientCheck(ComputationGraph graph) {
		Evaluation.GradientCheck[] checks = new Evaluation.GradientCheck[graph.size()];
		double[] scratch = new double[graph.size()];
		for (int id = 0; id < graph.size(); id++) {
			scratch[id] = graph.value(id);
		}
		for (int id = graph.size() - 1; id >= 0; id--) {
			if (!graph.isInput(id)) {
				continue;
			}
			double x = graph.value(id);
			double step = gradientCheckStep(x);
			double up = x + step;
			double down = x - step;
			double numeric = (graph.outputWith(id, up, scratch) - graph.outputWith(id, down, scratch)) / (up - down);
			checks[id] = new Evaluation.GradientCheck(numeric, relativeError(graph.grad(id), numeric), step);
		}
		return checks;
	}

	private static Evaluation report(ComputationGraph graph, SourceText text,
			Evaluation.@Nullable GradientCheck @Nullable [] checks, boolean withGraph) {
		int output = graph.output();
		Evaluation.Output result = new Evaluation.Output(graph.outputName(), graph.value(output), output);
		List<Evaluation.Input> inputs = new ArrayList<>();
		for (int id = 0; id < graph.size(); id++) {
			if (graph.isInput(id)) {
				inputs.add(new Evaluation.Input(Objects.requireNonNull(graph.label(id)), graph.value(id),
						graph.grad(id), id, (checks != null) ? checks[id] : null));
			}
		}
		List<Evaluation.Node> nodes = new ArrayList<>(withGraph ? graph.size() : 0);
		List<Evaluation.Edge> edges = new ArrayList<>(withGraph ? graph.size() : 0);
		if (withGraph) {
			for (int id = 0; id < graph.size(); id++) {
				Operation operation = graph.operation(id);
				List<Integer> operands = switch (operation.arity()) {
					case 0 -> List.of();
					case 1 -> List.of(graph.left(id));
					default -> List.of(graph.left(id), graph.right(id));
				};
				String label = graph.label(id);
				nodes.add(new Evaluation.Node(id, operation, (label != null) ? label : operation.symbol(),
						graph.value(id), graph.grad(id), operands, span(graph, text, id), graph.variable(id),
						graph.requiresGrad(id)));
				for (int operand = 0; operand < operands.size(); operand++) {
					edges.add(new Evaluation.Edge(operands.get(operand), id, graph.localGrad(id, operand),
							graph.contribution(id, operand)));
				}
			}
		}
		return new Evaluation(result, inputs, withGraph ? nodes : null, withGraph ? edges : null,
				Warnings.of(graph, checks, withGraph), graph.size());
	}

	private static @Nullable Span span(ComputationGraph graph, SourceText text, int id) {
		int length = graph.spanLength(id);
		return (length == 0) ? null : text.span(graph.spanStart(id), length);
	}

}
