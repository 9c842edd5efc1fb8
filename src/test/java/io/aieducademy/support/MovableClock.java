package io.aieducademy.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move forward, so that expiry and time windows need no waiting. A
 * test class puts it in place of the application's clock with
 * {@code @Import(MovableClock.InPlace.class)} and moves it with {@link #advance}.
 */
public final class MovableClock extends Clock {

	private volatile Instant now = Instant.parse("2026-11-28T10:00:00Z");

	/** Moves the clock forward by {@code duration}. */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** The movable clock as the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InPlace {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
