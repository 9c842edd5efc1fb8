package io.aieducademy.autograd;

/**
 * Bounds on the work one evaluation may do, so that no program can exhaust memory or
 * time.
 *
 * @param maxNodes the most nodes a program may build (constants, inputs and operations
 * all count)
 * @param maxDepth the deepest nesting of parentheses, function calls and operators
 * waiting for their right-hand side
 * @param maxGradientCheckWork the most node evaluations a gradient check may run; it runs
 * the program twice per input from that input on, so it costs up to
 * {@code 2 × inputs × nodes}
 */
public record Limits(int maxNodes, int maxDepth, long maxGradientCheckWork) {

	/** 200,000 nodes, depth 256 and 20,000,000 node evaluations for a gradient check. */
	public static final Limits DEFAULT = new Limits(200_000, 256, 20_000_000L);

	public Limits {
		if (maxNodes < 1 || maxDepth < 1 || maxGradientCheckWork < 0) {
			throw new IllegalArgumentException(
					"Limits must be positive: " + maxNodes + ", " + maxDepth + ", " + maxGradientCheckWork);
		}
	}

}
