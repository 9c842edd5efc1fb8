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

	/** The default for {@link #maxNodes()}. */
	public static final int DEFAULT_MAX_NODES = 100_000;

	/** The default for {@link #maxDepth()}. */
	public static final int DEFAULT_MAX_DEPTH = 256;

	/** The default for {@link #maxGradientCheckWork()}. */
	public static final long DEFAULT_MAX_GRADIENT_CHECK_WORK = 20_000_000L;

	/** 100,000 nodes, depth 256 and 20,000,000 node evaluations for a gradient check. */
	public static final Limits DEFAULT = new Limits(DEFAULT_MAX_NODES, DEFAULT_MAX_DEPTH,
			DEFAULT_MAX_GRADIENT_CHECK_WORK);

	public Limits {
		if (maxNodes < 1 || maxDepth < 1 || maxGradientCheckWork < 0) {
			throw new IllegalArgumentException(
					"Limits must be positive: " + maxNodes + ", " + maxDepth + ", " + maxGradientCheckWork);
		}
	}

}
