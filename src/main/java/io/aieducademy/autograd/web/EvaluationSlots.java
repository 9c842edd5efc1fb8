package io.aieducademy.autograd.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Bounds how many evaluations run at once. A request that finds every slot taken is
 * refused at once (429) rather than queued, so a burst of large programs cannot pile up
 * threads and memory. The playground's training requests take their slots here too, so
 * both share the same capacity.
 */
@Component
public class EvaluationSlots {

	private final Semaphore slots;

	private final Duration retryAfter;

	EvaluationSlots(AutogradProperties properties) {
		this.slots = new Semaphore(properties.concurrency());
		this.retryAfter = properties.retryAfter();
	}

	/** Runs the evaluation in a free slot, or throws at once when none is free. */
	public <T> T run(Supplier<T> evaluation) {
		if (!this.slots.tryAcquire()) {
			throw new TooManyEvaluationsException(this.retryAfter);
		}
		try {
			return evaluation.get();
		}
		finally {
			this.slots.release();
		}
	}

	/** Every evaluation slot is taken; the client should retry after a while. */
	public static class TooManyEvaluationsException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Duration retryAfter;

		TooManyEvaluationsException(Duration retryAfter) {
			super("Too many evaluations are running", null, false, false);
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
