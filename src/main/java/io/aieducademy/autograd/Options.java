package io.aieducademy.autograd;

/**
 * How to evaluate a program: the limits, whether to check gradients numerically, and
 * whether to report the graph.
 *
 * @param limits the bounds on nodes, nesting and gradient-check work
 * @param gradientCheck whether to estimate each input's gradient by central differences
 * as well
 * @param graph whether to list every node and edge; without it only the output and inputs
 * are reported, which keeps large programs cheap
 */
public record Options(Limits limits, boolean gradientCheck, boolean graph) {

	/** Default limits, no gradient check, with the graph. */
	public static final Options DEFAULT = new Options(Limits.DEFAULT, false, true);

	/** These options with other limits. */
	public Options withLimits(Limits limits) {
		return new Options(limits, this.gradientCheck, this.graph);
	}

	/** These options with the gradient check on or off. */
	public Options withGradientCheck(boolean gradientCheck) {
		return new Options(this.limits, gradientCheck, this.graph);
	}

	/** These options with the graph view on or off. */
	public Options withGraph(boolean graph) {
		return new Options(this.limits, this.gradientCheck, graph);
	}

}
