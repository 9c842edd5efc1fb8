package io.aieducademy.ratelimit;

/**
 * What one client may still do: up to {@code capacity} tokens, refilled at
 * {@code perSecond}. Taking may leave the bucket in debt (an evaluation is paid for after
 * it ran, with the time it took), which the refill pays back first.
 */
public final class TokenBucket {

	/**
	 * What is taken each time, at most, by a light client: this fraction of a second's
	 * refill.
	 */
	private static final int LIGHT_FRACTION = 10;

	private final double capacity;

	private final double perSecond;

	private double tokens;

	private double averageTaken;

	private long updated = System.nanoTime();

	TokenBucket(double capacity, double perSecond) {
		this.capacity = capacity;
		this.perSecond = perSecond;
		this.tokens = capacity;
	}

	/** Nanoseconds until the bucket holds {@code amount} tokens; 0 if it does now. */
	public synchronized long nanosUntil(double amount, long now) {
		refill(now);
		return (this.tokens >= amount) ? 0 : (long) Math.ceil((amount - this.tokens) * 1e9 / this.perSecond);
	}

	/** Takes {@code amount} tokens, even into debt. */
	public synchronized void take(double amount, long now) {
		refill(now);
		this.tokens -= amount;
		this.averageTaken = (this.averageTaken == 0) ? amount : (this.averageTaken + amount) / 2;
	}

	/**
	 * Takes {@code amount} tokens but leaves the bucket no lower than empty (and a debt
	 * no deeper): for a client that took them while nobody else was asking.
	 */
	public synchronized void takeDownToEmpty(double amount, long now) {
		refill(now);
		this.tokens = Math.min(this.tokens, Math.max(0, this.tokens - amount));
		this.averageTaken = (this.averageTaken == 0) ? amount : (this.averageTaken + amount) / 2;
	}

	/**
	 * Whether the bucket is at least half full and what is taken from it each time is, on
	 * a smoothed average, less than a tenth of a second's refill: a client that uses
	 * little. Half full is not enough on its own: a client that loops costly work and is
	 * refused for want of room (which takes nothing) refills its bucket while it waits,
	 * and must not count as light for that.
	 */
	public synchronized boolean isLight(long now) {
		refill(now);
		return this.tokens * 2 >= this.capacity && this.averageTaken * LIGHT_FRACTION < this.perSecond;
	}

	/**
	 * The bucket as the RateLimit fields tell it: its capacity, what is left (never below
	 * 0, even in debt) and the whole seconds until it is full again, each counted in
	 * {@code unit}s of tokens (a nanosecond bucket read in milliseconds has a unit of
	 * 1,000,000).
	 */
	public synchronized Quota quota(double unit, long now) {
		refill(now);
		// less a hair, so that exactly 60 s of refill reads 60 and not 61 after rounding
		long reset = (long) Math.ceil((this.capacity - this.tokens) / this.perSecond - 1e-6);
		return new Quota((long) Math.floor(this.capacity / unit), (long) Math.floor(Math.max(0, this.tokens) / unit),
				Math.max(0, reset));
	}

	private void refill(long now) {
		long elapsed = now - this.updated;
		if (elapsed > 0) {
			this.tokens = Math.min(this.capacity, this.tokens + elapsed * (this.perSecond / 1e9));
			this.updated = now;
		}
	}

}
