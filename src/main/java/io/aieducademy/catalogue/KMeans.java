package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-means clustering of points in the plane (Lloyd's algorithm), written to be watched:
 * every iteration is kept, as its two halves, the assignment of each point to its nearest
 * centroid and the move of each centroid to the mean of its points, each with the
 * within-cluster sum of squares it leaves. The Clustering lesson's interactive shows
 * these steps and its fallback table lists them, so the page never applies the rule
 * itself.
 */
final class KMeans {

	/** The most iterations a run may take before it is called broken. */
	static final int MAX_ITERATIONS = 50;

	private KMeans() {
	}

	/** A point, or a centroid, in the plane. */
	record Point(double x, double y) {

		double squaredDistance(Point other) {
			double dx = this.x - other.x;
			double dy = this.y - other.y;
			return dx * dx + dy * dy;
		}

	}

	/**
	 * One iteration: the cluster of each point (by the index of its nearest centroid, the
	 * lower index on a tie) and the sum of squares with the centroids it was assigned to;
	 * then, unless no point changed cluster, the centroids moved to the means of their
	 * points and the sum of squares with them. A centroid left with no point stays where
	 * it is.
	 */
	record Iteration(int number, List<Integer> clusters, int changed, double assignedSumOfSquares,
			List<Point> centroids, double movedSumOfSquares) {

		/** Whether this iteration ended the run: its assignment changed nothing. */
		boolean converged() {
			return this.changed == 0;
		}

	}

	/**
	 * A whole run for one k, from its starting centroids to the iteration whose
	 * assignment changed nothing.
	 */
	record Run(int k, List<Point> start, List<Iteration> iterations) {

		/** The iteration that converged, the last. */
		Iteration last() {
			return this.iterations.get(this.iterations.size() - 1);
		}

		/** How many points each cluster ends with. */
		List<Integer> sizes() {
			int[] sizes = new int[this.k];
			last().clusters().forEach((cluster) -> sizes[cluster]++);
			List<Integer> list = new ArrayList<>();
			for (int size : sizes) {
				list.add(size);
			}
			return List.copyOf(list);
		}

	}

	/**
	 * The starting centroids: k different points of the data, picked by a {@link Random}
	 * with the given seed (the JDK specifies its sequence, so the pick is the same on
	 * every machine), in the order they were picked.
	 */
	static List<Point> seededStart(List<Point> points, int k, long seed) {
		if (k < 1 || k > points.size()) {
			throw new IllegalArgumentException("k must be from 1 to the number of points, " + points.size() + ".");
		}
		Random random = new Random(seed);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			indexes.add(i);
		}
		List<Point> start = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			start.add(points.get(indexes.remove(random.nextInt(indexes.size()))));
		}
		return List.copyOf(start);
	}

	/** Runs k-means from the given centroids until an assignment changes nothing. */
	static Run run(List<Point> points, List<Point> start) {
		List<Point> centroids = List.copyOf(start);
		List<Integer> previous = Collections.nCopies(points.size(), -1);
		List<Iteration> iterations = new ArrayList<>();
		for (int number = 1; number <= MAX_ITERATIONS; number++) {
			List<Integer> clusters = assign(points, centroids);
			int changed = 0;
			for (int i = 0; i < clusters.size(); i++) {
				if (!clusters.get(i).equals(previous.get(i))) {
					changed++;
				}
			}
			double assigned = sumOfSquares(points, clusters, centroids);
			if (changed == 0) {
				iterations.add(new Iteration(number, clusters, 0, assigned, centroids, assigned));
				return new Run(start.size(), List.copyOf(start), List.copyOf(iterations));
			}
			centroids = means(points, clusters, centroids);
			iterations.add(new Iteration(number, clusters, changed, assigned, centroids,
					sumOfSquares(points, clusters, centroids)));
			previous = clusters;
		}
		throw new IllegalStateException("k-means did not settle within " + MAX_ITERATIONS + " iterations.");
	}

	/** The index of each point's nearest centroid, the lower index on a tie. */
	static List<Integer> assign(List<Point> points, List<Point> centroids) {
		List<Integer> clusters = new ArrayList<>(points.size());
		for (Point point : points) {
			int nearest = 0;
			for (int c = 1; c < centroids.size(); c++) {
				if (point.squaredDistance(centroids.get(c)) < point.squaredDistance(centroids.get(nearest))) {
					nearest = c;
				}
			}
			clusters.add(nearest);
		}
		return List.copyOf(clusters);
	}

	/** Each centroid moved to the mean of its points, or left in place with none. */
	static List<Point> means(List<Point> points, List<Integer> clusters, List<Point> centroids) {
		List<Point> moved = new ArrayList<>();
		for (int c = 0; c < centroids.size(); c++) {
			double x = 0;
			double y = 0;
			int count = 0;
			for (int i = 0; i < points.size(); i++) {
				if (clusters.get(i) == c) {
					x += points.get(i).x();
					y += points.get(i).y();
					count++;
				}
			}
			moved.add((count == 0) ? centroids.get(c) : new Point(x / count, y / count));
		}
		return List.copyOf(moved);
	}

	/**
	 * The within-cluster sum of squares: the squared distance of every point to the
	 * centroid of its cluster, added up.
	 */
	static double sumOfSquares(List<Point> points, List<Integer> clusters, List<Point> centroids) {
		double sum = 0;
		for (int i = 0; i < points.size(); i++) {
			sum += points.get(i).squaredDistance(centroids.get(clusters.get(i)));
		}
		return sum;
	}

}
