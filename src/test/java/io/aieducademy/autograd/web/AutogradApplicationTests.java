package io.aieducademy.autograd.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/autograd} in the whole application on a real port: what only a real server
 * shows, such as a chunked body without {@code Content-Length}, and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aieducademy.autograd.max-body-size=4KB")
class AutogradApplicationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/autograd"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void workedExampleOverHttp() throws Exception {
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(AutogradController.WORKED_EXAMPLE));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("output").get("value").asDouble()).isEqualTo(16);
		assertThat(body.get("inputs").get(0).get("grad").asDouble()).isEqualTo(-24);
	}

	@Test
	void chunkedBodyOverTheLimitIsA413ProblemWithoutReadingItAll() throws Exception {
		byte[] large = ("{\"expression\": \"" + "x + ".repeat(100_000) + "x\"}").getBytes(StandardCharsets.UTF_8);
		// a publisher from a stream has no known length, so the client sends it chunked
		HttpResponse<String> response = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(response.body()).get("limit").asLong()).isEqualTo(4096);
	}

	@Test
	void otherMethodsAreA405ProblemThatSaysWhichIsAllowed() throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/autograd")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void declaredLengthOverTheLimitIsA413Problem() throws Exception {
		HttpResponse<String> response = post(
				HttpRequest.BodyPublishers.ofString("{\"expression\": \"" + "x + ".repeat(2000) + "x\"}"));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void openApiDocumentDescribesTheEndpointsWithTheWorkedExample() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs"))
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = json.readTree(response.body()).get("paths");
		JsonNode post = paths.get("/api/autograd").get("post");
		assertThat(post.get("requestBody").get("content").get("application/json").get("examples").toString())
			.contains("L = (w*x - y)^2");
		assertThat(post.get("responses").propertyNames()).contains("200", "400", "413", "415", "422", "429");
		assertThat(paths.get("/api/autograd").has("get")).isFalse();
		assertThat(paths.has("/api/autograd/operations")).isTrue();
	}

}
