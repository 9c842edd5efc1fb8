package io.aieducademy.ratelimit;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * What a client may still do, written as the {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} fields of the IETF draft
 * draft-ietf-httpapi-ratelimit-headers-04 (the last draft with exactly these three
 * fields): the quota, what is left of it, and the seconds until it is whole again.
 *
 * @param limit the most a client may do at once (a token bucket's capacity)
 * @param remaining what is left now, never below 0
 * @param resetSeconds whole seconds until the quota is full again; 0 when it is
 */
public record Quota(long limit, long remaining, long resetSeconds) {

	/** The field that carries {@link #limit()}. */
	public static final String LIMIT = "RateLimit-Limit";

	/** The field that carries {@link #remaining()}. */
	public static final String REMAINING = "RateLimit-Remaining";

	/** The field that carries {@link #resetSeconds()}. */
	public static final String RESET = "RateLimit-Reset";

	/**
	 * Of two quotas that both apply (a learner's and their address's), the one closer to
	 * running out: the one with less left, or, with as much left, the one that takes
	 * longer to fill up. The draft asks for the one that runs out first.
	 */
	public static Quota tighter(Quota one, @Nullable Quota other) {
		if (other == null) {
			return one;
		}
		if (one.remaining != other.remaining) {
			return (one.remaining < other.remaining) ? one : other;
		}
		return (one.resetSeconds >= other.resetSeconds) ? one : other;
	}

	/** Sets the three fields on {@code response}, replacing any written before. */
	public void writeTo(HttpServletResponse response) {
		response.setHeader(LIMIT, Long.toString(this.limit));
		response.setHeader(REMAINING, Long.toString(this.remaining));
		response.setHeader(RESET, Long.toString(this.resetSeconds));
	}

}
