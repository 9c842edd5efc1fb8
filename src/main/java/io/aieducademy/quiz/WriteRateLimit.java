package io.aieducademy.quiz;

import io.aieducademy.ratelimit.Quota;
import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;
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
 * under {@code /api} and the site's error page for the forms. Every write, served or
 * refused, carries the RateLimit fields ({@link Quota}) of the bucket that runs out
 * first.
 */
@Component
class WriteRateLimit implements HandlerInterceptor, WebMvcConfigurer {

	private static final String LEARNER_COOKIE = "aie_learner";

	// absent in MVC test slices of other features, which pick up this interceptor: then
	// nothing is limited
	private final @Nullable QuizProperties limits;

	private final TokenBuckets buckets;

	WriteRateLimit(ObjectProvider<QuizProperties> limits) {
		this.limits = limits.getIfAvailable();
		this.buckets = new TokenBuckets((this.limits != null) ? this.limits.maxTrackedClients() : 1);
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
		TokenBucket address = bucket("address:" + request.getRemoteAddr(), limits.addressBurst(),
				limits.addressPerMinute());
		String learner = TokenBuckets.cookie(request, LEARNER_COOKIE);
		TokenBucket client = (learner != null)
				? bucket("learner:" + learner, limits.learnerBurst(), limits.learnerPerMinute()) : null;
		long wait = Math.max(waitSeconds(address, now), (client != null) ? waitSeconds(client, now) : 0);
		if (wait > 0) {
			quota(address, client, now).writeTo(response);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return false;
		}
		address.take(1, now);
		if (client != null) {
			client.take(1, now);
		}
		quota(address, client, now).writeTo(response);
		return true;
	}

	/** The RateLimit fields: writes left of whichever bucket runs out first. */
	private static Quota quota(TokenBucket address, @Nullable TokenBucket client, long now) {
		return Quota.tighter(address.quota(1, now), (client != null) ? client.quota(1, now) : null);
	}

	private TokenBucket bucket(String key, int burst, int perMinute) {
		return this.buckets.bucket(key, burst, perMinute / 60.0);
	}

	/** Whole seconds until the bucket allows one write; 0 if it does now. */
	private static long waitSeconds(TokenBucket bucket, long now) {
		return (bucket.nanosUntil(1, now) + 999_999_999) / 1_000_000_000;
	}

}
