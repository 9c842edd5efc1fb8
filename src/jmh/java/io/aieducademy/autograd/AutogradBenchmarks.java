package io.aieducademy.autograd;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the engine's phases on programs of about 10, 1,000 and 100,000 nodes. Not a test: run with
 * {@code ./mvnw -Pbenchmarks -DskipTests test-compile exec:exec}; divide the time per operation by the node count
 * that setup prints to get nanoseconds per node.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AutogradBenchmarks {

	private static final Map<String, Double> VALUES = Map.of("x", 0.5, "w", 0.25);

	private static final Limits LIMITS = new Limits(1_000_000, 256, 0);

	@Param({ "10", "1000", "100000" })
	public int nodes;

	private String source;

	private char[] chars;

	private ComputationGraph graph;

	@Setup(Level.Trial)
	public void setUp() {
		this.source = program(this.nodes);
		this.chars = this.source.toCharArray();
		this.graph = Parser.parse(new SourceText(this.source), VALUES, LIMITS);
		this.graph.forward();
		this.graph.backward();
		System.out.println("nodes=" + this.graph.size());
	}

	/**
	 * A neuron-like chain: each statement builds eight nodes (two constants, *, +, tanh, relu, *, +) on the previous
	 * one, padded with {@code + w} to the requested size.
	 */
	static String program(int nodes) {
		StringBuilder program = new StringBuilder("a = x\n");
		int built = 1;
		while (built + 8 <= nodes) {
			program.append("a = tanh(a * 0.5 + w) + relu(a) * 0.1\n");
			built += 8;
		}
		program.append("a = a");
		built++;
		while (built < nodes) {
			program.append(" + w");
			built++;
		}
		return program.append('\n').toString();
	}

	/** Lexing, parsing and building the graph in flat arrays. */
	@Benchmark
	public ComputationGraph parse() {
		return Parser.parse(new SourceText(this.source), VALUES, LIMITS);
	}

	/**
	 * The same from the program's characters, as a request's body hands them over
	 * ({@code Autograd.evaluate(char[], ...)}): without the String's copy into an array.
	 * The lexer only reads the array, so every call may share it.
	 */
	@Benchmark
	public ComputationGraph parseChars() {
		return Parser.parse(new SourceText(this.chars), VALUES, LIMITS);
	}

	@Benchmark
	public double forward() {
		this.graph.forward();
		return this.graph.value(this.graph.output());
	}

	@Benchmark
	public double backward() {
		this.graph.backward();
		return this.graph.grad(0);
	}

	@Benchmark
	public double forwardBackward() {
		this.graph.forward();
		this.graph.backward();
		return this.graph.grad(0);
	}

	/** The whole facade with the graph view: parse, forward, backward, warnings, nodes and edges as records. */
	@Benchmark
	public Evaluation evaluateWithGraph() {
		return Autograd.evaluate(this.source, VALUES, new Options(LIMITS, false, true));
	}

}
