package io.aieducademy.system;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBulkheadTests {

	private static RequestBulkhead bulkhead(int permits, Duration timeout) {
		return new RequestBulkhead(
				new RequestProperties(DataSize.ofKilobytes(256), permits, timeout, DataSize.ofKilobytes(8)));
	}

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

	@Test
	void aRequestWaitsForItsTurnAndIsRefusedWith503WhenItDoesNotComeInTime() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofMillis(200));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> first = inBackground(bulkhead, get("/"), new MockHttpServletResponse(),
				(request, response) -> {
					inside.countDown();
					await(finish);
				});
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(bulkhead.available()).isZero();

		AtomicInteger ran = new AtomicInteger();
		MockHttpServletResponse refused = new MockHttpServletResponse();
		long start = System.nanoTime();
		bulkhead.doFilter(get("/api/autograd"), refused, (request, response) -> ran.incrementAndGet());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
		assertThat(ran).hasValue(0);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":503");

		finish.countDown();
		first.get(5, TimeUnit.SECONDS);
		assertThat(bulkhead.available()).isOne();
		bulkhead.doFilter(get("/"), new MockHttpServletResponse(), (request, response) -> ran.incrementAndGet());
		assertThat(ran).hasValue(1);
	}

	@Test
	void healthProbesPassWhileEveryPermitIsTaken() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofSeconds(30));
		AtomicInteger health = new AtomicInteger();
		bulkhead.doFilter(get("/"), new MockHttpServletResponse(), (request, response) -> {
			assertThat(bulkhead.available()).isZero();
			bulkhead.doFilter(get("/actuator/health"), new MockHttpServletResponse(),
					(probe, answer) -> health.incrementAndGet());
			bulkhead.doFilter(get("/actuator/health/readiness"), new MockHttpServletResponse(),
					(probe, answer) -> health.incrementAndGet());
		});
		assertThat(health).hasValue(2);
		assertThat(bulkhead.available()).isOne();
	}

	@Test
	void thePermitIsGivenBackBeforeAResponseWouldOverflowTheBufferOrIsFlushed() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofSeconds(30));
		AtomicReference<String> seen = new AtomicReference<>("");
		bulkhead.doFilter(get("/api/autograd"), new MockHttpServletResponse(), (request, response) -> {
			assertThat(response.getBufferSize()).isGreaterThanOrEqualTo(8 * 1024);
			response.getOutputStream().write(new byte[8 * 1024]);
			seen.set(seen.get() + "full buffer " + bulkhead.available());
			response.getOutputStream().write(1);
			seen.set(seen.get() + ", one byte more " + bulkhead.available());
		});
		assertThat(seen.get()).isEqualTo("full buffer 0, one byte more 1");
		assertThat(bulkhead.available()).isOne();

		seen.set("");
		bulkhead.doFilter(get("/"), new MockHttpServletResponse(), (request, response) -> {
			response.getWriter().write("<p>");
			seen.set("written " + bulkhead.available());
			response.getWriter().flush();
			seen.set(seen.get() + ", flushed " + bulkhead.available());
		});
		assertThat(seen.get()).isEqualTo("written 0, flushed 1");

		seen.set("");
		bulkhead.doFilter(get("/"), new MockHttpServletResponse(), (request, response) -> {
			// a character may take three bytes in UTF-8
			response.getWriter().write("é".repeat(8 * 1024 / 3 + 1));
			seen.set("written " + bulkhead.available());
		});
		assertThat(seen.get()).isEqualTo("written 1");
		// released once only, whatever else the response does afterwards
		assertThat(bulkhead.available()).isOne();
	}

	@Test
	void aLongAnswerTakesItsTurnAgainBeforeItWritesMore() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofSeconds(30));
		CountDownLatch overflowed = new CountDownLatch(1);
		CountDownLatch otherInside = new CountDownLatch(1);
		CountDownLatch otherMayFinish = new CountDownLatch(1);
		AtomicReference<String> order = new AtomicReference<>("");
		CompletableFuture<Void> longAnswer = inBackground(bulkhead, get("/api/autograd"), new MockHttpServletResponse(),
				(request, response) -> {
					response.getOutputStream().write(new byte[8 * 1024 + 1]);
					overflowed.countDown();
					await(otherInside);
					// more of the answer: it must wait for the request that took the turn
					response.getOutputStream().write(new byte[100]);
					order.accumulateAndGet("long answer wrote more; ", String::concat);
					assertThat(bulkhead.available()).isZero();
				});
		assertThat(overflowed.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> other = inBackground(bulkhead, get("/"), new MockHttpServletResponse(),
				(request, response) -> {
					otherInside.countDown();
					await(otherMayFinish);
					order.accumulateAndGet("other finished; ", String::concat);
				});
		assertThat(otherInside.await(5, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(200);
		assertThat(order.get()).isEmpty();
		otherMayFinish.countDown();
		other.get(5, TimeUnit.SECONDS);
		longAnswer.get(5, TimeUnit.SECONDS);
		assertThat(order.get()).isEqualTo("other finished; long answer wrote more; ");
		assertThat(bulkhead.available()).isOne();
	}

	@Test
	void aLongAnswerWhoseTurnDoesNotComeAgainIsFinishedWithoutOne() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofMillis(300));
		CountDownLatch overflowed = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		MockHttpServletResponse answer = new MockHttpServletResponse();
		AtomicReference<Duration> rest = new AtomicReference<>();
		CompletableFuture<Void> longAnswer = inBackground(bulkhead, get("/api/autograd"), answer,
				(request, response) -> {
					response.getOutputStream().write(new byte[8 * 1024 + 1]);
					overflowed.countDown();
					await(finish);
					long start = System.nanoTime();
					// the rest of the answer in twenty writes: one wait for the turn, not
					// twenty
					for (int i = 0; i < 20; i++) {
						response.getOutputStream().write(new byte[5]);
					}
					rest.set(Duration.ofNanos(System.nanoTime() - start));
				});
		assertThat(overflowed.await(5, TimeUnit.SECONDS)).isTrue();
		CountDownLatch otherInside = new CountDownLatch(1);
		CountDownLatch otherMayFinish = new CountDownLatch(1);
		CompletableFuture<Void> other = inBackground(bulkhead, get("/"), new MockHttpServletResponse(),
				(request, response) -> {
					otherInside.countDown();
					await(otherMayFinish);
				});
		assertThat(otherInside.await(5, TimeUnit.SECONDS)).isTrue();
		finish.countDown();
		longAnswer.get(5, TimeUnit.SECONDS);
		assertThat(answer.getContentAsByteArray()).hasSize(8 * 1024 + 1 + 100);
		assertThat(rest.get()).isBetween(Duration.ofMillis(290), Duration.ofMillis(1500));
		otherMayFinish.countDown();
		other.get(5, TimeUnit.SECONDS);
		// neither permit was given back twice
		assertThat(bulkhead.available()).isOne();
	}

	@Test
	void theBodyIsReadBeforeThePermitIsTakenAndAFailureToReadItReachesTheApplication() throws Exception {
		RequestBulkhead bulkhead = bulkhead(1, Duration.ofSeconds(30));
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger readsWithAPermit = new AtomicInteger();
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/autograd") {

			@Override
			public ServletInputStream getInputStream() {
				return new ServletInputStream() {

					private int left = 3;

					@Override
					public int read() throws IOException {
						reads.incrementAndGet();
						if (bulkhead.available() == 0) {
							readsWithAPermit.incrementAndGet();
						}
						if (this.left == 0) {
							throw new SocketTimeoutException("the client stopped sending");
						}
						return "abc".charAt(3 - this.left--);
					}

					@Override
					public boolean isFinished() {
						return false;
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setReadListener(ReadListener listener) {
					}

				};
			}

		};
		post.setRequestURI("/api/autograd");
		post.setContentType("application/json");
		post.addHeader("Transfer-Encoding", "chunked");
		FilterChain application = (request, response) -> {
			byte[] start = new byte[3];
			assertThat(request.getInputStream().read(start, 0, 3)).isEqualTo(3);
			assertThat(new String(start, StandardCharsets.UTF_8)).isEqualTo("abc");
			assertThatThrownBy(() -> request.getInputStream().read()).isInstanceOf(SocketTimeoutException.class)
				.hasMessage("the client stopped sending");
		};
		bulkhead.doFilter(post, new MockHttpServletResponse(), application);
		assertThat(reads.get()).isGreaterThanOrEqualTo(4);
		assertThat(readsWithAPermit).hasValue(0);
		assertThat(bulkhead.available()).isOne();
	}

	/**
	 * Runs a request through the bulkhead on another thread, as a second client would.
	 */
	private static CompletableFuture<Void> inBackground(RequestBulkhead bulkhead, MockHttpServletRequest request,
			MockHttpServletResponse response, FilterChain chain) {
		return CompletableFuture.runAsync(() -> {
			try {
				bulkhead.doFilter(request, response, chain);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
