package io.aieducademy.abuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Issue 12, item 4: a burst of 12,000 answers from 8 connections. Before the fix they
 * were all written, in 11.6 s, and the H2 file grew by 225 MB. Now the rate limits refuse
 * most of them (429) and the file grows by no more than 5 MB.
 */
class WriteBurstAbuse {

	private static final int ANSWERS = 12_000;

	private static final int CONNECTIONS = 8;

	@TempDir
	Path dir;

	@Test
	void aBurstOfTwelveThousandAnswersGrowsTheDatabaseByAtMostFiveMegabytes() throws Exception {
		try (AppProcess app = Abuse.start(this.dir)) {
			Path file = this.dir.resolve("data").resolve("aieducademy.mv.db");
			long before = Files.size(file);
			AtomicInteger next = new AtomicInteger();
			AtomicInteger accepted = new AtomicInteger();
			AtomicInteger limited = new AtomicInteger();
			AtomicInteger other = new AtomicInteger();
			long deadline = System.nanoTime() + 120_000_000_000L;
			ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
			List<Future<?>> workers = new ArrayList<>();
			long start = System.nanoTime();
			for (int c = 0; c < CONNECTIONS; c++) {
				String from = "127.0.1." + (c + 1);
				workers.add(pool.submit(() -> {
					for (int n = next.getAndIncrement(); n < ANSWERS
							&& System.nanoTime() < deadline; n = next.getAndIncrement()) {
						int status = RawHttp
							.exchange(from, app.port(), "POST",
									"/api/quick-checks/backpropagation.what-gradient-tells/answers",
									"Content-Type: application/json\r\n", "{\"choice\": " + (n % 4) + "}")
							.status();
						(status == 200 ? accepted : (status == 429) ? limited : other).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			pool.shutdown();
			double seconds = (System.nanoTime() - start) / 1e9;
			long after = Files.size(file);
			System.out.printf(
					"write burst: %d answers from %d connections in %.1f s: %d written, %d refused (429), "
							+ "%d other; database %d KB before, %d KB after%n",
					ANSWERS, CONNECTIONS, seconds, accepted.get(), limited.get(), other.get(), before / 1024,
					after / 1024);

			assertThat(other.get()).as("answers that were neither written nor refused with 429").isZero();
			assertThat(after - before).isLessThanOrEqualTo(5L * 1024 * 1024);
		}
	}

}
