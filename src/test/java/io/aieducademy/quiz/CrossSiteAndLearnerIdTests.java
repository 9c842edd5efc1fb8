package io.aieducademy.quiz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import io.aieducademy.progress.AnswerAttemptRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: a request from another site changes nothing, and the learner cookie
 * is the server's alone. Before, a cross-site form post replaced a learner's cookie and
 * wiped their progress, a 409 completion set a new cookie, and any id a client chose was
 * accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteAndLearnerIdTests {

	private static final String CHECK = "backpropagation.what-gradient-tells";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AnswerAttemptRepository attempts;

	@Test
	void aCrossSiteFormPostIsRefusedAndSetsNoCookie() throws Exception {
		HttpResponse<String> response = send(
				form("/programs/ai-sprouts/lessons/backpropagation/completion").header("Sec-Fetch-Site", "cross-site")
					.header("Origin", "http://127.0.0.2:9999"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body()).contains("class=\"error-page\"");
	}

	@Test
	void anotherPortOfTheSameHostIsAnotherSite() throws Exception {
		HttpResponse<String> response = send(
				form("/programs/ai-sprouts/lessons/backpropagation/quick-checks/" + "what-gradient-tells")
					.header("Sec-Fetch-Site", "same-site"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anApiCallFromAnotherOriginIsA403Problem() throws Exception {
		HttpResponse<String> response = send(
				answer(UUID.randomUUID().toString()).header("Origin", "https://evil.example"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void sameOriginRequestsAndClientsWithoutBrowserHeadersAreServed() throws Exception {
		HttpResponse<String> browser = send(
				answer(null).header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost:" + this.port));
		HttpResponse<String> script = send(answer(null));

		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(script.statusCode()).isEqualTo(200);
	}

	@Test
	void aRefusedCompletionWithoutALearnerCreatesNone() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/lessons/backpropagation/completion")).POST(noBody()));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anIdTheServerDidNotIssueIsIgnored() throws Exception {
		for (String chosen : new String[] { "0-0-0-0-0", UUID.randomUUID().toString() }) {
			HttpResponse<String> response = send(answer(chosen));

			assertThat(response.statusCode()).isEqualTo(200);
			String issued = learnerCookie(response).orElseThrow();
			assertThat(issued).isNotEqualTo(chosen);
			assertThat(attemptsOf(issued)).isEqualTo(1);
		}
	}

	@Test
	void anIssuedIdIsKeptAndARepeatedIdenticalAnswerIsRecordedOnce() throws Exception {
		String learner = learnerCookie(send(answer(null))).orElseThrow();

		for (int i = 0; i < 3; i++) {
			HttpResponse<String> again = send(answer(learner));
			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(learnerCookie(again)).isEmpty();
		}

		assertThat(attemptsOf(learner)).isEqualTo(1);
	}

	private long attemptsOf(String learner) {
		UUID id = UUID.fromString(learner);
		return this.attempts.findAll().stream().filter((attempt) -> attempt.getLearnerId().equals(id)).count();
	}

	private HttpRequest.Builder answer(String learner) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/quick-checks/" + CHECK + "/answers"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"choice\": 3}"));
		if (learner != null) {
			request.header("Cookie", "aie_learner=" + learner);
		}
		return request;
	}

	private HttpRequest.Builder form(String path) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("choice=3"));
	}

	private static Optional<String> learnerCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("aie_learner="))
			.map((cookie) -> cookie.substring("aie_learner=".length()).split(";")[0])
			.findFirst();
	}

	private static HttpRequest.BodyPublisher noBody() {
		return HttpRequest.BodyPublishers.noBody();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
