package io.aieducademy.progress;

import io.aieducademy.AiEducademyApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers and a completion written through the API are still there after the application
 * stops and starts again on the same H2 file database.
 */
class ProgressSurvivesRestartTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void answersAndCompletionSurviveARestart() throws Exception {
		String cookie;
		try (ConfigurableApplicationContext app = start()) {
			String base = baseUrl(app);
			HttpResponse<String> first = post(
					base + "/api/quick-checks/backpropagation.chain-rule-local-derivatives" + "/answers",
					"{\"choice\": 2}", null);
			assertThat(first.statusCode()).isEqualTo(200);
			cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			assertThat(post(base + "/api/quick-checks/backpropagation.vanishing-gradients-cause/answers",
					"{\"choice\": 0}", cookie)
				.statusCode()).isEqualTo(200);
			assertThat(post(base + "/api/quick-checks/backpropagation.what-gradient-tells/answers", "{\"choice\": 3}",
					cookie)
				.body()).contains("\"correct\":true");
			assertThat(post(base + "/api/lessons/backpropagation/completion", "", cookie).statusCode()).isEqualTo(200);
		}
		assertThat(Files.list(this.dataDir)).as("the database is a file in the data directory").isNotEmpty();

		try (ConfigurableApplicationContext app = start()) {
			String progress = this.http.send(
					HttpRequest.newBuilder(URI.create(baseUrl(app) + "/api/progress")).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(progress).contains("\"completed\":1", "\"completedLessons\":[\"backpropagation\"]");
			String page = this.http
				.send(HttpRequest.newBuilder(URI.create(baseUrl(app) + "/programs/ai-sprouts/lessons/backpropagation"))
					.header("Cookie", cookie)
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(page).contains("You have completed this lesson.");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AiEducademyApplication.class).run("--server.port=0",
				"--aieducademy.data-dir=" + this.dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + this.dataDir.resolve("aieducademy") + ";WRITE_DELAY=0");
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private HttpResponse<String> post(String url, String json, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
