package io.aieducademy.autograd.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.aieducademy.autograd.web.EvaluationSlots.TooManyEvaluationsException;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The per-client share of evaluation time, at its default settings (250 ms a second after
 * a 2 s burst), on a clock the test moves: a learner playing the playground alone is
 * never refused for its share, and the share applies again as soon as another client
 * asks.
 */
class EvaluationSlotsTests {

	/** What one Play update of the playground costs, taken high: 50 ms of the engine. */
	private static final long UPDATE_NANOS = Duration.ofMillis(50).toNanos();

	private final AtomicLong clock = new AtomicLong(System.nanoTime());

	private final EvaluationSlots slots = new EvaluationSlots(
			new AutogradProperties(DataSize.ofKilobytes(256), 100_000, 256, 20_000_000, 2, Duration.ofSeconds(1),
					Duration.ofMillis(250), Duration.ofSeconds(2), 10_000, DataSize.ofMegabytes(96), 200),
			this.clock::get);

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	/** One evaluation of the given cost for a client, as a request would run it. */
	private boolean ask(String learner, String address, long nanos) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/playground/train");
		request.setRemoteAddr(address);
		request.setCookies(new Cookie(EvaluationSlots.LEARNER_COOKIE, learner));
		request.setContent(new byte[2_000]);
		ServletRequestAttributes attributes = new ServletRequestAttributes(request);
		RequestContextHolder.setRequestAttributes(attributes);
		try {
			this.slots.run(() -> this.clock.addAndGet(nanos));
			return true;
		}
		catch (TooManyEvaluationsException refused) {
			assertThat(refused.getMessage()).endsWith("SHARE_SPENT");
			return false;
		}
		finally {
			attributes.requestCompleted();
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/** A learner plays: an update every 50 ms, each using 50 ms of the engine. */
	private int play(String learner, Duration duration) {
		int refused = 0;
		for (long n = 0; n < duration.toNanos() / UPDATE_NANOS / 2; n++) {
			if (!ask(learner, "192.0.2.1", UPDATE_NANOS)) {
				refused++;
			}
			this.clock.addAndGet(UPDATE_NANOS);
		}
		return refused;
	}

	@Test
	void aLearnerPlayingAloneIsNeverRefusedForItsShare() {
		// half of every second on the engine: twice the share, for ten minutes
		assertThat(play("alone", Duration.ofMinutes(10))).isZero();
	}

	@Test
	void theShareAppliesAsSoonAsAnotherClientAsksWithNoDebtFromPlayingAlone() {
		play("player", Duration.ofMinutes(1));
		assertThat(ask("other", "192.0.2.2", 1_000_000)).isTrue();
		// what refilled during the last 51 ms is spent, and then the share applies
		assertThat(ask("player", "192.0.2.1", UPDATE_NANOS)).isTrue();
		assertThat(ask("player", "192.0.2.1", UPDATE_NANOS)).as("the player's share is spent").isFalse();
		// playing alone left the bucket empty, not in debt (a minute at twice the share
		// would owe 15 s): a fifth
		// of a second refills enough for the next update
		this.clock.addAndGet(Duration.ofMillis(200).toNanos());
		assertThat(ask("player", "192.0.2.1", UPDATE_NANOS)).isTrue();
		assertThat(ask("player", "192.0.2.1", UPDATE_NANOS)).isFalse();
	}

	@Test
	void twoClientsPlayingTogetherEachGetTheirShare() {
		int[] served = new int[2];
		long start = this.clock.get();
		for (int n = 0; n < 400; n++) {
			for (int c = 0; c < 2; c++) {
				if (ask("player" + c, "192.0.2." + (c + 1), UPDATE_NANOS)) {
					served[c]++;
				}
			}
			this.clock.addAndGet(UPDATE_NANOS);
		}
		// each asks for all of the engine: it gets its 2 s burst, then 250 ms a second
		double seconds = (this.clock.get() - start) / 1e9;
		assertThat(seconds).isGreaterThan(30);
		for (int c = 0; c < 2; c++) {
			assertThat(served[c] * UPDATE_NANOS / 1e9).isBetween(2 + 0.25 * seconds - 0.1, 2 + 0.25 * seconds + 0.1);
		}
	}

	@Test
	void aSecondAfterTheOtherClientLastAskedTheLearnerIsAloneAgain() {
		play("player", Duration.ofSeconds(20));
		assertThat(ask("other", "192.0.2.2", 1_000_000)).isTrue();
		ask("player", "192.0.2.1", UPDATE_NANOS);
		assertThat(ask("player", "192.0.2.1", UPDATE_NANOS)).isFalse();
		this.clock.addAndGet(Duration.ofMillis(1_100).toNanos());
		assertThat(play("player", Duration.ofSeconds(20))).isZero();
	}

}
