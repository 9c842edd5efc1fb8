package io.aieducademy.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form token a lesson page gives a browser: the cookie it sets and the hidden field
 * of its forms. A test that posts a form over HTTP sends both, as a browser would.
 */
public record FormToken(String cookie, String value) {

	/** The page the token is read from: it has the quick-check and completion forms. */
	public static final String PAGE = "/programs/ai-sprouts/lessons/backpropagation";

	private static final Pattern HIDDEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Reads a token from the lesson page of the site at {@code baseUrl}. */
	public static FormToken from(String baseUrl) throws IOException, InterruptedException {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + PAGE)).build(), HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("XSRF-TOKEN="))
			.map((value) -> value.split(";")[0])
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The lesson page set no form token cookie"));
		Matcher hidden = HIDDEN.matcher(page.body());
		if (!hidden.find()) {
			throw new IllegalStateException("The lesson page's forms have no token field");
		}
		return new FormToken(cookie, hidden.group(1));
	}

	/** The form field, {@code _csrf=...}, to append to a form body with {@code &}. */
	public String field() {
		return "_csrf=" + URLEncoder.encode(this.value, StandardCharsets.UTF_8);
	}

}
