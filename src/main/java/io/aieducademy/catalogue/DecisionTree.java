package io.aieducademy.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A classification tree grown on labelled points, one split at a time, the way CART grows
 * one: at each node every threshold halfway between two neighbouring values of either
 * coordinate is tried, and the one whose two sides have the lowest weighted Gini impurity
 * wins. Nodes are split breadth first, for as long as a split lowers the impurity and the
 * depth is under {@value #MAX_DEPTH}. The comparisons are exact (whole numbers), so ties
 * always break the same way: the horizontal axis first, then the lower threshold. This is
 * the one place the site computes a tree; the Decision Trees lesson's table and its live
 * version both show what it returns.
 */
final class DecisionTree {

	/** The deepest a node may be and still be split; the root is at depth 0. */
	static final int MAX_DEPTH = 8;

	/** The axes by index, as a split names them. */
	static final List<String> AXES = List.of("x", "y");

	private DecisionTree() {
	}

	/** A rectangle of the plane: {@code xMin <= x < xMax}, and the same for y. */
	record Region(double xMin, double xMax, double yMin, double yMax) {

		Region below(int axis, double threshold) {
			return (axis == 0) ? new Region(this.xMin, threshold, this.yMin, this.yMax)
					: new Region(this.xMin, this.xMax, this.yMin, threshold);
		}

		Region above(int axis, double threshold) {
			return (axis == 0) ? new Region(threshold, this.xMax, this.yMin, this.yMax)
					: new Region(this.xMin, this.xMax, threshold, this.yMax);
		}

	}

	/**
	 * A node: where it sits ({@code path} is "" for the root, then one letter a level, L
	 * for the side below the threshold and R for the other), its rectangle, how many of
	 * its points carry each label (in the data's label order) and its Gini impurity.
	 */
	record Node(String path, Region region, List<Integer> counts, double gini) {

		Node {
			counts = List.copyOf(counts);
		}

		int depth() {
			return this.path.length();
		}

		int size() {
			return this.counts.stream().mapToInt(Integer::intValue).sum();
		}

		/** The index of the label most of its points carry, or -1 on a tie. */
		int majority() {
			int best = -1;
			int most = -1;
			boolean tie = false;
			for (int i = 0; i < this.counts.size(); i++) {
				if (this.counts.get(i) > most) {
					most = this.counts.get(i);
					best = i;
					tie = false;
				}
				else if (this.counts.get(i) == most) {
					tie = true;
				}
			}
			return tie ? -1 : best;
		}

	}

	/** The best threshold along one axis, and the weighted Gini impurity it leaves. */
	record Candidate(int axis, double threshold, double weightedGini) {
	}

	/**
	 * One split, in the order the tree grew: the node it splits, the axis and threshold,
	 * the two sides, the weighted Gini impurity of the two sides, the best candidate on
	 * each axis, and the leaves of the whole tree afterwards with their weighted
	 * impurity.
	 */
	record Split(int step, Node node, int axis, double threshold, Node below, Node above, double weightedGini,
			List<Candidate> candidates, List<Node> leaves, double treeImpurity) {

		Split {
			candidates = List.copyOf(candidates);
			leaves = List.copyOf(leaves);
		}

	}

	/** The tree: its data, its root and its splits in the order they were made. */
	record Growth(LabelledPoints data, Node root, List<Split> splits) {

		Growth {
			splits = List.copyOf(splits);
		}

		/**
		 * The label the tree after its first {@code steps} splits gives the point (x, y),
		 * or {@code null} when its leaf is a tie.
		 */
		@Nullable String predict(double x, double y, int steps) {
			String path = "";
			for (Split split : this.splits) {
				if (split.step() <= steps && split.node().path().equals(path)) {
					double value = (split.axis() == 0) ? x : y;
					path += (value < split.threshold()) ? "L" : "R";
				}
			}
			Node leaf = (steps == 0 || this.splits.isEmpty()) ? this.root : leafAt(path, steps);
			int majority = leaf.majority();
			return (majority < 0) ? null : this.data.labels().get(majority);
		}

		private Node leafAt(String path, int steps) {
			List<Node> leaves = this.splits.get(Math.min(steps, this.splits.size()) - 1).leaves();
			return leaves.stream()
				.filter((leaf) -> leaf.path().equals(path))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No leaf " + path));
		}

	}

	/** Grows the whole tree on the points. */
	static Growth grow(LabelledPoints data) {
		List<LabelledPoints.Point> all = data.points();
		Region plane = new Region(0, LabelledPoints.AXIS_MAX, 0, LabelledPoints.AXIS_MAX);
		Node root = node("", plane, all, data.labels());
		List<Split> splits = new ArrayList<>();
		List<Node> leaves = new ArrayList<>(List.of(root));
		Deque<Pending> queue = new ArrayDeque<>();
		queue.add(new Pending(root, all));
		while (!queue.isEmpty()) {
			Pending pending = queue.removeFirst();
			Node parent = pending.node();
			if (parent.depth() >= MAX_DEPTH || parent.gini() == 0) {
				continue;
			}
			List<Scored> best = new ArrayList<>();
			for (int axis = 0; axis < AXES.size(); axis++) {
				Scored scored = bestAlong(axis, pending.points(), data.labels());
				if (scored != null) {
					best.add(scored);
				}
			}
			Scored chosen = null;
			for (Scored scored : best) {
				if (chosen == null || scored.beats(chosen)) {
					chosen = scored;
				}
			}
			if (chosen == null || !chosen.lowers(pending.points(), data.labels())) {
				continue;
			}
			int axis = chosen.axis();
			double threshold = chosen.threshold();
			List<LabelledPoints.Point> below = pending.points()
				.stream()
				.filter((point) -> point.along(axis) < threshold)
				.toList();
			List<LabelledPoints.Point> above = pending.points()
				.stream()
				.filter((point) -> point.along(axis) >= threshold)
				.toList();
			Node left = node(parent.path() + "L", parent.region().below(axis, threshold), below, data.labels());
			Node right = node(parent.path() + "R", parent.region().above(axis, threshold), above, data.labels());
			int at = leaves.indexOf(parent);
			leaves.set(at, right);
			leaves.add(at, left);
			double impurity = 0;
			for (Node leaf : leaves) {
				impurity += (double) leaf.size() / all.size() * leaf.gini();
			}
			splits.add(new Split(splits.size() + 1, parent, axis, threshold, left, right,
					chosen.weightedGini(pending.points().size()),
					best.stream()
						.map((scored) -> new Candidate(scored.axis(), scored.threshold(),
								scored.weightedGini(pending.points().size())))
						.toList(),
					leaves, impurity));
			queue.addLast(new Pending(left, below));
			queue.addLast(new Pending(right, above));
		}
		return new Growth(data, root, splits);
	}

	/**
	 * The Gini impurity of a set with these counts: 1 minus the sum of each share
	 * squared.
	 */
	static double gini(List<Integer> counts) {
		long total = 0;
		long squares = 0;
		for (int count : counts) {
			total += count;
			squares += (long) count * count;
		}
		return (total == 0) ? 0 : 1 - (double) squares / ((double) total * total);
	}

	private static Node node(String path, Region region, List<LabelledPoints.Point> points, List<String> labels) {
		List<Integer> counts = counts(points, labels);
		return new Node(path, region, counts, gini(counts));
	}

	private static List<Integer> counts(List<LabelledPoints.Point> points, List<String> labels) {
		List<Integer> counts = new ArrayList<>(Collections.nCopies(labels.size(), 0));
		for (LabelledPoints.Point point : points) {
			int label = labels.indexOf(point.label());
			counts.set(label, counts.get(label) + 1);
		}
		return counts;
	}

	/** The sum of the squared counts, the part of the Gini impurity that varies. */
	private static long squares(List<Integer> counts) {
		long squares = 0;
		for (int count : counts) {
			squares += (long) count * count;
		}
		return squares;
	}

	/**
	 * The threshold along one axis whose sides have the lowest weighted impurity, or
	 * {@code null} when every point has the same coordinate there.
	 */
	private static @Nullable Scored bestAlong(int axis, List<LabelledPoints.Point> points, List<String> labels) {
		double[] values = points.stream().mapToDouble((point) -> point.along(axis)).sorted().distinct().toArray();
		Scored best = null;
		for (int i = 1; i < values.length; i++) {
			double threshold = (values[i - 1] + values[i]) / 2;
			List<Integer> below = counts(points.stream().filter((point) -> point.along(axis) < threshold).toList(),
					labels);
			List<Integer> above = counts(points.stream().filter((point) -> point.along(axis) >= threshold).toList(),
					labels);
			Scored scored = new Scored(axis, threshold, squares(below), sum(below), squares(above), sum(above));
			if (best == null || scored.beats(best)) {
				best = scored;
			}
		}
		return best;
	}

	private static long sum(List<Integer> counts) {
		return counts.stream().mapToLong(Integer::longValue).sum();
	}

	/** A node waiting to be split, with its points. */
	private record Pending(Node node, List<LabelledPoints.Point> points) {
	}

	/**
	 * A candidate split, scored exactly: for n points the weighted Gini impurity of its
	 * two sides is 1 - (belowSquares / below + aboveSquares / above) / n, so the larger
	 * that sum of fractions, the purer the sides.
	 */
	private record Scored(int axis, double threshold, long belowSquares, long below, long aboveSquares, long above) {

		private long numerator() {
			return this.belowSquares * this.above + this.aboveSquares * this.below;
		}

		private long denominator() {
			return this.below * this.above;
		}

		/** Strictly purer sides than the other's; equal is not better. */
		boolean beats(Scored other) {
			return this.numerator() * other.denominator() > other.numerator() * this.denominator();
		}

		/** Whether the sides are strictly purer than the node they split. */
		boolean lowers(List<LabelledPoints.Point> points, List<String> labels) {
			long n = points.size();
			return this.numerator() * n > squares(counts(points, labels)) * this.denominator();
		}

		double weightedGini(int n) {
			return 1 - (double) this.numerator() / this.denominator() / n;
		}

	}

}
