package io.aieducademy.autograd.web;

import java.time.Duration;

import io.aieducademy.autograd.Limits;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of {@code /api/autograd}, set with {@code aieducademy.autograd.*} properties. A
 * value out of range stops start-up with the property's name. The engine's limits take
 * their defaults from {@link Limits}, so each default is written once.
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413 (default
 * 64KB)
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
@Validated
public record AutogradProperties(@DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue("" + Limits.DEFAULT_MAX_NODES) @Positive int maxNodes,
		@DefaultValue("" + Limits.DEFAULT_MAX_DEPTH) @Positive int maxDepth,
		@DefaultValue("" + Limits.DEFAULT_MAX_GRADIENT_CHECK_WORK) @PositiveOrZero long maxGradientCheckWork,
		@DefaultValue("0") @PositiveOrZero int maxConcurrentEvaluations, @DefaultValue("1s") Duration retryAfter) {

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

	@AssertTrue(message = "max-body-size must be at least one byte")
	boolean isMaxBodySizePositive() {
		return this.maxBodySize.toBytes() > 0;
	}

	@AssertTrue(message = "retry-after must not be negative")
	boolean isRetryAfterNotNegative() {
		return !this.retryAfter.isNegative();
	}

}
