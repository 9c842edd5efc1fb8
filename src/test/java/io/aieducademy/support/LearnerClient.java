package io.aieducademy.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/**
 * A learner using the quiz API over HTTP, keeping their learner cookie from the first
 * answer on.
 */
public final class LearnerClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private @Nullable String cookie;

	public LearnerClient() {
	}

	public LearnerClient(String cookie) {
		this.cookie = cookie;
	}

	public @Nullable String cookie() {
		return this.cookie;
	}

	public HttpResponse<String> answer(String baseUrl, String quickCheckId, int choice)
			throws IOException, InterruptedException {
		return post(baseUrl + "/api/quick-checks/" + quickCheckId + "/answers", "{\"choice\": " + choice + "}");
	}

	public HttpResponse<String> complete(String baseUrl, String lessonSlug) throws IOException, InterruptedException {
		return post(baseUrl + "/api/lessons/" + lessonSlug + "/completion", "");
	}

	public String get(String url) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (this.cookie != null) {
			request.header("Cookie", this.cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (this.cookie != null) {
			request.header("Cookie", this.cookie);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers()
			.firstValue("Set-Cookie")
			.filter((value) -> value.startsWith("aie_learner="))
			.ifPresent((value) -> this.cookie = value.split(";")[0]);
		return response;
	}

}
