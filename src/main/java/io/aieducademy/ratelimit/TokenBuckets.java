package io.aieducademy.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The token buckets of many clients, by key: the least recently used are forgotten past
 * {@code maxTracked}, so that a flood of new clients cannot use up memory. A forgotten
 * client starts again with a full bucket.
 */
public final class TokenBuckets {

	private final Map<String, TokenBucket> buckets;

	public TokenBuckets(int maxTracked) {
		this.buckets = new LinkedHashMap<>(256, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
				return size() > maxTracked;
			}

		};
	}

	/**
	 * The bucket of {@code key}, made full with {@code capacity} tokens refilled at
	 * {@code perSecond} when the key is new.
	 */
	public TokenBucket bucket(String key, double capacity, double perSecond) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, (k) -> new TokenBucket(capacity, perSecond));
		}
	}

	/**
	 * The value of the cookie {@code name} of this request, when it is short enough to be
	 * a key (a learner's id); {@code null} otherwise.
	 */
	public static @Nullable String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName()) && cookie.getValue().length() <= 64) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
