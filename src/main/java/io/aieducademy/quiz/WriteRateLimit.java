package io.aieducademy.quiz;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds how fast answers and completions may be written, per learner and per address
 * ({@link QuizProperties}), for the forms and the API alike, so that no client can grow
 * the database without bound. Over the limit: 429 with {@code Retry-After}, as a problem
 * under {@code /api} and the site's error page for the forms.
 */
@Component
class WriteRateLimit implements HandlerInterceptor, WebMvcConfigurer {

	private static final String LEARNER_COOKIE = "aie_learner";

	// absent in MVC test slices of other features, which pick up this interceptor: then
	// nothing is limited
	private final @Nullable QuizProperties limits;

	private final Map<String, Bucket> buckets;

	WriteRateLimit(ObjectProvider<QuizProperties> limits) {
		this.limits = limits.getIfAvailable();
		int max = (this.limits != null) ? this.limits.maxTrackedClients() : 1;
		this.buckets = new LinkedHashMap<>(256, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > max;
			}

		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/quick-checks/*/answers", "/api/lessons/*/completion",
					"/programs/*/lessons/*/quick-checks/*", "/programs/*/lessons/*/completion");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		QuizProperties limits = this.limits;
		if (limits == null || !"POST".equals(request.getMethod())) {
			return true;
		}
		long now = System.nanoTime();
		Bucket address = bucket("address:" + request.getRemoteAddr(), limits.addressBurst(), limits.addressPerMinute());
		String learner = learner(request);
		Bucket client = (learner != null)
				? bucket("learner:" + learner, limits.learnerBurst(), limits.learnerPerMinute()) : null;
		long wait = Math.max(address.waitSeconds(now), (client != null) ? client.waitSeconds(now) : 0);
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return false;
		}
		address.take(now);
		if (client != null) {
			client.take(now);
		}
		return true;
	}

	private static @Nullable String learner(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (LEARNER_COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 64) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private Bucket bucket(String key, int burst, int perMinute) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, (k) -> new Bucket(burst, perMinute / 60.0));
		}
	}

	/** Writes a client may still make, refilled at a steady rate. */
	private static final class Bucket {

		private final double capacity;

		private final double perSecond;

		private double tokens;

		private long updated = System.nanoTime();

		Bucket(double capacity, double perSecond) {
			this.capacity = capacity;
			this.perSecond = perSecond;
			this.tokens = capacity;
		}

		/** Whole seconds until one write is allowed; 0 if it is allowed now. */
		synchronized long waitSeconds(long now) {
			refill(now);
			return (this.tokens >= 1) ? 0 : (long) Math.ceil((1 - this.tokens) / this.perSecond);
		}

		synchronized void take(long now) {
			refill(now);
			this.tokens -= 1;
		}

		private void refill(long now) {
			double elapsed = (now - this.updated) / 1e9;
			if (elapsed > 0) {
				this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perSecond);
				this.updated = now;
			}
		}

	}

}
