package io.aieducademy.autograd.web;

import io.aieducademy.json.BundleProblems;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import io.aieducademy.ratelimit.Quota;
import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Shares the engine fairly and bounds the memory its answers take. Every API that
 * evaluates programs (the lab's and the playground's) goes through here.
 * <ul>
 * <li><b>Slots.</b> At most {@code max-concurrent-evaluations} evaluations run at once. A
 * request that finds no slot is refused at once (429) rather than queued. One slot is
 * kept for light clients: those that have used less than half of their burst and whose
 * evaluations have taken less than a tenth of {@code client-share} on average. So a few
 * clients looping heavy programs share the other slots and cannot keep everyone else
 * out.</li>
 * <li><b>Shares.</b> Each client (its learner cookie, or its address without one) has a
 * token bucket of evaluation time: {@code client-burst} full, refilled at
 * {@code client-share} per second. Each address has a bucket four times as large, so that
 * a client cannot gain time by dropping its cookie. A spent bucket gets 429 with
 * {@code Retry-After} until it has refilled. A share is shared with others: while no
 * other client has asked for an evaluation for {@link #ALONE} (a learner playing the
 * playground on a quiet site), a spent bucket does not refuse, and its debt stops at
 * empty, so that the client is not made to wait the moment someone else arrives. From
 * then on its bucket applies as usual.</li>
 * <li><b>Memory.</b> Before an evaluation starts, the memory its answer may take is
 * reserved from {@code response-memory}, estimated from the size of the request body, and
 * only released when the answer has been written out, however slowly the client reads. A
 * request that would go over is refused (429).</li>
 * <li><b>Headers.</b> Every answer, served or refused, carries the RateLimit fields
 * ({@link Quota}) of the client's share or its address's, whichever runs out first, in
 * milliseconds of evaluation time.</li>
 * </ul>
 */
@Component
public class EvaluationSlots {

	/**
	 * The learner cookie's name (owned by the progress feature, read here only to tell
	 * clients apart).
	 */
	static final String LEARNER_COOKIE = "aie_learner";

	private static final String RESERVATION = EvaluationSlots.class.getName() + ".reservation";

	private static final int ADDRESS_FACTOR = 4;

	private static final long KB = 1024;

	private static final double NANOS_PER_MILLI = 1e6;

	private final Semaphore shared;

	private final Semaphore reserved;

	private final Semaphore memoryKb;

	private final int totalMemoryKb;

	private final long responseBytesPerRequestByte;

	private final long defaultRequestBytes;

	private final Duration retryAfter;

	private final long burstNanos;

	private final long sharePerSecondNanos;

	private final TokenBuckets buckets;

	/** How long since another client last asked that a client counts as alone. */
	static final Duration ALONE = Duration.ofSeconds(1);

	private final Clock clock;

	/** The two clients that asked most recently, the latest first, and when. */
	private final String[] recentClients = new String[2];

	private final long[] recentTimes = new long[2];

	@Autowired
	public EvaluationSlots(AutogradProperties properties) {
		this(properties, System::nanoTime);
	}

	/** For tests: with a clock of nanoseconds that they move. */
	EvaluationSlots(AutogradProperties properties, Clock clock) {
		this.clock = clock;
		int concurrency = properties.concurrency();
		this.shared = new Semaphore((concurrency > 1) ? concurrency - 1 : concurrency);
		this.reserved = new Semaphore((concurrency > 1) ? 1 : 0);
		this.totalMemoryKb = (int) Math.min(Integer.MAX_VALUE, properties.responseMemory().toBytes() / KB);
		this.memoryKb = new Semaphore(this.totalMemoryKb);
		this.responseBytesPerRequestByte = properties.responseBytesPerRequestByte();
		this.defaultRequestBytes = properties.maxBodySize().toBytes();
		this.retryAfter = properties.retryAfter();
		this.burstNanos = properties.clientBurst().toNanos();
		this.sharePerSecondNanos = properties.clientShare().toNanos();
		this.buckets = new TokenBuckets(properties.maxTrackedClients());
	}

	/**
	 * Runs an evaluation for the client of the current request, or refuses it with
	 * {@link TooManyEvaluationsException}.
	 */
	public <T> T run(Supplier<T> evaluation) {
		HttpServletRequest request = currentRequest();
		String clientKey = clientKey(request);
		TokenBucket client = bucket(clientKey, 1);
		TokenBucket addressBucket = addressBucket(request);
		long now = this.clock.nanoTime();
		boolean alone = asksAlone(clientKey, now);
		long wait = Math.max(client.nanosUntil(1, now), addressBucket.nanosUntil(1, now));
		if (wait > 0 && !alone) {
			writeQuota(client, addressBucket, now);
			throw new TooManyEvaluationsException(Reason.SHARE_SPENT,
					Duration.ofNanos(Math.max(wait, this.retryAfter.toNanos())));
		}
		try {
			reserveMemory(request);
		}
		catch (TooManyEvaluationsException ex) {
			writeQuota(client, addressBucket, now);
			throw ex;
		}
		Semaphore slot = acquireSlot(client.isLight(now) && addressBucket.isLight(now));
		if (slot == null) {
			writeQuota(client, addressBucket, now);
			throw new TooManyEvaluationsException(Reason.BUSY, this.retryAfter);
		}
		long start = this.clock.nanoTime();
		try {
			return evaluation.get();
		}
		finally {
			slot.release();
			long end = this.clock.nanoTime();
			if (alone) {
				client.takeDownToEmpty(end - start, end);
				addressBucket.takeDownToEmpty(end - start, end);
			}
			else {
				client.take(end - start, end);
				addressBucket.take(end - start, end);
			}
			writeQuota(client, addressBucket, end);
		}
	}

