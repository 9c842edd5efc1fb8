package io.aieducademy.autograd.web;

import java.time.Duration;

import io.aieducademy.autograd.Limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of {@code /api/autograd}, set with {@code aieducademy.autograd.*} properties.
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413 (default 1MB,
 * room for a program that reaches the node limit: 200,001 nodes take 400 KB as
 * {@code x+x+...})
 * @param maxNodes the most nodes a program may build; more gets 422 (default 200000)
 * @param maxDepth the deepest nesting of parentheses, calls and pending operators; deeper
 * gets 422 (default 256)
 * @param maxGradientCheckWork the most node evaluations a gradient check may run; more
 * gets 422 (default 20000000)
 * @param maxConcurrentEvaluations how many evaluations may run at once; beyond that 429
 * (default 0, which means one per available processor)
 * @param retryAfter what the {@code Retry-After} header of a 429 says (default 1s)
 */
@ConfigurationProperties("aieducademy.autograd")
public record AutogradProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("200000") int maxNodes,
		@DefaultValue("256") int maxDepth, @DefaultValue("20000000") long maxGradientCheckWork,
		@DefaultValue("0") int maxConcurrentEvaluations, @DefaultValue("1s") Duration retryAfter) {

	public AutogradProperties {
		if (maxBodySize.toBytes() < 1 || maxConcurrentEvaluations < 0 || retryAfter.isNegative()) {
			throw new IllegalArgumentException("aieducademy.autograd: max-body-size must be positive, "
					+ "max-concurrent-evaluations and retry-after must not be negative");
		}
		// fails start-up with a clear message if a limit is not positive
		new Limits(maxNodes, maxDepth, maxGradientCheckWork);
	}

	/** The engine's limits. */
	public Limits limits() {
		return new Limits(this.maxNodes, this.maxDepth, this.maxGradientCheckWork);
	}

	/**
	 * How many evaluations may run at once, with 0 resolved to the number of available
	 * processors.
	 */
	public int concurrency() {
		return (this.maxConcurrentEvaluations > 0) ? this.maxConcurrentEvaluations
				: Runtime.getRuntime().availableProcessors();
	}

}
