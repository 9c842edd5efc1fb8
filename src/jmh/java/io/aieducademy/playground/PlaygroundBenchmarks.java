package io.aieducademy.playground;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.aieducademy.autograd.Activation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full-batch training step of micrograd's demo network (2-16-16-1, relu, hinge loss plus 1e-4 L2) on 100 moons
 * points: load the points, forward, backward, read the gradients and take an SGD step. Run with
 * {@code ./mvnw -Pbenchmarks -DskipTests test-compile exec:exec -Djmh.args="PlaygroundBenchmarks"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlaygroundBenchmarks {

	private NetworkGraph net;

	private double[][] points;

	private double[] parameters;

	private double[] grad;

	@Setup(Level.Trial)
	public void setUp() {
		this.points = Datasets.generate("moons", 100, 0.1, 1);
		this.net = new NetworkGraph(2, List.of(16, 16), Activation.RELU, Loss.HINGE, NetworkGraph.Penalty.L2, 1e-4,
				100);
		this.parameters = new double[this.net.parameters.size()];
		this.grad = new double[this.parameters.length];
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < this.parameters.length; i++) {
			this.parameters[i] = random.nextDouble(-0.5, 0.5);
		}
		System.out.println("nodes=" + this.net.graph.size());
	}

	@Benchmark
	public double fullBatchStep() {
		for (int i = 0; i < this.parameters.length; i++) {
			this.net.graph.set(this.net.parameters.get(i), this.parameters[i]);
		}
		for (int s = 0; s < 100; s++) {
			this.net.graph.set(this.net.inputs[s][0], this.points[s][0]);
			this.net.graph.set(this.net.inputs[s][1], this.points[s][1]);
			this.net.graph.set(this.net.labels[s], this.points[s][2]);
			this.net.graph.set(this.net.weights[s], 0.01);
		}
		this.net.graph.set(this.net.regularizationOn, 1);
		this.net.graph.forward();
		this.net.graph.backward();
		for (int i = 0; i < this.parameters.length; i++) {
			this.grad[i] = this.net.graph.grad(this.net.parameters.get(i));
			this.parameters[i] -= 1e-6 * this.grad[i];
		}
		return this.net.graph.value(this.net.total);
	}

}
