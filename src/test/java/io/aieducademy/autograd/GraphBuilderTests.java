package io.aieducademy.autograd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Graphs built in code: the same numbers as the same computation written as a program,
 * and one graph run again with new data gives what a fresh graph would.
 */
class GraphBuilderTests {

	@Test
	void neuronMatchesTheSameProgramBitForBit() {
		GraphBuilder builder = new GraphBuilder(1000);
		Neuron neuron = new Neuron(builder, 2, Activation.TANH);
		Value x1 = builder.data(0.5);
		Value x2 = builder.data(-1.5);
		Value out = neuron.apply(List.of(x1, x2));
		Value loss = out.minus(builder.constant(0.25)).pow(2);
		Graph graph = builder.build(loss);
		double[] params = { 0.3, -0.7, 0.1 };
		List<Value> parameters = List.of(neuron.weights().get(0), neuron.weights().get(1), neuron.bias());
		for (int i = 0; i < params.length; i++) {
			graph.set(parameters.get(i), params[i]);
		}
		graph.forward();
		graph.backward();

		Map<String, Double> values = new LinkedHashMap<>();
		values.put("w0", 0.3);
		values.put("w1", -0.7);
		values.put("b", 0.1);
		Evaluation program = Autograd.evaluate("L = (tanh(w0*0.5 + w1*-1.5 + b) - 0.25)^2", values);

		assertThat(graph.value(loss)).isEqualTo(program.output().value());
		for (int i = 0; i < params.length; i++) {
			assertThat(graph.grad(parameters.get(i))).isEqualTo(program.inputs().get(i).grad());
		}
		assertThat(graph.grad(x1)).isZero();
	}

	@Test
	void rerunningWithNewDataEqualsAFreshGraph() {
		double[] first = run(null, 0.2, 0.9);
		double[] again = run(new double[] { 0.2, 0.9 }, 1.0, -3.0);
		assertThat(again).containsExactly(run(null, 1.0, -3.0));
		assertThat(first).isNotEqualTo(again);
	}

	/**
	 * Loss and gradients of a 2-3-1 relu MLP, optionally run once on other data first.
	 */
	private static double[] run(double[] before, double a, double b) {
		GraphBuilder builder = new GraphBuilder(1000);
		MLP mlp = new MLP(builder, 2, List.of(3, 1), Activation.RELU, Activation.LINEAR);
		Value x1 = builder.data(0);
		Value x2 = builder.data(0);
		Value loss = mlp.apply(List.of(x1, x2)).get(0).pow(2);
		Graph graph = builder.build(loss);
		List<Value> parameters = mlp.parameters();
		assertThat(parameters).hasSize(3 * 3 + 4);
		for (int i = 0; i < parameters.size(); i++) {
			graph.set(parameters.get(i), 0.1 * (i + 1) * ((i % 2 == 0) ? 1 : -1));
		}
		if (before != null) {
			graph.set(x1, before[0]);
			graph.set(x2, before[1]);
			graph.forward();
			graph.backward();
		}
		graph.set(x1, a);
		graph.set(x2, b);
		graph.forward();
		graph.backward();
		double[] result = new double[parameters.size() + 1];
		result[0] = graph.value(loss);
		for (int i = 0; i < parameters.size(); i++) {
			result[i + 1] = graph.grad(parameters.get(i));
		}
		return result;
	}

	@Test
	void aBuilderIsBoundedAndUsedOnce() {
		GraphBuilder builder = new GraphBuilder(3);
		Value a = builder.parameter(1);
		Value b = a.plus(a);
		builder.build(b);
		assertThatIllegalStateException().isThrownBy(() -> builder.parameter(2));

		GraphBuilder small = new GraphBuilder(2);
		Value c = small.parameter(1);
		small.parameter(2);
		assertThatThrownBy(() -> c.relu()).isInstanceOf(ProgramException.class).hasMessageContaining("limit");
	}

}
