package io.aieducademy.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 4, in real Chromium: a school's page on another origin, listed in
 * {@code aieducademy.api.cors.allowed-origins}, calls the engine with {@code fetch()} (a
 * preflighted JSON POST) and reads its answer and RateLimit fields, and reads the content
 * with its tag; it still cannot answer a quick check. A page on an origin not listed can
 * call nothing.
 */
class CorsBrowserTests extends BrowserTest {

	private static final HttpServer SCHOOL = page();

	private static final HttpServer OTHER = page();

	private static final String CALLS = """
			const done = arguments[arguments.length - 1];
			const site = arguments[0];
			const json = { 'Content-Type': 'application/json' };
			const attempt = (call) => call.then((r) => r.status, (e) => e.name);
			(async () => {
			  const engine = await fetch(site + '/api/autograd', { method: 'POST', headers: json,
			      body: JSON.stringify({ expression: 'y = 3*x', values: { x: 2 } }) });
			  const evaluation = engine.ok ? await engine.json() : null;
			  const operations = await fetch(site + '/api/autograd/operations');
			  const answer = await attempt(fetch(site + '/api/quick-checks/backpropagation.what-gradient-tells/answers',
			      { method: 'POST', headers: json, body: JSON.stringify({ choice: 3 }), credentials: 'include' }));
			  done({ engine: engine.status, output: evaluation && evaluation.output.value,
			         remaining: engine.headers.get('RateLimit-Remaining'), operations: operations.status,
			         etag: operations.headers.get('ETag'), answer: String(answer) });
			})().catch((e) => done({ failed: e.name }));
			""";

	@DynamicPropertySource
	static void listTheSchool(DynamicPropertyRegistry properties) {
		properties.add("aieducademy.api.cors.allowed-origins",
				() -> "http://127.0.0.1:" + SCHOOL.getAddress().getPort());
	}

	@AfterAll
	static void stopThePages() {
		SCHOOL.stop(0);
		OTHER.stop(0);
	}

	@Test
	void aListedSchoolsPageCallsTheEngineButNotTheLearnersApi(Browser browser) {
		this.browser = browser;
		browser.driver().get("http://127.0.0.1:" + SCHOOL.getAddress().getPort() + "/");
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(CALLS, url(""));

		assertThat(result).containsEntry("engine", 200L)
			.containsEntry("output", 6L)
			.containsEntry("operations", 200L)
			.containsEntry("answer", "TypeError");
		assertThat((String) result.get("remaining")).as("an exposed RateLimit field").matches("[0-9]+");
		assertThat((String) result.get("etag")).as("the exposed tag").matches("\"[A-Za-z0-9_-]{22}\"");
		// the refused quick-check call logged a CORS error, which is the point
		browser.consoleProblems();
	}

	@Test
	void aPageOnAnOriginNotListedCanCallNothing(Browser browser) {
		this.browser = browser;
		browser.driver().get("http://127.0.0.1:" + OTHER.getAddress().getPort() + "/");
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(CALLS, url(""));

		assertThat(result).containsEntry("failed", "TypeError");
		browser.consoleProblems();
	}

	/** A page on a loopback port of its own: another origin, and another site. */
	private static HttpServer page() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				byte[] page = "<!DOCTYPE html><html lang=en><title>School</title><p>A school's own page</p></html>"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(page);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
