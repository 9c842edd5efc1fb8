package io.aieducademy.quiz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.aieducademy.support.FormToken;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 4: answers and completions are rate-limited per learner and per address.
 * Before, 12,000 answers from 8 connections took 11.6 s and grew the database by 225 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aieducademy.quiz.learner-burst=3", "aieducademy.quiz.learner-per-minute=1",
				"aieducademy.quiz.address-burst=6", "aieducademy.quiz.address-per-minute=1" })
class WriteRateLimitTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aLearnerAndThenAnAddressOverTheirBurstGet429WithRetryAfter() throws Exception {
		String learner = null;
		// the first answer has no cookie yet; the next three use up the learner's burst
		int[] statuses = new int[5];
		HttpResponse<String> last = null;
		HttpResponse<String> first = null;
		HttpResponse<String> second = null;
		for (int i = 0; i < 5; i++) {
			last = answer(learner, i % 4);
			first = (i == 0) ? last : first;
			second = (i == 1) ? last : second;
			statuses[i] = last.statusCode();
			if (learner == null) {
				learner = last.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			}
		}
		assertThat(statuses).containsExactly(200, 200, 200, 200, 429);
		assertThat(fields(first)).as("the address's bucket of 6, one taken; a token back each minute")
			.containsExactly(6L, 5L, 60L);
		assertThat(fields(second)).as("the learner's bucket of 3 runs out first").startsWith(3L, 2L);
		assertThat(fields(second)[2]).isBetween(58L, 60L);
		assertThat(fields(last)).startsWith(3L, 0L);
		assertThat(last.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(last.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

		// new learners from the same address share its bucket of 6 (4 are used)
		assertThat(answer(null, 0).statusCode()).isEqualTo(200);
		assertThat(answer(null, 0).statusCode()).isEqualTo(200);
		HttpResponse<String> overAddress = answer(null, 0);
		assertThat(overAddress.statusCode()).isEqualTo(429);
		assertThat(overAddress.headers().firstValue("Set-Cookie")).isEmpty();

		FormToken token = FormToken.from("http://localhost:" + this.port);
		HttpResponse<String> form = this.client.send(HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + this.port + "/programs/ai-sprouts/lessons/backpropagation/completion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", token.cookie())
			.POST(HttpRequest.BodyPublishers.ofString("a=1&" + token.field()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(429);
		assertThat(form.body()).contains("class=\"error-page\"");
	}

	/** RateLimit-Limit, -Remaining and -Reset of an answer. */
	private static long[] fields(HttpResponse<String> response) {
		return new long[] { Long.parseLong(response.headers().firstValue("RateLimit-Limit").orElseThrow()),
				Long.parseLong(response.headers().firstValue("RateLimit-Remaining").orElseThrow()),
				Long.parseLong(response.headers().firstValue("RateLimit-Reset").orElseThrow()) };
	}

	private HttpResponse<String> answer(String cookie, int choice) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + this.port + "/api/quick-checks/backpropagation.what-gradient-tells/answers"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"choice\": " + choice + "}"));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
