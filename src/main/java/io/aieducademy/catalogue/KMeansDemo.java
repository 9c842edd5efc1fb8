package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Clustering lesson's {@code k-means} interactive shows, computed when the
 * catalogue is loaded: a run of {@link KMeans} for every k from {@link #MIN_K} to
 * {@link #MAX_K} from each seeded start, as JSON for the live version to step through,
 * and as tables for readers without JavaScript. A data set the runs cannot use stops
 * start-up.
 */
record KMeansDemo(List<KMeans.Point> points, int k, List<Long> seeds, List<KMeans.Run> runs, String json) {

	/** The fewest clusters a learner may ask for. */
	static final int MIN_K = 2;

	/** The most clusters a learner may ask for. */
	static final int MAX_K = 5;

	/** The fewest points a data set may have: enough for every k to start apart. */
	static final int MIN_POINTS = 6;

	/** The most points a data set may have, so the page stays small and readable. */
	static final int MAX_POINTS = 60;

	/** The most seeded starts a learner may choose between. */
	static final int MAX_SEEDS = 3;

	/** Coordinates run from 0 to this, the size of the square the page draws. */
	static final double SIDE = 10;

	/** One row of the table of a run: an iteration, as both its halves leave it. */
	record IterationRow(int number, int changed, String assigned, List<Centroid> centroids, String moved,
			boolean converged) {
	}

	/** A centroid as a table shows it: its cluster's letter and where it is. */
	record Centroid(String label, String at) {
	}

	/**
	 * One row of the table of final sums of squares: a k, and its sum from each start.
	 */
	record FinalRow(int k, List<String> sums) {
	}

	/**
	 * Computes every run; a mistake in the data is reported as a message, for the parser
	 * to place in the lesson file.
	 */
	static KMeansDemo of(List<KMeans.Point> points, int k, List<Long> seeds) {
		if (points.size() < MIN_POINTS || points.size() > MAX_POINTS) {
			throw new IllegalArgumentException(
					"needs from " + MIN_POINTS + " to " + MAX_POINTS + " points, not " + points.size() + ".");
		}
		Set<KMeans.Point> seen = new HashSet<>();
		for (KMeans.Point point : points) {
			if (!(point.x() >= 0 && point.x() <= SIDE && point.y() >= 0 && point.y() <= SIDE)) {
				throw new IllegalArgumentException("the point " + point(point) + " is outside the square from 0 to "
						+ number(SIDE) + " the page draws.");
			}
			if (!seen.add(point)) {
				throw new IllegalArgumentException("the point " + point(point) + " is given twice.");
			}
		}
		if (k < MIN_K || k > MAX_K) {
			throw new IllegalArgumentException("k must be from " + MIN_K + " to " + MAX_K + ", not " + k + ".");
		}
		if (seeds.isEmpty() || seeds.size() > MAX_SEEDS || new HashSet<>(seeds).size() != seeds.size()) {
			throw new IllegalArgumentException("needs from 1 to " + MAX_SEEDS + " different seeds.");
		}
		List<KMeans.Run> runs = new ArrayList<>();
		for (long seed : seeds) {
			for (int clusters = MIN_K; clusters <= MAX_K; clusters++) {
				KMeans.Run run = KMeans.run(points, KMeans.seededStart(points, clusters, seed));
				checkNeverWorse(run, seed);
				runs.add(run);
			}
		}
		return new KMeansDemo(List.copyOf(points), k, List.copyOf(seeds), List.copyOf(runs),
				json(points, k, seeds, runs));
	}

	/**
	 * Neither half of an iteration can raise the sum of squares; if one did, the page
	 * would teach something false, so the content is refused.
	 */
	private static void checkNeverWorse(KMeans.Run run, long seed) {
		double previous = Double.POSITIVE_INFINITY;
		for (KMeans.Iteration iteration : run.iterations()) {
			if (iteration.assignedSumOfSquares() > previous + 1e-9
					|| iteration.movedSumOfSquares() > iteration.assignedSumOfSquares() + 1e-9) {
				throw new IllegalStateException("k-means with k = " + run.k() + " from seed " + seed
						+ " raised its sum of squares at iteration " + iteration.number() + ".");
			}
			previous = iteration.movedSumOfSquares();
		}
	}

	/** The run for a seed and a k. */
	KMeans.Run run(long seed, int clusters) {
		return this.runs.get(this.seeds.indexOf(seed) * (MAX_K - MIN_K + 1) + clusters - MIN_K);
	}

	/**
	 * The rows of the table of the run a reader without JavaScript sees: the first
	 * seed's, at k.
	 */
	public List<IterationRow> rows() {
		return this.run(this.seeds.get(0), this.k)
			.iterations()
			.stream()
			.map((iteration) -> new IterationRow(iteration.number(), iteration.changed(),
					number(iteration.assignedSumOfSquares()), centroids(iteration.centroids()),
					number(iteration.movedSumOfSquares()), iteration.converged()))
			.toList();
	}

	/** The starting centroids of that run. */
	public List<String> start() {
		return centroids(this.run(this.seeds.get(0), this.k).start()).stream()
			.map((centroid) -> centroid.label() + " " + centroid.at())
			.toList();
	}

	private static List<Centroid> centroids(List<KMeans.Point> centroids) {
		List<Centroid> list = new ArrayList<>();
		for (int c = 0; c < centroids.size(); c++) {
			list.add(new Centroid(label(c), point(centroids.get(c))));
		}
		return List.copyOf(list);
	}

	/** The sum of squares each k ends with, from each seeded start. */
	public List<FinalRow> finals() {
		List<FinalRow> rows = new ArrayList<>();
		for (int clusters = MIN_K; clusters <= MAX_K; clusters++) {
			int c = clusters;
			rows.add(new FinalRow(clusters,
					this.seeds.stream().map((seed) -> number(run(seed, c).last().movedSumOfSquares())).toList()));
		}
		return rows;
	}

	/** The cluster labels, A for the first centroid. */
	static String label(int cluster) {
		return String.valueOf((char) ('A' + cluster));
	}

	/** A point as the page writes it: (x, y), each with up to four significant digits. */
	static String point(KMeans.Point point) {
		return "(" + number(point.x()) + ", " + number(point.y()) + ")";
	}

	private static String number(double value) {
		return InteractiveFallback.number(value);
	}

	private static String json(List<KMeans.Point> points, int k, List<Long> seeds, List<KMeans.Run> runs) {
		StringBuilder json = new StringBuilder(8192);
		json.append("{\"k\":").append(k).append(",\"minK\":").append(MIN_K).append(",\"maxK\":").append(MAX_K);
		json.append(",\"side\":").append(number(SIDE)).append(",\"seeds\":").append(seeds);
		json.append(",\"points\":");
		points(json, points);
		json.append(",\"runs\":[");
		for (int r = 0; r < runs.size(); r++) {
			KMeans.Run run = runs.get(r);
			json.append((r == 0) ? "" : ",")
				.append("{\"seed\":")
				.append(seeds.get(r / (MAX_K - MIN_K + 1)))
				.append(",\"k\":")
				.append(run.k())
				.append(",\"start\":");
			points(json, run.start());
			json.append(",\"iterations\":[");
			for (int i = 0; i < run.iterations().size(); i++) {
				KMeans.Iteration iteration = run.iterations().get(i);
				json.append((i == 0) ? "" : ",").append("{\"clusters\":").append(iteration.clusters());
				json.append(",\"changed\":").append(iteration.changed());
				json.append(",\"assigned\":").append(decimal(iteration.assignedSumOfSquares()));
				json.append(",\"centroids\":");
				points(json, iteration.centroids());
				json.append(",\"moved\":").append(decimal(iteration.movedSumOfSquares())).append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString().replace(" ", "");
	}

	private static void points(StringBuilder json, List<KMeans.Point> points) {
		json.append('[');
		for (int i = 0; i < points.size(); i++) {
			KMeans.Point point = points.get(i);
			json.append((i == 0) ? "" : ",")
				.append('[')
				.append(decimal(point.x()))
				.append(',')
				.append(decimal(point.y()))
				.append(']');
		}
		json.append(']');
	}

	/**
	 * A finite number for JSON, to twelve significant digits: more than the page ever
	 * shows, and far shorter than seventeen.
	 */
	private static String decimal(double value) {
		return new java.math.BigDecimal(value).round(new java.math.MathContext(12))
			.stripTrailingZeros()
			.toPlainString();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "KMeansDemo[%d points, k %d, seeds %s]", this.points.size(), this.k,
				this.seeds);
	}

}
