package io.aieducademy.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3, in real Chromium: a page on another origin (a second loopback port)
 * auto-submits the completion form to the site. Before the fix, the browser left out the
 * learner cookie, the site took the visitor for a new learner, replaced the cookie and
 * the learner's progress went from one completed lesson to none. Now the post is refused
 * with 403 and the learner's cookie and progress are untouched.
 */
class CrossSiteBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	@Test
	void aFormPostedFromAnotherOriginChangesNothing(Browser browser) throws IOException {
		open(browser, LESSON, "main");
		browser.driver().manage().deleteAllCookies();
		// the learner answers the three quick checks and completes the lesson, as the
		// lesson page's own scripts would
		Object completed = browser.driver()
			.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							const post = (url, body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
							    body: body === undefined ? undefined : JSON.stringify(body) });
							(async () => {
							  await post('/api/quick-checks/backpropagation.chain-rule-local-derivatives/answers', { choice: 2 });
							  await post('/api/quick-checks/backpropagation.vanishing-gradients-cause/answers', { choice: 0 });
							  await post('/api/quick-checks/backpropagation.what-gradient-tells/answers', { choice: 3 });
							  const completion = await post('/api/lessons/backpropagation/completion');
							  done(completion.status);
							})().catch((e) => done(String(e)));
							""");
		assertThat(completed).isEqualTo(200L);
		String before = progress(browser);
		assertThat(before).contains("\"completed\":1");

		HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String target = url(LESSON + "/completion");
		attacker.createContext("/", (exchange) -> {
			byte[] page = ("<!DOCTYPE html><html><body><form id=f method=post action='" + target
					+ "'><input name=x value=1></form><script>document.getElementById('f').submit()</script>"
					+ "</body></html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(page);
			}
		});
		attacker.start();
		try {
			// same host, another port: another origin, and the same site to the browser
			browser.driver().get("http://localhost:" + attacker.getAddress().getPort() + "/");
			browser.await().until((driver) -> driver.getCurrentUrl().startsWith(target));
			assertThat(browser.driver().getPageSource()).contains("error-page__code", "403");
		}
		finally {
			attacker.stop(0);
		}
		// the refused post logged a 403 to the console, which is the point of this test
		browser.consoleProblems();

		open(browser, LESSON, "main");
		assertThat(progress(browser)).isEqualTo(before);
		browser.consoleProblems();
		// the suite shares one browser: the next test starts as a new learner
		browser.driver().manage().deleteAllCookies();
	}

	private static String progress(Browser browser) {
		return (String) browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/progress').then((r) => r.text()).then(done, (e) => done(String(e)));
				""");
	}

}
