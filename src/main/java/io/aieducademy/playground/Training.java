package io.aieducademy.playground;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.aieducademy.autograd.Activation;
import io.aieducademy.autograd.Graph;
import io.aieducademy.autograd.Value;
import org.jspecify.annotations.Nullable;

/**
 * Trains a network for the steps one request asks for: checks the request, builds the
 * network's graph once, runs it batch by batch, updates the weights with the optimiser,
 * and evaluates the result.
 * <p>
 * Initial weights (when the request has no state): for each layer in order, each neuron's
 * weights are drawn uniformly from ±√(6 / (inputs + outputs)) (Glorot's uniform
 * initialisation) by a {@link SplittableRandom} seeded with the request's {@code seed},
 * and every bias starts at 0.
 * <p>
 * Batches: with a batch size below the number of training points, epoch {@code e} visits
 * the points in the order of a shuffle seeded with {@code seed} and {@code e}, one batch
 * after another (the last one may be smaller), so a request that continues from a state
 * takes exactly the batches a longer request would have taken.
 * <p>
 * Optimisers follow {@code torch.optim} with its defaults otherwise: SGD is
 * {@code p -= lr·g}; momentum is {@code torch.optim.SGD(momentum=μ)}, {@code b = μ·b + g}
 * (b = g at the first step), {@code p -= lr·b}; Adam is {@code torch.optim.Adam}:
 * {@code m = β1·m + (1-β1)·g}, {@code v = β2·v + (1-β2)·g²},
 * {@code p -= lr/(1-β1^t) · m / (√v/√(1-β2^t) + ε)}.
 */
final class Training {

	/** The most points one graph holds; a larger batch runs through it in chunks. */
	static final int SLOTS = 128;

