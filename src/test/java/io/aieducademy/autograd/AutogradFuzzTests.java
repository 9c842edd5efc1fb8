package io.aieducademy.autograd;

import java.util.LinkedHashMap;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz test of the whole engine: whatever the program text and values,
 * {@link Autograd#evaluate} returns a consistent evaluation or throws
 * {@link ProgramException}; any other throwable fails.
 * <p>
 * {@code ./mvnw verify} replays the committed inputs in
 * {@code src/test/resources/io/aieducademy/autograd/AutogradFuzzTestsInputs/evaluate}. To
 * fuzz for five minutes: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=AutogradFuzzTests}; a
 * finding is written to that folder and stays there as a regression input once the bug is
 * fixed.
 */
class AutogradFuzzTests {

	/** Small limits, so that the fuzzer reaches them often and each run stays fast. */
	private static final Limits LIMITS = new Limits(2_000, 32, 20_000);

	@FuzzTest(maxDuration = "5m")
	void evaluate(FuzzedDataProvider data) {
		Options options = new Options(LIMITS, data.consumeBoolean(), data.consumeBoolean());
		Map<String, Double> values = new LinkedHashMap<>();
		int count = data.consumeInt(0, 3);
		for (int i = 0; i < count; i++) {
			values.put(data.consumeAsciiString(4), data.consumeDouble());
		}
		String source = data.consumeRemainingAsString();
		try {
			Evaluation evaluation = Autograd.evaluate(source, values, options);
			assertThat(evaluation.nodeCount()).isBetween(1, LIMITS.maxNodes());
			assertThat(evaluation.output().nodeId()).isBetween(0, evaluation.nodeCount() - 1);
			if (options.graph()) {
				assertThat(evaluation.nodes()).hasSize(evaluation.nodeCount());
			}
		}
		catch (ProgramException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			assertThat(ex.kind()).isNotNull();
			if (ex.span() != null) {
				assertThat(ex.span().line()).isPositive();
				assertThat(ex.span().column()).isPositive();
				assertThat(ex.excerpt()).contains("\n").contains("^");
			}
		}
	}

}
