package io.aieducademy.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 3, over a real port: content answers carry a strong tag of their exact
 * bytes and may be kept by any cache for five minutes, revalidate with 304, and HEAD
 * works; a learner's answers and the engine's are never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiCachingTests {

	private static final List<String> CONTENT = List.of("/api/programs", "/api/programs/ai-sprouts/lessons",
			"/api/lessons/backpropagation", "/api/autograd/operations");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/programs", "/api/programs/ai-sprouts/lessons", "/api/lessons/backpropagation",
			"/api/autograd/operations" })
	void contentHasAStrongTagOfItsBytesAndIsPublicForFiveMinutes(String path) throws Exception {
		HttpResponse<byte[]> first = send(get(path));
		HttpResponse<byte[]> second = send(get(path));

		assertThat(first.statusCode()).isEqualTo(200);
		String tag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(tag).as("strong: no W/ prefix").matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(sha256Tag(first.body()));
		assertThat(second.headers().firstValue("ETag")).hasValue(tag);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(first.headers().allValues("Set-Cookie")).as("a public answer sets no cookie").isEmpty();
		assertThat(first.headers().firstValue("Vary")).as("no origin is listed by default").isEmpty();
	}

	@Test
	void aMatchingIfNoneMatchGets304WithoutABodyInEveryFormRfc9110Allows() throws Exception {
		for (String path : CONTENT) {
			String tag = send(get(path)).headers().firstValue("ETag").orElseThrow();
			for (String ifNoneMatch : new String[] { tag, "\"other\", " + tag, "W/" + tag, "\"a\",W/\"b\" , " + tag,
					"*" }) {
				HttpResponse<byte[]> response = send(get(path).header("If-None-Match", ifNoneMatch));

				assertThat(response.statusCode()).as(path + " with If-None-Match: " + ifNoneMatch).isEqualTo(304);
				assertThat(response.body()).isEmpty();
				assertThat(response.headers().firstValue("ETag")).hasValue(tag);
				assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
			}
			HttpResponse<byte[]> changed = send(get(path).header("If-None-Match", "\"other\", W/\"older\""));
			assertThat(changed.statusCode()).isEqualTo(200);
			assertThat(changed.body()).isNotEmpty();
		}
	}

	@Test
	void headAnswersTheHeadersOfAGetWithoutTheBody() throws Exception {
		for (String path : CONTENT) {
			HttpResponse<byte[]> get = send(get(path));
			HttpResponse<byte[]> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));

			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
			assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
			assertThat(head.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
			assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));

			HttpResponse<byte[]> revalidated = send(
					request(path).header("If-None-Match", get.headers().firstValue("ETag").orElseThrow())
						.method("HEAD", HttpRequest.BodyPublishers.noBody()));
			assertThat(revalidated.statusCode()).isEqualTo(304);
		}
	}

	@Test
	void aLessonThatDoesNotExistIsAProblemThatIsNotStoredAndHasNoTag() throws Exception {
		HttpResponse<byte[]> response = send(get("/api/lessons/no-such-lesson"));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(send(get("/api/lessons/no-such-lesson").header("If-None-Match", "*")).statusCode())
			.as("* matches only a representation that exists")
			.isEqualTo(404);
	}

	@Test
	void aLearnersAnswersAreNeverStoredAndNeverPublic() throws Exception {
		HttpResponse<byte[]> answer = send(
				json("/api/quick-checks/backpropagation.what-gradient-tells/answers", "{\"choice\": 1}"));
		String learner = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<byte[]> progress = send(get("/api/progress").header("Cookie", learner));
		HttpResponse<byte[]> completion = send(
				request("/api/lessons/backpropagation/completion").header("Cookie", learner)
					.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(progress.statusCode()).isEqualTo(200);
		assertThat(completion.statusCode()).as("two quick checks are still open").isEqualTo(409);
		for (HttpResponse<byte[]> response : List.of(answer, progress, completion)) {
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
			assertThat(response.headers().firstValue("ETag")).isEmpty();
		}
		assertThat(send(get("/api/progress")).headers().firstValue("Cache-Control"))
			.as("even a learner without a cookie")
			.hasValue("private, no-store");
	}

	@Test
	void theEnginesAnswersAreNotStored() throws Exception {
		HttpResponse<byte[]> autograd = send(
				json("/api/autograd", "{\"expression\": \"y = 2*x\", \"values\": {\"x\": 1}}"));
		HttpResponse<byte[]> playground = send(
				json("/api/playground/train", "{\"dataset\": {\"kind\": \"circle\", \"points\": 20}, \"steps\": 1}"));

		assertThat(autograd.statusCode()).isEqualTo(200);
		assertThat(playground.statusCode()).isEqualTo(200);
		for (HttpResponse<byte[]> response : List.of(autograd, playground)) {
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(response.headers().firstValue("ETag")).isEmpty();
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheseFields() throws Exception {
		String document = new String(send(get("/v3/api-docs")).body(), StandardCharsets.UTF_8);
		tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(document)
			.get("paths");

		tools.jackson.databind.JsonNode lesson = paths.get("/api/lessons/{slug}").get("get");
		assertThat(lesson.get("responses").get("200").get("headers").propertyNames()).contains("ETag", "Cache-Control");
		assertThat(lesson.get("responses").has("304")).isTrue();
		assertThat(lesson.get("parameters").toString()).contains("If-None-Match");
		tools.jackson.databind.JsonNode evaluate = paths.get("/api/autograd").get("post").get("responses");
		assertThat(evaluate.get("200").get("headers").propertyNames()).contains("RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset", "Cache-Control");
		assertThat(evaluate.get("429").get("headers").propertyNames()).contains("Retry-After", "RateLimit-Remaining");
		assertThat(paths.get("/api/progress").get("get").get("responses").get("200").get("headers").toString())
			.contains("private, no-store");
	}

	private static String sha256Tag(byte[] body) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
		return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder json(String path, String body) {
		return request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
