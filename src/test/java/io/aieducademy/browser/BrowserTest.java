package io.aieducademy.browser;

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

	/** The text with real minus signs written as ASCII hyphens. */
	protected static String plain(String text) {
		return text.replace('\u2212', '-');
	}

}
