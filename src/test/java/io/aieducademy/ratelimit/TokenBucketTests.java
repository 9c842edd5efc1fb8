package io.aieducademy.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who counts as a light client (the engine keeps a slot for them): a bucket at least half
 * full whose client takes little each time, at the engine's defaults (a 2 s burst
 * refilled at 250 ms a second).
 */
class TokenBucketTests {

	private static final double SECOND = Duration.ofSeconds(1).toNanos();

	private final long start = System.nanoTime();

	private final TokenBucket bucket = new TokenBucket(2 * SECOND, 0.25 * SECOND);

	@Test
	void aClientThatTakesAFewMillisecondsEachTimeIsLight() {
		for (int i = 0; i < 10; i++) {
			this.bucket.take(2_000_000, this.start);
		}
		assertThat(this.bucket.isLight(this.start)).isTrue();
	}

	@Test
	void aClientThatLoopsCostlyWorkIsNotLightEvenWithItsBucketRefilled() {
		// a gradient check of 150 ms each time, then refused for want of room (which
		// takes
		// nothing) while its bucket refills to full
		for (int i = 0; i < 4; i++) {
			this.bucket.take(150_000_000, this.start);
		}
		long later = this.start + Duration.ofSeconds(10).toNanos();
		assertThat(this.bucket.nanosUntil(2 * SECOND, later)).isZero();
		assertThat(this.bucket.isLight(later)).isFalse();
	}

	@Test
	void aClientThatHasSpentHalfItsBucketIsNotLight() {
		this.bucket.take(1.1 * SECOND, this.start);
		for (int i = 0; i < 10; i++) {
			this.bucket.take(1_000_000, this.start);
		}
		assertThat(this.bucket.isLight(this.start)).isFalse();
	}

}
