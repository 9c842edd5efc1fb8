package io.aieducademy.browser;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test against the whole application on a random port: it opens pages in the
 * suite's one Chromium and fails if a page logged an error or a warning to the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aieducademy.admin=" + BrowserTest.ADMINISTRATOR)
@ExtendWith(BrowserExtension.class)
abstract class BrowserTest {

	/** The account that is an administrator once it signs up. */
	static final String ADMINISTRATOR = "head-teacher";

	@LocalServerPort
	private int port;

	protected @Nullable Browser browser;

	@AfterEach
	void noConsoleErrorsOrWarnings() {
		if (this.browser != null) {
			assertThat(this.browser.consoleProblems()).as("browser console errors and warnings").isEmpty();
			this.browser.resetViewport();
		}
	}

	/**
	 * Opens a page, forgetting what earlier tests left in the console, and waits for an
	 * element to appear.
	 */
	protected void open(Browser browser, String path, String readyWhen) {
		this.browser = browser;
		browser.consoleProblems();
		browser.driver().get(url(path));
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyWhen)));
	}

	/**
	 * Opens a lesson page, waits until its interactive {@code figure} (a CSS selector)
	 * has {@code readyInside} (a selector inside it), and returns the figure.
	 */
	protected WebElement openFigure(Browser browser, String path, String figure, String readyInside) {
		open(browser, path, figure + " " + readyInside);
		return browser.driver().findElement(By.cssSelector(figure));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Looks at the interactive {@code figure} (a CSS selector) at 375, 1280 and 1920 px,
	 * light and dark, saving each view as {@code name-WIDTH} or {@code name-WIDTH-dark},
	 * and checks at each width that the page does not scroll sideways.
	 */
	protected static void screenshots(Browser browser, String figure, String name) {
		for (int width : new int[] { 375, 1280, 1920 }) {
			for (boolean dark : new boolean[] { false, true }) {
				browser.viewport(width, 900, dark);
				browser.script("document.querySelector(arguments[0]).scrollIntoView()", figure);
				browser.viewportScreenshot(name + "-" + width + (dark ? "-dark" : ""));
				noSidewaysScrolling(browser, "at " + width + " px");
			}
		}
	}

	/**
	 * Checks that the page is no wider than the viewport; when it is, the message names
	 * the innermost elements that stick out (five at most), which is where to look.
	 */
	protected static void noSidewaysScrolling(Browser browser, String where) {
		List<?> widths = (List<?>) browser
			.script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		if (((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue()) {
			return;
		}
		Object wide = browser.script("""
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				  .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right
				    > document.documentElement.clientWidth + 1))
				  .map((e) => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40))
				  .slice(0, 5).join(' | ')""");
		assertThat(((Number) widths.get(0)).longValue()).as("no sideways scrolling %s; too wide: %s", where, wide)
			.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
	}

	/** The text with real minus signs written as ASCII hyphens. */
	protected static String plain(String text) {
		return text.replace('\u2212', '-');
	}

}
