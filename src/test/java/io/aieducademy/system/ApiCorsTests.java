package io.aieducademy.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.UUID;

import io.aieducademy.progress.AnswerAttemptRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 4: a listed origin's page may read the content and call the engine from
 * a browser, preflight included, and never with credentials; an origin not listed gets no
 * CORS fields and stays refused where it was; the learner's endpoints stay closed to
 * every other origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aieducademy.api.cors.allowed-origins=https://school.example,http://127.0.0.1:8999")
class ApiCorsTests {

	private static final String LISTED = "https://school.example";

	private static final String UNLISTED = "https://evil.example";

	private static final String EVALUATION = "{\"expression\": \"y = 3*x\", \"values\": {\"x\": 2}}";

	private static final String TRAINING = "{\"dataset\": {\"kind\": \"circle\", \"points\": 20}, \"steps\": 1}";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AnswerAttemptRepository attempts;

	@Test
	void aListedOriginsPreflightForTheEngineIsAllowedWithoutCredentials() throws Exception {
		for (String path : List.of("/api/autograd", "/api/playground/train")) {
			HttpResponse<String> preflight = send(preflight(path, LISTED, "POST"));

			assertThat(preflight.statusCode()).as(path).isEqualTo(200);
			HttpHeaders headers = preflight.headers();
			assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
			assertThat(headers.firstValue("Access-Control-Allow-Methods"))
				.hasValueSatisfying((methods) -> assertThat(methods).contains("POST"));
			assertThat(headers.firstValue("Access-Control-Allow-Headers"))
				.hasValueSatisfying((allowed) -> assertThat(allowed.toLowerCase()).contains("content-type"));
			assertThat(headers.firstValue("Access-Control-Allow-Credentials")).isEmpty();
			assertThat(headers.firstValue("Access-Control-Max-Age")).hasValue("3600");
		}
	}

	@Test
	void aListedOriginCallsTheEngineAndReadsItsRateLimitFields() throws Exception {
		for (String[] call : new String[][] { { "/api/autograd", EVALUATION },
				{ "/api/playground/train", TRAINING } }) {
			HttpResponse<String> response = send(
					crossSite(call[0], LISTED).POST(HttpRequest.BodyPublishers.ofString(call[1])));

			assertThat(response.statusCode()).as(call[0]).isEqualTo(200);
			HttpHeaders headers = response.headers();
			assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
			assertThat(headers.firstValue("Access-Control-Allow-Credentials")).isEmpty();
			assertThat(headers.firstValue("Access-Control-Expose-Headers"))
				.hasValueSatisfying((exposed) -> assertThat(exposed).contains("ETag", "RateLimit-Limit",
						"RateLimit-Remaining", "RateLimit-Reset", "Retry-After"));
			assertThat(headers.firstValue("RateLimit-Limit")).isPresent();
			assertThat(headers.allValues("Set-Cookie")).isEmpty();
		}
	}

	@Test
	void anOriginNotListedGetsNoCorsFieldsAndIsStillRefusedFromAnotherSite() throws Exception {
		HttpResponse<String> preflight = send(preflight("/api/autograd", UNLISTED, "POST"));
		HttpResponse<String> post = send(
				crossSite("/api/autograd", UNLISTED).POST(HttpRequest.BodyPublishers.ofString(EVALUATION)));
		HttpResponse<String> read = send(request("/api/programs").header("Origin", UNLISTED).GET());

		for (HttpResponse<String> response : List.of(preflight, post, read)) {
			assertThat(response.headers().map().keySet())
				.noneMatch((name) -> name.toLowerCase().startsWith("access-control-"));
		}
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(read.statusCode()).as("reading is not refused; the browser keeps the answer from the page")
			.isEqualTo(200);
		assertThat(read.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Origin"));
	}

	@Test
	void aListedOriginReadsTheContentWithItsTag() throws Exception {
		for (String path : List.of("/api/programs", "/api/programs/ai-sprouts/lessons", "/api/lessons/backpropagation",
				"/api/autograd/operations")) {
			HttpResponse<String> read = send(
					request(path).header("Origin", LISTED).header("Sec-Fetch-Site", "cross-site").GET());
			HttpResponse<String> preflight = send(
					preflight(path, LISTED, "GET").header("Access-Control-Request-Headers", "if-none-match"));

			assertThat(read.statusCode()).as(path).isEqualTo(200);
			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
			assertThat(read.headers().firstValue("ETag")).isPresent();
			assertThat(read.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Origin"));
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
			HttpResponse<String> revalidated = send(request(path).header("Origin", LISTED)
				.header("If-None-Match", read.headers().firstValue("ETag").orElseThrow())
				.GET());
			assertThat(revalidated.statusCode()).isEqualTo(304);
			assertThat(revalidated.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
		}
	}

	@Test
	void theLearnersEndpointsGetNoCorsFieldsAndNoCredentialsAndStayRefused() throws Exception {
		String learner = UUID.randomUUID().toString();
		long before = this.attempts.count();
		String answer = "/api/quick-checks/backpropagation.what-gradient-tells/answers";
		String completion = "/api/lessons/backpropagation/completion";
		for (String path : List.of(answer, completion)) {
			HttpResponse<String> preflight = send(preflight(path, LISTED, "POST"));
			assertThat(preflight.headers().map().keySet()).as(path)
				.noneMatch((name) -> name.toLowerCase().startsWith("access-control-"));
		}
		assertThat(send(preflight("/api/progress", LISTED, "GET")).headers().firstValue("Access-Control-Allow-Origin"))
			.isEmpty();

		HttpResponse<String> posted = send(crossSite(answer, LISTED).header("Cookie", "aie_learner=" + learner)
			.POST(HttpRequest.BodyPublishers.ofString("{\"choice\": 3}")));
		HttpResponse<String> completed = send(crossSite(completion, LISTED).header("Cookie", "aie_learner=" + learner)
			.POST(HttpRequest.BodyPublishers.noBody()));
		for (HttpResponse<String> response : List.of(posted, completed)) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		}
		assertThat(this.attempts.count()).as("nothing was written for anyone").isEqualTo(before);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder preflight(String path, String origin, String method) {
		return request(path).header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", "content-type")
			.header("Sec-Fetch-Site", "cross-site")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody());
	}

	private HttpRequest.Builder crossSite(String path, String origin) {
		return request(path).header("Origin", origin)
			.header("Sec-Fetch-Site", "cross-site")
			.header("Content-Type", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
