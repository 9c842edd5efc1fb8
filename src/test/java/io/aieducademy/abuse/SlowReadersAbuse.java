package io.aieducademy.abuse;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.aieducademy.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: 200 connections send the heaviest valid program and never read the
 * answer. Before the fix, 50 to 60 of them killed a 576 MB JVM with OutOfMemoryError. Now
 * the server stays up, health answers within a second throughout, and the heap goes back
 * to its baseline once they close.
 */
class SlowReadersAbuse {

	private static final int CONNECTIONS = 200;

	@TempDir
	Path dir;

	@Test
	void twoHundredConnectionsThatNeverReadCannotExhaustTheHeap() throws Exception {
		try (AppProcess app = Abuse.start(this.dir)) {
			HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			Abuse.healthTime(health, app);
			long baseline = Abuse.heapAfterGcMb(app);
			List<Duration> idle = Abuse.idleHealthTimes(health, app);
			byte[] body = Abuse.heaviestGraphRequest().getBytes(StandardCharsets.UTF_8);
			byte[] head = ("POST /api/autograd HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			List<Socket> sockets = new ArrayList<>();
			List<Duration> healthTimes = new ArrayList<>();
			long peak = baseline;
			try {
				for (int i = 0; i < CONNECTIONS; i++) {
					Socket socket = new Socket();
					// a tiny receive window, and nobody reading: the server's writes
					// stall
					socket.setReceiveBufferSize(4096);
					socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5000);
					sockets.add(socket);
					OutputStream out = socket.getOutputStream();
					out.write(head);
					out.write(body);
					out.flush();
					if (i % 20 == 19) {
						healthTimes.add(Abuse.healthTime(health, app));
					}
				}
				long until = System.nanoTime() + Duration.ofSeconds(Abuse.seconds(20)).toNanos();
				while (System.nanoTime() < until) {
					healthTimes.add(Abuse.healthTime(health, app));
					Thread.sleep(250);
				}
				peak = Math.max(peak, Abuse.heapAfterGcMb(app));
			}
			finally {
				for (Socket socket : sockets) {
					socket.close();
				}
			}
			Thread.sleep(2000);
			long after = Abuse.heapAfterGcMb(app);
			Duration p95 = Abuse.percentile(healthTimes, 95);
			Duration slowest = Abuse.percentile(healthTimes, 100);
			System.out.printf(
					"slow readers: %d connections, heap baseline %d MB, under attack %d MB, after %d MB, "
							+ "health p95 %d ms, slowest %d ms (%d probes); idle before the attack: health p95 %d ms, "
							+ "slowest %d ms%n",
					CONNECTIONS, baseline, peak, after, p95.toMillis(), slowest.toMillis(), healthTimes.size(),
					Abuse.percentile(idle, 95).toMillis(), Abuse.percentile(idle, 100).toMillis());

			assertThat(app.isAlive()).as("the server is still running").isTrue();
			assertThat(Abuse.logMentions(this.dir, "OutOfMemoryError")).isFalse();
			// The machine is shared, so one probe may wait for a core; nearly all must be
			// fast and none may fail.
			assertThat(p95).isLessThan(Duration.ofSeconds(1));
			assertThat(slowest).isLessThan(Duration.ofSeconds(5));
			assertThat(after).as("heap after the connections closed, MB").isLessThan(baseline + 32);
		}
	}

}
