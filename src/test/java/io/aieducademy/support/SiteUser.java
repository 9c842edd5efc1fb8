package io.aieducademy.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Someone using the site over HTTP as a browser would: keeping every cookie the site sets
 * (the learner cookie, the form token, the session), and posting forms with the token
 * that the page holding the form gave. Cookies are kept for any host, so one user can
 * move between two instances as behind a load balancer. Redirects are not followed, so
 * that tests see them.
 */
public final class SiteUser {

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private @Nullable String token;

	/** Sends this header with every request, for example {@code X-Forwarded-For}. */
	public SiteUser header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public @Nullable String cookie(String name) {
		return this.cookies.get(name);
	}

	public void forgetCookie(String name) {
		this.cookies.remove(name);
	}

	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/** Reads a page, remembering the form token of its forms. */
	public HttpResponse<String> get(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(url).GET());
		Matcher hidden = HIDDEN_TOKEN.matcher(response.body());
		if (hidden.find()) {
			this.token = hidden.group(1);
		}
		return response;
	}

	/**
	 * Reads the page that holds a form, then posts the form with the page's token; fields
	 * are name, value pairs.
	 */
	public HttpResponse<String> submit(String pageUrl, String actionUrl, String... fields)
			throws IOException, InterruptedException {
		get(pageUrl);
		return post(actionUrl, true, fields);
	}

	/** Posts a form, with the last page's token or without any. */
	public HttpResponse<String> post(String url, boolean withToken, String... fields)
			throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		String token = this.token;
		if (withToken && token != null) {
			pairs.add("_csrf=" + encode(token));
		}
		return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
	}

	/** Posts JSON, as the site's scripts do. */
	public HttpResponse<String> postJson(String url, String json, String... extraHeaders)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(url).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
			request.setHeader(extraHeaders[i], extraHeaders[i + 1]);
		}
		return send(request);
	}

	/**
	 * Sends JSON (or no body) with any method, as the site's scripts do for PUT and
	 * DELETE.
	 */
	public HttpResponse<String> sendJson(String method, String url, @Nullable String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(url);
		if (json == null) {
			return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
		}
		return send(request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String url) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		this.headers.forEach(request::header);
		if (!this.cookies.isEmpty()) {
			List<String> pairs = new ArrayList<>();
			this.cookies.forEach((name, value) -> pairs.add(name + "=" + value));
			request.header("Cookie", String.join("; ", pairs));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			String lower = set.toLowerCase(java.util.Locale.ROOT);
			if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
