package io.aieducademy.autograd;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A column grows to twice its length, of the same type, starting with what it held. */
class ColumnsTests {

	@Test
	void aColumnOfPrimitivesDoublesAndKeepsItsElements() {
		double[] grown = Columns.doubled(new double[] { 1.5, -0.0, Double.NaN });

		assertThat(grown).hasSize(6).startsWith(1.5, -0.0, Double.NaN);
		assertThat(grown[3]).isZero();
	}

	@Test
	void aColumnOfObjectsKeepsItsElementType() {
		Operation[] grown = Columns.doubled(new Operation[] { Operation.ADD });

		assertThat(grown).containsExactly(Operation.ADD, null);
		assertThat(grown.getClass()).isEqualTo(Operation[].class);
	}

	@Test
	void aProgramWithManyWordsGrowsTheirColumnsAndKeepsEveryOne() {
		StringBuilder program = new StringBuilder("a0 = x");
		for (int i = 1; i < 300; i++) {
			program.append("\na").append(i).append(" = a").append(i - 1).append(" * x + ").append(i);
		}
		Evaluation evaluation = Autograd.evaluate(program.toString(), java.util.Map.of("x", 1.0));

		// 600 distinct words, far over the first 64: with x = 1, a299 = 1 + (1 + 2 + ...
		// + 299)
		assertThat(evaluation.output().value()).isEqualTo(1 + 299.0 * 300 / 2);
	}

}
