package io.aieducademy.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

	@Test
	void aFormPostedFromTheSitesOwnPageWithoutItsTokenIsRefused(Browser browser) {
		open(browser, "/", "main");
		browser.driver().manage().deleteAllCookies();
		open(browser, LESSON, "form[data-completion]");
		// posted as the browser posts a form without scripts: form.submit() skips the
		// page's script, which would answer through the API instead
		submitNatively(browser, "what-gradient-tells", 3, true);
		browser.await().until((driver) -> driver.getCurrentUrl().contains("answered=what-gradient-tells"));
		assertThat(browser.driver().getPageSource()).contains("Correct!");
		Cookie learner = browser.driver().manage().getCookieNamed("aie_learner");
		assertThat(learner).as("the learner cookie of the first answer").isNotNull();
		String before = progress(browser);

		submitNatively(browser, "chain-rule-local-derivatives", 2, false);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-page__code")));
		assertThat(browser.driver().getPageSource()).contains("403");
		// the refused post logged a 403 to the console, which is the point of this test
		browser.consoleProblems();

		assertThat(browser.driver().manage().getCookieNamed("aie_learner")).isEqualTo(learner);
		open(browser, LESSON, "main");
		assertThat(progress(browser)).isEqualTo(before);
		assertThat(browser.driver().findElement(By.id("qc-chain-rule-local-derivatives")).getText())
			.doesNotContain("Correct answer");
		browser.driver().manage().deleteAllCookies();
	}

	/**
	 * Chooses an option of a quick check and submits its form without the page's script.
	 */
	private static void submitNatively(Browser browser, String check, int choice, boolean withToken) {
		browser.driver().executeScript("""
				const form = document.querySelector('#qc-' + arguments[0] + ' form');
				form.querySelectorAll('input[name="choice"]')[arguments[1]].checked = true;
				if (!arguments[2]) form.querySelector('input[name="_csrf"]').remove();
				form.submit();
				""", check, choice, withToken);
	}

	private static String progress(Browser browser) {
		return (String) browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/progress').then((r) => r.text()).then(done, (e) => done(String(e)));
				""");
	}

}
