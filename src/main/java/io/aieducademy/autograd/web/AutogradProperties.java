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
 * 256KB, the site's limit for every request, and room for a program that reaches the node
 * limit: the smallest programs take 2 bytes a node, so x+x+... with 100,001 nodes is 200
 * KB)
 * @param maxNodes the most nodes a program may build; more gets 422 (default 200000)
 * @param maxDepth the deepest nesting of parentheses, calls and pending operators; deeper
 * gets 422 (default 256)
 * @param maxGradientCheckWork the most node evaluations a gradient check may run; more
 * gets 422 (default 20000000)
 * @param maxConcurrentEvaluations how many evaluations may run at once; beyond that 429
 * (default 0, which means one per available processor)
 * @param retryAfter what the {@code Retry-After} header of a 429 says when the engine is
 * busy (default 1s)
 * @param clientShare evaluation time each client may use per second, on average (default
 * 250ms); a client's address may use four times as much
 * @param clientBurst evaluation time a client may use at once before its share applies
 * (default 2s)
 * @param maxTrackedClients how many clients' shares are remembered; the least recently
 * seen are forgotten (default 10000)
 * @param responseMemory memory set aside for answers being computed or written out; an
 * evaluation that would go over gets 429 (default 96MB)
 * @param responseBytesPerRequestByte how much memory an answer is reckoned to take per
 * byte of its request, for that reservation (default 200: a 64 KB program of one-letter
 * terms builds about 12 MB of JSON)
 */
@ConfigurationProperties("aieducademy.autograd")
@Validated
public record AutogradProperties(@DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("" + Limits.DEFAULT_MAX_NODES) @Positive int maxNodes,
		@DefaultValue("" + Limits.DEFAULT_MAX_DEPTH) @Positive int maxDepth,
		@DefaultValue("" + Limits.DEFAULT_MAX_GRADIENT_CHECK_WORK) @PositiveOrZero long maxGradientCheckWork,
		@DefaultValue("0") @PositiveOrZero int maxConcurrentEvaluations, @DefaultValue("1s") Duration retryAfter,
		@DefaultValue("250ms") Duration clientShare, @DefaultValue("2s") Duration clientBurst,
		@DefaultValue("10000") @Positive int maxTrackedClients, @DefaultValue("96MB") DataSize responseMemory,
		@DefaultValue("200") @Positive long responseBytesPerRequestByte) {

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

	@AssertTrue(message = "client-share and client-burst must be at least a millisecond")
	boolean isClientTimePositive() {
		return this.clientShare.toMillis() >= 1 && this.clientBurst.toMillis() >= 1;
	}

	@AssertTrue(message = "response-memory must be at least 1KB")
	boolean isResponseMemoryEnough() {
		return this.responseMemory.toBytes() >= 1024;
	}

}
