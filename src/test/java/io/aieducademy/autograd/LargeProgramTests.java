package io.aieducademy.autograd;

import org.junit.jupiter.api.Test;

import static io.aieducademy.autograd.AutogradTests.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Forward and backward are loops, not recursion: a chain of a million nodes runs without
 * a stack overflow.
 */
class LargeProgramTests {

	private static final Options MILLION = new Options(new Limits(1_100_000, 256, 0), false, false);

	@Test
	void millionNodeChainOfStatementsRunsForwardAndBackward() {
		// each statement adds four nodes (a constant, *, a constant, +), each depending
		// on the one before
		StringBuilder program = new StringBuilder("a = x\n");
		for (int i = 0; i < 250_000; i++) {
			program.append("a = a * 1.0000001 + 0\n");
		}

		Evaluation evaluation = Autograd.evaluate(program.toString(), values("x", 1), MILLION);

		assertThat(evaluation.nodeCount()).isEqualTo(1_000_001);
		double expected = Math.pow(1.0000001, 250_000);
		assertThat(evaluation.output().value()).isCloseTo(expected, within(1e-9));
		assertThat(evaluation.inputs().get(0).grad()).isCloseTo(expected, within(1e-9));
	}

	@Test
	void millionNodeChainInOneExpressionRunsForwardAndBackward() {
		String program = "x" + " + x".repeat(999_999);

		Evaluation evaluation = Autograd.evaluate(program, values("x", 2), MILLION);

		assertThat(evaluation.nodeCount()).isEqualTo(1_000_000);
		assertThat(evaluation.output().value()).isEqualTo(2_000_000);
		assertThat(evaluation.inputs().get(0).grad()).isEqualTo(1_000_000);
	}

	@Test
	void millionNodeGraphCanBeReportedInFull() {
		String program = "x" + " * 1".repeat(499_999);

		Evaluation evaluation = Autograd.evaluate(program, values("x", 2), MILLION.withGraph(true));

		assertThat(evaluation.nodes()).hasSize(999_999);
		assertThat(evaluation.edges()).hasSize(999_998);
		assertThat(evaluation.nodes().get(999_998).value()).isEqualTo(2);
	}

	@Test
	void theDocumentedTooLargeExampleFitsTheDefaultBodyLimit() {
		// docs/autograd-language.md: 100,001 nodes, x followed by 100,000 times +x; the
		// API's default body limit (256 KB, AutogradProperties) must let it arrive
		String program = "x" + "+x".repeat(100_000);
		String body = "{\"expression\":\"" + program + "\",\"values\":{\"x\":1}}";

		assertThat(body.length()).isLessThan(256 * 1024);
		AutogradTests.assertThatProgramException(() -> Autograd.evaluate(program, values("x", 1)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProgramException.Kind.TOO_LARGE))
			.withMessage("This program needs more than 100,000 nodes, which is the limit. Make it shorter.");
	}

}
