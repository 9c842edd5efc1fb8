package io.aieducademy.abuse;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.aieducademy.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 8: 64 connections for a minute (or {@code -Dabuse.seconds}), mixing
 * pages, quiz answers and autograd programs from the cheapest to the heaviest. No 5xx,
 * health answers fast ({@code -Dabuse.health-p99-ms}, 200 by default), and the heap goes
 * back to its baseline afterwards.
 */
class MixedLoadAbuse {

	private static final int CONNECTIONS = 64;

	@TempDir
	Path dir;

	@Test
	void sixtyFourConnectionsOfMixedTrafficGiveNoServerErrors() throws Exception {
		String heavyGraph = Abuse.heaviestGraphRequest();
		String heavyCheck = FairShareAbuse.heaviestGradientCheck();
		String cheap = "{\"expression\":\"L = (w*x - y)^2\",\"values\":{\"w\":2,\"x\":3,\"y\":10},\"gradCheck\":true}";
		try (AppProcess app = Abuse.start(this.dir)) {
			HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			Abuse.healthTime(health, app);
			long baseline = Abuse.heapAfterGcMb(app);
			List<Duration> idle = Abuse.idleHealthTimes(health, app);
			AtomicInteger requests = new AtomicInteger();
			AtomicInteger serverErrors = new AtomicInteger();
			AtomicInteger limited = new AtomicInteger();
			long until = System.nanoTime() + Duration.ofSeconds(Abuse.seconds(60)).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
			List<Future<?>> workers = new ArrayList<>();
			for (int c = 0; c < CONNECTIONS; c++) {
				int client = c;
				String from = "127.0.2." + (1 + client % 16);
				workers.add(pool.submit(() -> {
					for (int n = 0; n < 1_000_000 && System.nanoTime() < until; n++) {
						RawHttp.Response response = switch ((client + n) % 8) {
							case 0 -> RawHttp.exchange(from, app.port(), "GET", "/", "", "");
							case 1 -> RawHttp.exchange(from, app.port(), "GET",
									"/programs/ai-sprouts/lessons/backpropagation", "", "");
							case 2, 3 -> RawHttp.exchange(from, app.port(), "POST",
									"/api/quick-checks/backpropagation.what-gradient-tells/answers",
									"Content-Type: application/json\r\n", "{\"choice\": " + (n % 4) + "}");
							case 4, 5 -> RawHttp.exchange(from, app.port(), "POST", "/api/autograd",
									"Content-Type: application/json\r\n", cheap);
							case 6 -> RawHttp.exchange(from, app.port(), "POST", "/api/autograd",
									"Content-Type: application/json\r\n", heavyCheck);
							default -> RawHttp.exchange(from, app.port(), "POST", "/api/autograd",
									"Content-Type: application/json\r\n", heavyGraph);
						};
						requests.incrementAndGet();
						if (response.status() >= 500) {
							serverErrors.incrementAndGet();
						}
						else if (response.status() == 429) {
							limited.incrementAndGet();
						}
					}
					return null;
				}));
			}
			List<Duration> healthTimes = Collections.synchronizedList(new ArrayList<>());
			while (System.nanoTime() < until) {
				healthTimes.add(Abuse.healthTime(health, app));
				Thread.sleep(200);
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			pool.shutdown();
			Thread.sleep(2000);
			long after = Abuse.heapAfterGcMb(app);
			Duration p99 = Abuse.percentile(healthTimes, 99);
			System.out.printf(
					"mixed load: %d connections, %d requests, %d refused (429), %d 5xx; health p50 %d ms, "
							+ "p99 %d ms (%d probes), idle before the load p50 %d ms, p99 %d ms; heap baseline %d MB, "
							+ "after %d MB%n",
					CONNECTIONS, requests.get(), limited.get(), serverErrors.get(),
					Abuse.percentile(healthTimes, 50).toMillis(), p99.toMillis(), healthTimes.size(),
					Abuse.percentile(idle, 50).toMillis(), Abuse.percentile(idle, 99).toMillis(), baseline, after);

			assertThat(app.isAlive()).isTrue();
			assertThat(Abuse.logMentions(this.dir, "OutOfMemoryError")).isFalse();
			assertThat(serverErrors.get()).isZero();
			assertThat(p99.toMillis()).isLessThan(Long.getLong("abuse.health-p99-ms", 200));
			assertThat(after).as("heap after the load, MB").isLessThan(baseline + 32);
		}
	}

}