	/**
	 * The RateLimit fields ({@link Quota}) of the client of {@code request}, in
	 * milliseconds of evaluation time, without taking anything: for an answer that never
	 * reaches {@link #run} (a body that cannot be read, say), so that every answer of an
	 * API that evaluates carries them.
	 */
	public Quota quota(HttpServletRequest request) {
		long now = this.clock.nanoTime();
		return quota(bucket(clientKey(request), 1), addressBucket(request), now);
	}

	/**
	 * An interceptor that writes the client's RateLimit fields before a {@code POST} is
	 * handled; {@link #run} writes them anew after the evaluation has been paid for.
	 */
	public HandlerInterceptor quotaFields() {
		return new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("POST".equals(request.getMethod())) {
					quota(request).writeTo(response);
				}
				return true;
			}

		};
	}

	private static String clientKey(@Nullable HttpServletRequest request) {
		String learner = (request != null) ? TokenBuckets.cookie(request, LEARNER_COOKIE) : null;
		return (learner != null) ? "learner:" + learner : "address:" + address(request);
	}

	private static String address(@Nullable HttpServletRequest request) {
		return (request != null) ? request.getRemoteAddr() : "local";
	}

	private TokenBucket addressBucket(@Nullable HttpServletRequest request) {
		return bucket("addresses:" + address(request), ADDRESS_FACTOR);
	}

	private static Quota quota(TokenBucket client, TokenBucket address, long now) {
		return Quota.tighter(client.quota(NANOS_PER_MILLI, now), address.quota(NANOS_PER_MILLI, now));
	}

	/** Writes the client's RateLimit fields on the current response, if there is one. */
	private static void writeQuota(TokenBucket client, TokenBucket address, long now) {
		HttpServletResponse response = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes servlet) ? servlet.getResponse() : null;
		if (response != null) {
			quota(client, address, now).writeTo(response);
		}
	}

	/**
	 * Records that a client asks now, and says whether no other client has asked within
	 * {@link #ALONE}. The latest other client is always one of the two most recent.
	 */
	private boolean asksAlone(String clientKey, long now) {
		synchronized (this.recentClients) {
			if (!clientKey.equals(this.recentClients[0])) {
				this.recentClients[1] = this.recentClients[0];
				this.recentTimes[1] = this.recentTimes[0];
				this.recentClients[0] = clientKey;
			}
			this.recentTimes[0] = now;
			return this.recentClients[1] == null || now - this.recentTimes[1] > ALONE.toNanos();
		}
	}

	private @Nullable Semaphore acquireSlot(boolean light) {
		if (this.shared.tryAcquire()) {
			return this.shared;
		}
		if (light && this.reserved.tryAcquire()) {
			return this.reserved;
		}
		return null;
	}

	/**
	 * Reserves the answer's memory until the request completes, which is after its body
	 * has been written. Without a request (a direct call) nothing is reserved.
	 */
	private void reserveMemory(@Nullable HttpServletRequest request) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (request == null || attributes == null || attributes.getAttribute(RESERVATION, 0) != null) {
			return;
		}
		long requestBytes = request.getContentLengthLong();
		long estimate = ((requestBytes > 0) ? requestBytes : this.defaultRequestBytes)
				* this.responseBytesPerRequestByte;
		// an answer larger than the whole reserve waits for it to be free
		int permits = (int) Math.max(1, Math.min(this.totalMemoryKb, estimate / KB));
		if (!this.memoryKb.tryAcquire(permits)) {
			throw new TooManyEvaluationsException(Reason.BUSY, this.retryAfter);
		}
		attributes.setAttribute(RESERVATION, permits, RequestAttributes.SCOPE_REQUEST);
		attributes.registerDestructionCallback(RESERVATION, () -> this.memoryKb.release(permits),
				RequestAttributes.SCOPE_REQUEST);
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)
				? servlet.getRequest() : null;
	}

	private TokenBucket bucket(String key, int factor) {
		return this.buckets.bucket(key, (double) this.burstNanos * factor, (double) this.sharePerSecondNanos * factor);
	}

	/** A clock of nanoseconds, as {@link System#nanoTime()}. */
	@FunctionalInterface
	interface Clock {

		long nanoTime();

	}

	/** Why an evaluation was refused. */
	enum Reason {

		/** Every slot is taken, or the answers being written use the memory set aside. */
		BUSY,

		/** This client has used its share of evaluation time for now. */
		SHARE_SPENT

	}

	/** The evaluation is refused for now; the client should retry after a while. */
	public static class TooManyEvaluationsException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Reason reason;

		private final Duration retryAfter;

		TooManyEvaluationsException(Reason reason, Duration retryAfter) {
			super("The evaluation is refused for now: " + reason, null, false, false);
			this.reason = reason;
			this.retryAfter = retryAfter;
		}

		/**
		 * The 429 answer for every API that evaluates: a problem that says whether the
		 * engine is busy or the client's share is spent, with {@code Retry-After}.
		 */
		public ResponseEntity<ProblemDetail> response(MessageSource messages) {
			long seconds = Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
			String code = (this.reason == Reason.SHARE_SPENT) ? "problem.shareSpent" : "problem.busy";
			ProblemDetail problem = BundleProblems.titledByCode(messages, this, HttpStatus.TOO_MANY_REQUESTS, code,
					seconds);
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.body(problem);
		}

	}

}