	static final List<String> FEATURES = List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)");

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final PlaygroundProperties limits;

	private final long started = cpuTime();

	private Training(PlaygroundProperties limits) {
		this.limits = limits;
	}

	static TrainResponse train(TrainRequest request, PlaygroundProperties limits) {
		return new Training(limits).run(request);
	}

	private TrainResponse run(TrainRequest request) {
		Loss loss = Loss.of(orDefault(request.loss(), "hinge"));
		TrainRequest.DatasetSpec datasetSpec = (request.dataset() != null) ? request.dataset()
				: new TrainRequest.DatasetSpec(null, null, null, null, null, null);
		String kind = orDefault(datasetSpec.kind(), "circle");
		List<List<double[]>> split = points(datasetSpec, kind, loss);
		double[][] train = split.get(0).toArray(double[][]::new);
		double[][] test = split.get(1).toArray(double[][]::new);
		boolean classification = classification(kind, loss, train, test);

		List<String> features = features(request.features());
		TrainRequest.NetworkSpec network = (request.network() != null) ? request.network()
				: new TrainRequest.NetworkSpec(null, null);
		List<Integer> hidden = hidden(network.hidden());
		Activation activation = activation(orDefault(network.activation(), "tanh"));
		TrainRequest.RegularizationSpec regularization = (request.regularization() != null) ? request.regularization()
				: new TrainRequest.RegularizationSpec(null, null);
		NetworkGraph.Penalty penalty = penalty(orDefault(regularization.kind(), "none"));
		double rate = finite(orDefault(regularization.rate(), 0.0), "regularization.rate", 0, 1e6);
		Optimizer optimizer = Optimizer.of(request.optimizer());
		int batchSize = whole(orDefault(request.batchSize(), 0), "batchSize", 0, this.limits.maxPoints());
		int steps = whole(orDefault(request.steps(), 1), "steps", 0, this.limits.maxSteps());
		long seed = orDefault(request.seed(), 0L);
		int grid = whole(orDefault(request.grid(), 0), "grid", 0, this.limits.maxGrid());
		boolean neuronGrids = Boolean.TRUE.equals(request.neuronGrids());
		boolean gradients = Boolean.TRUE.equals(request.gradients());

		int batch = (batchSize == 0) ? train.length : Math.min(batchSize, train.length);
		int slots = Math.min(batch, SLOTS);
		List<Integer> shape = shape(features.size(), hidden);
		int parameterCount = parameterCount(shape);
		checkWork(features.size(), hidden, activation, penalty, parameterCount, slots, batch, steps,
				train.length + test.length + grid * grid + (gradients ? 2 * train.length : 0));

		double[] parameters = new double[parameterCount];
		long step = 0;
		if (request.state() != null && request.state().layers() != null) {
			State.read(request.state().layers(), shape, parameters, "state.layers");
			step = optimizer.read(request.state().optimizer(), shape);
		}
		else {
			initialise(shape, parameters, seed);
		}

		NetworkGraph net = new NetworkGraph(features.size(), hidden, activation, loss, penalty, rate, slots);
		double[][] trainFeatures = featureRows(train, features);
		double[][] testFeatures = featureRows(test, features);
		set(net, parameters);

		List<TrainResponse.LayerState> gradientState = null;
		double[] grad = new double[parameterCount];
		if (gradients) {
			int[] all = new int[train.length];
			Arrays.setAll(all, i -> i);
			accumulate(net, trainFeatures, train, all, 0, all.length, grad);
			gradientState = State.write(shape, grad);
		}

		List<Double> trainLoss = new ArrayList<>(steps);
		int batchesPerEpoch = (train.length + batch - 1) / batch;
		int[] order = new int[train.length];
		long orderEpoch = -1;
		for (int k = 0; k < steps; k++) {
			long epoch = step / batchesPerEpoch;
			int first = (int) (step % batchesPerEpoch) * batch;
			if (epoch != orderEpoch) {
				shuffle(order, seed, epoch, batch < train.length);
				orderEpoch = epoch;
			}
			int size = Math.min(batch, train.length - first);
			double objective = accumulate(net, trainFeatures, train, order, first, size, grad);
			if (!Double.isFinite(objective)) {
				throw diverged(step);
			}
			trainLoss.add(objective);
			step++;
			optimizer.update(parameters, grad, step);
			for (double p : parameters) {
				if (!Double.isFinite(p)) {
					throw diverged(step - 1);
				}
			}
			set(net, parameters);
			checkCpuTime();
		}

		Evaluated trainResult = evaluate(net, loss, trainFeatures, train, classification);
		Evaluated testResult = evaluate(net, loss, testFeatures, test, classification);
		TrainResponse.Grid heatmaps = (grid > 0) ? grid(net, features, hidden, grid, neuronGrids) : null;
		TrainResponse.State state = new TrainResponse.State(State.write(shape, parameters),
				optimizer.write(shape, step));
		TrainResponse.Points dataset = new TrainResponse.Points(kind, classification, rows(train), rows(test));
		return new TrainResponse(step, trainLoss, (test.length > 0) ? testResult.loss : null,
				classification ? trainResult.accuracy : null,
				(classification && test.length > 0) ? testResult.accuracy : null, state, heatmaps, gradientState,
				dataset);
	}

	// Checking the request

	private List<List<double[]>> points(TrainRequest.DatasetSpec spec, String kind, Loss loss) {
		double testFraction = finite(orDefault(spec.testFraction(), 0.5), "dataset.testFraction", 0, 0.9);
		long seed = orDefault(spec.seed(), 0L);
		if (kind.equals("custom")) {
			double[][] rows = custom(spec.data(), loss);
			return Datasets.split(rows, testFraction, seed);
		}
		boolean regression = Datasets.REGRESSION.contains(kind);
		if (!regression && !Datasets.CLASSIFICATION.contains(kind)) {
			throw new BadTrainingRequestException("problem.training.datasetKind", "dataset.kind", kind);
		}
		if (regression && loss != Loss.MSE) {
			throw new BadTrainingRequestException("problem.training.regression", "loss", kind);
		}
		int points = whole(orDefault(spec.points(), 200), "dataset.points", 2, this.limits.maxPoints());
		double noise = finite(orDefault(spec.noise(), 0.0), "dataset.noise", 0, 1);
		double[][] rows = Datasets.generate(kind, points, noise, seed);
		if (!regression) {
			for (double[] row : rows) {
				row[2] = loss.label(row[2]);
			}
		}
		return Datasets.split(rows, testFraction, seed);
	}

	private double[][] custom(@Nullable List<List<Double>> data, Loss loss) {
		if (data == null || data.isEmpty()) {
			throw new BadTrainingRequestException("problem.training.noData", "dataset.data");
		}
		if (data.size() > this.limits.maxPoints()) {
			throw new BadTrainingRequestException("problem.training.tooManyRows", "dataset.data",
					Integer.toString(data.size()), Integer.toString(this.limits.maxPoints()));
		}
		double[][] rows = new double[data.size()][];
		for (int i = 0; i < data.size(); i++) {
			List<Double> row = data.get(i);
			String where = Integer.toString(i + 1);
			if (row == null || row.size() != 3) {
				throw new BadTrainingRequestException("problem.training.rowShape", "dataset.data", where);
			}
			double[] values = new double[3];
			for (int j = 0; j < 3; j++) {
				Double value = row.get(j);
				if (value == null || !Double.isFinite(value) || Math.abs(value) > 1e6) {
					throw new BadTrainingRequestException("problem.training.rowNumber", "dataset.data", where);
				}
				values[j] = value;
			}
			double label = values[2];
			if (loss == Loss.HINGE && label != 1 && label != -1) {
				throw new BadTrainingRequestException("problem.training.hingeLabel", "dataset.data", where,
						Double.toString(label));
			}
			if (loss == Loss.CROSS_ENTROPY && label != 1 && label != 0) {
				throw new BadTrainingRequestException("problem.training.crossEntropyLabel", "dataset.data", where,
						Double.toString(label));
			}
			rows[i] = values;
		}
		return rows;
	}

	private static boolean classification(String kind, Loss loss, double[][] train, double[][] test) {
		if (Datasets.CLASSIFICATION.contains(kind)) {
			return true;
		}
		if (Datasets.REGRESSION.contains(kind)) {
			return false;
		}
		if (loss != Loss.MSE) {
			return true;
		}
		for (double[][] rows : List.of(train, test)) {
			for (double[] row : rows) {
				if (row[2] != 1 && row[2] != -1) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<String> features(@Nullable List<String> names) {
		if (names == null) {
			return List.of("x1", "x2");
		}
		if (names.isEmpty()) {
			throw new BadTrainingRequestException("problem.training.noFeatures", "features");
		}
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (!FEATURES.contains(name)) {
				throw new BadTrainingRequestException("problem.training.unknownFeature", "features", name,
						String.join(", ", FEATURES));
			}
			if (names.indexOf(name) != i) {
				throw new BadTrainingRequestException("problem.training.featureTwice", "features", name);
			}
		}
		return List.copyOf(names);
	}

	private List<Integer> hidden(@Nullable List<Integer> sizes) {
		if (sizes == null) {
			return List.of(4, 2);
		}
		if (sizes.size() > this.limits.maxLayers()) {
			throw new BadTrainingRequestException("problem.training.tooManyLayers", "network.hidden",
					Integer.toString(sizes.size()), Integer.toString(this.limits.maxLayers()));
		}
		for (int i = 0; i < sizes.size(); i++) {
			Integer size = sizes.get(i);
			if (size == null || size < 1 || size > this.limits.maxNeurons()) {
				throw new BadTrainingRequestException("problem.training.layerSize", "network.hidden",
						Integer.toString(i + 1), String.valueOf(size), Integer.toString(this.limits.maxNeurons()));
			}
		}
		return List.copyOf(sizes);
	}

	private static Activation activation(String name) {
		return switch (name) {
			case "relu" -> Activation.RELU;
			case "tanh" -> Activation.TANH;
			case "sigmoid" -> Activation.SIGMOID;
			case "linear" -> Activation.LINEAR;
			default -> throw new BadTrainingRequestException("problem.training.activation", "network.activation", name);
		};
	}

	private static NetworkGraph.Penalty penalty(String name) {
		return switch (name) {
			case "none" -> NetworkGraph.Penalty.NONE;
			case "l1" -> NetworkGraph.Penalty.L1;
			case "l2" -> NetworkGraph.Penalty.L2;
			default ->
				throw new BadTrainingRequestException("problem.training.regularization", "regularization.kind", name);
		};
	}

	static double finite(double value, String field, double min, double max) {
		if (!Double.isFinite(value) || value < min || value > max) {
			throw new BadTrainingRequestException("problem.training.number", field, field, number(min), number(max),
					Double.toString(value));
		}
		return value;
	}

	private static int whole(int value, String field, int min, int max) {
		if (value < min || value > max) {
			throw new BadTrainingRequestException("problem.training.wholeNumber", field, field, Integer.toString(min),
					Integer.toString(max), Integer.toString(value));
		}
		return value;
	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

	static <T> T orDefault(@Nullable T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	/** Input sizes then layer sizes: [features, hidden..., 1]. */
	private static List<Integer> shape(int features, List<Integer> hidden) {
		List<Integer> shape = new ArrayList<>();
		shape.add(features);
		shape.addAll(hidden);
		shape.add(1);
		return shape;
	}

	static int parameterCount(List<Integer> shape) {
		int count = 0;
		for (int l = 1; l < shape.size(); l++) {
			count += shape.get(l) * (shape.get(l - 1) + 1);
		}
		return count;
	}

	private void checkWork(int features, List<Integer> hidden, Activation activation, NetworkGraph.Penalty penalty,
			int parameters, int slots, int batch, int steps, int evaluated) {
		long perSlot = NetworkGraph.nodesPerSlot(features, hidden, activation);
		long graph = perSlot * slots + parameters + NetworkGraph.regularizationNodes(parameters, penalty);
		long chunks = (batch + slots - 1) / slots;
		long chunkEvaluations = (long) steps * chunks * 2 + ((evaluated + slots - 1) / slots);
		long work = chunkEvaluations * graph;
		if (work > this.limits.maxWork()) {
			throw new TrainingTooLargeException("problem.training.tooMuchWork", work, this.limits.maxWork());
		}
	}

	private void checkCpuTime() {
		if (cpuTime() - this.started > this.limits.maxCpuTime().toNanos()) {
			throw new TrainingTooLargeException("problem.training.tooLong",
					Long.toString(this.limits.maxCpuTime().toMillis()));
		}
	}

	private static long cpuTime() {
		long time = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
		return (time >= 0) ? time : System.nanoTime();
	}

	private static TrainingTooLargeException diverged(long step) {
		return new TrainingTooLargeException("problem.training.diverged", Long.toString(step + 1));
	}

	// Running the graph

	private static void initialise(List<Integer> shape, double[] parameters, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int p = 0;
		for (int l = 1; l < shape.size(); l++) {
			int in = shape.get(l - 1);
			int out = shape.get(l);
			double bound = Math.sqrt(6.0 / (in + out));
			for (int j = 0; j < out; j++) {
				for (int i = 0; i < in; i++) {
					parameters[p++] = random.nextDouble(-bound, bound);
				}
				parameters[p++] = 0;
			}
		}
	}

	private static void shuffle(int[] order, long seed, long epoch, boolean shuffled) {
		Arrays.setAll(order, i -> i);
		if (!shuffled) {
			return;
		}
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + epoch);
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}

	private static void set(NetworkGraph net, double[] parameters) {
		for (int i = 0; i < parameters.length; i++) {
			net.graph.set(net.parameters.get(i), parameters[i]);
		}
	}

	/**
	 * Runs the batch {@code order[first .. first+size)} forward and backward, chunk by
	 * chunk, leaving its gradient in {@code grad}; returns the batch's objective.
	 */
	private static double accumulate(NetworkGraph net, double[][] features, double[][] rows, int[] order, int first,
			int size, double[] grad) {
		Arrays.fill(grad, 0);
		Graph graph = net.graph;
		double weight = 1.0 / size;
		double objective = 0;
		for (int start = 0; start < size; start += net.slots) {
			for (int s = 0; s < net.slots; s++) {
				boolean used = start + s < size;
				int point = used ? order[first + start + s] : -1;
				load(net, s, used ? features[point] : null, used ? rows[point][2] : 0);
				graph.set(net.weights[s], used ? weight : 0);
			}
			if (net.regularizationOn != null) {
				graph.set(net.regularizationOn, (start == 0) ? 1 : 0);
			}
			graph.forward();
			graph.backward();
			objective += graph.value(net.total);
			for (int i = 0; i < grad.length; i++) {
				grad[i] += graph.grad(net.parameters.get(i));
			}
		}
		return objective;
	}

	private static void load(NetworkGraph net, int slot, double @Nullable [] features, double label) {
		Value[] inputs = net.inputs[slot];
		for (int f = 0; f < inputs.length; f++) {
			net.graph.set(inputs[f], (features != null) ? features[f] : 0);
		}
		net.graph.set(net.labels[slot], label);
	}

	private record Evaluated(double loss, double accuracy) {

	}

	private static Evaluated evaluate(NetworkGraph net, Loss loss, double[][] features, double[][] rows,
			boolean classification) {
		double total = 0;
		int right = 0;
		for (int start = 0; start < rows.length; start += net.slots) {
			int count = Math.min(net.slots, rows.length - start);
			for (int s = 0; s < net.slots; s++) {
				load(net, s, (s < count) ? features[start + s] : null, (s < count) ? rows[start + s][2] : 0);
			}
			net.graph.forward();
			for (int s = 0; s < count; s++) {
				total += net.graph.value(net.losses[s]);
				if (classification && loss.positive(net.graph.value(net.predictions[s])) == loss
					.positiveLabel(rows[start + s][2])) {
					right++;
				}
			}
		}
		return (rows.length == 0) ? new Evaluated(Double.NaN, Double.NaN)
				: new Evaluated(total / rows.length, (double) right / rows.length);
	}

	private static TrainResponse.Grid grid(NetworkGraph net, List<String> names, List<Integer> hidden, int size,
			boolean neuronGrids) {
		int cells = size * size;
		double[] output = new double[cells];
		double[][][] neurons = new double[hidden.size()][][];
		for (int l = 0; l < hidden.size(); l++) {
			neurons[l] = new double[hidden.get(l)][neuronGrids ? cells : 0];
		}
		double step = 2 * Datasets.EXTENT / size;
		for (int start = 0; start < cells; start += net.slots) {
			int count = Math.min(net.slots, cells - start);
			for (int s = 0; s < net.slots; s++) {
				int cell = start + Math.min(s, count - 1);
				double x1 = -Datasets.EXTENT + (cell % size + 0.5) * step;
				double x2 = Datasets.EXTENT - (cell / size + 0.5) * step;
				load(net, s, features(x1, x2, names), 0);
			}
			net.graph.forward();
			for (int s = 0; s < count; s++) {
				output[start + s] = net.graph.value(net.predictions[s]);
				if (neuronGrids) {
					for (int l = 0; l < hidden.size(); l++) {
						for (int j = 0; j < hidden.get(l); j++) {
							neurons[l][j][start + s] = net.graph.value(net.neurons[s][l][j]);
						}
					}
				}
			}
		}
		List<List<List<Double>>> neuronLists = null;
		if (neuronGrids) {
			neuronLists = new ArrayList<>();
			for (double[][] layer : neurons) {
				List<List<Double>> layerList = new ArrayList<>();
				for (double[] neuron : layer) {
					layerList.add(State.heatmap(neuron));
				}
				neuronLists.add(layerList);
			}
		}
		return new TrainResponse.Grid(size, Datasets.EXTENT, State.heatmap(output), neuronLists);
	}

	private static double[][] featureRows(double[][] rows, List<String> names) {
		double[][] features = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			features[i] = features(rows[i][0], rows[i][1], names);
		}
		return features;
	}

	/** The feature values, computed as the Backprop Lab program computes them. */
	static double[] features(double x1, double x2, List<String> names) {
		double[] values = new double[names.size()];
		for (int f = 0; f < values.length; f++) {
			values[f] = switch (names.get(f)) {
				case "x1" -> x1;
				case "x2" -> x2;
				case "x1^2" -> x1 * x1;
				case "x2^2" -> x2 * x2;
				case "x1*x2" -> x1 * x2;
				case "sin(x1)" -> Math.sin(x1);
				case "sin(x2)" -> Math.sin(x2);
				default -> throw new IllegalStateException(names.get(f));
			};
		}
		return values;
	}

	private static List<List<Double>> rows(double[][] rows) {
		List<List<Double>> list = new ArrayList<>(rows.length);
		for (double[] row : rows) {
			list.add(List.of(row[0], row[1], row[2]));
		}
		return list;
	}

}
