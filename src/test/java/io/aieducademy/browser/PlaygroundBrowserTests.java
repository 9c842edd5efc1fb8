package io.aieducademy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neural Network Playground in real headless Chromium against the real training API:
 * Play trains, points can be drawn, a bad CSV line is named, a weight's backpropagation
 * opens in the lab with the same gradient, and the page works at 375 px.
 */
class PlaygroundBrowserTests extends BrowserTest {

	private void open(Browser browser) {
		open(browser, "/lab/playground", "[data-playground][data-updates]");
	}

	private static String attribute(Browser browser, String selector, String name) {
		return browser.driver().findElement(By.cssSelector(selector)).getAttribute(name);
	}

	/** Waits for an answer of the training API, with what went wrong if none comes. */
	private static void awaitUpdate(Browser browser, int seen) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25))
			.withMessage(() -> "no new answer; error line: "
					+ browser.driver().findElement(By.cssSelector("[data-error]")).getAttribute("textContent")
					+ "; console: " + browser.consoleProblems())
			.until((driver) -> updates(browser) > seen);
	}

	private static int updates(Browser browser) {
		return Integer.parseInt(attribute(browser, "[data-playground]", "data-updates"));
	}

	@Test
	void playOnCircleTrainsWithinFiveSeconds(Browser browser) {
		open(browser);
		double startAccuracy = Double.parseDouble(attribute(browser, "[data-train-accuracy]", "data-value"));
		browser.driver().findElement(By.cssSelector("[data-play]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(25))
			.until((driver) -> updates(browser) >= 3);
		double firstLoss = Double.parseDouble(attribute(browser, "[data-train-loss]", "data-value"));
		long started = System.nanoTime();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(50)).until((driver) -> {
			double loss = Double.parseDouble(attribute(browser, "[data-train-loss]", "data-value"));
			double accuracy = Double.parseDouble(attribute(browser, "[data-train-accuracy]", "data-value"));
			return loss < firstLoss * 0.8 && accuracy > startAccuracy + 0.1;
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		browser.driver().findElement(By.cssSelector("[data-play]")).click();
		assertThat(seconds).isLessThan(5);
		assertThat(Integer.parseInt(attribute(browser, "[data-epoch]", "textContent").strip())).isPositive();
		assertThat(browser.driver().findElements(By.cssSelector("[data-progress-table] tr"))).isNotEmpty();
	}

	@Test
	void clickingTheOutputAddsAPointOfTheChosenClass(Browser browser) {
		open(browser);
		int before = Integer.parseInt(attribute(browser, "[data-playground]", "data-points"));
		browser.driver().findElement(By.cssSelector("[data-class][value='-1']")).click();
		WebElement heatmap = browser.driver().findElement(By.cssSelector("[data-heatmap]"));
		int seen = updates(browser);
		new Actions(browser.driver()).moveToElement(heatmap, 10, -20).click().perform();
		awaitUpdate(browser, seen);
		assertThat(Integer.parseInt(attribute(browser, "[data-playground]", "data-points"))).isEqualTo(before + 1);
		assertThat(attribute(browser, "[data-dataset]", "value")).isEqualTo("custom");
		assertThat(browser.driver().findElement(By.cssSelector("[data-status]")).getText()).contains("Added a point");
	}

	@Test
	void aCsvFileWithABadLineGetsAMessageNamingTheLine(Browser browser) throws Exception {
		open(browser);
		Path csv = Files.createTempFile("points", ".csv");
		try {
			Files.writeString(csv, "x1,x2,label\n1.5,2,1\n-1,0.5,-1\n2,three,1\n");
			browser.driver().findElement(By.cssSelector("[data-csv-file]")).sendKeys(csv.toString());
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-csv-error]")));
			assertThat(browser.driver().findElement(By.cssSelector("[data-csv-error]")).getText()).startsWith("Line 4:")
				.contains("“three” is not a number");
		}
		finally {
			Files.delete(csv);
		}
		WebElement area = browser.driver().findElement(By.cssSelector("[data-csv]"));
		area.clear();
		area.sendKeys("1,1,1\n-1,-1,1\n1,-1,-1\n-1,1,-1\n");
		int seen = updates(browser);
		browser.driver().findElement(By.cssSelector("[data-csv-use]")).click();
		awaitUpdate(browser, seen);
		assertThat(browser.driver().findElement(By.cssSelector("[data-csv-error]")).isDisplayed()).isFalse();
		assertThat(attribute(browser, "[data-playground]", "data-points")).isEqualTo("4");
	}

	@Test
	void aWeightsBackpropagationOpensInTheLabWithTheSameGradient(Browser browser) {
		open(browser);
		int seen = updates(browser);
		browser.driver().findElement(By.cssSelector("[data-step]")).click();
		awaitUpdate(browser, seen);
		WebElement link = browser.driver().findElement(By.cssSelector("[data-weight='1-0-1'] .pg-link__hit"));
		browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", link);
		browser.await()
			.withMessage(() -> "console: " + browser.consoleProblems())
			.until((driver) -> !driver.findElements(By.cssSelector("[data-lab-link][href]")).isEmpty());
		browser.await().until((driver) -> !driver.findElements(By.cssSelector("[data-lab-link][href]")).isEmpty());
		WebElement point = browser.driver().findElement(By.cssSelector("[data-point]"));
		point.clear();
		point.sendKeys("3\t");
		browser.await()
			.until(ExpectedConditions.attributeContains(By.cssSelector("[data-lab-link]"), "href", "point+3"));
		double playground = Double.parseDouble(attribute(browser, "[data-point-gradient]", "data-point-gradient"));
		assertThat(playground).isNotZero();
		String href = attribute(browser, "[data-lab-link]", "href");
		browser.driver().get(href);
		// the lab shows no gradient before the backward pass: the learner steps through
		// it or shows every number
		By grad = By.cssSelector("[data-grad='w2_1_2']");
		By showAll = By.cssSelector(".step-show-all");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
			.until(ExpectedConditions.elementToBeClickable(showAll));
		browser.driver().findElement(showAll).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
			.until((driver) -> !plain(String.valueOf(driver.findElement(grad).getAttribute("title"))).isBlank()
					&& !"null".equals(driver.findElement(grad).getAttribute("title")));
		double lab = Double.parseDouble(plain(browser.driver().findElement(grad).getAttribute("title")));
		assertThat(lab).isEqualTo(playground);
	}

	@Test
	void thePageIsUsableAt375PixelsLightAndDark(Browser browser) {
		for (boolean dark : new boolean[] { false, true }) {
			browser.viewport(375, 800, dark);
			open(browser);
			browser.screenshot("playground-375-" + (dark ? "dark" : "light") + "-start");
			assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
				.as("page width; wider elements: %s", browser.script("return [...document.querySelectorAll('body *')]"
						+ ".filter(e => e.getBoundingClientRect().right > 376).slice(0, 20)"
						+ ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"))
				.isLessThanOrEqualTo(375L);
			WebElement play = browser.driver().findElement(By.cssSelector("[data-play]"));
			assertThat(play.isDisplayed()).isTrue();
			int seen = updates(browser);
			browser.driver().findElement(By.cssSelector("[data-step]")).click();
			awaitUpdate(browser, seen);
			browser.screenshot("playground-375-" + (dark ? "dark" : "light"));
			for (int width : new int[] { 1280, 1920 }) {
				browser.viewport(width, 1100, dark);
				browser.screenshot("playground-" + width + "-" + (dark ? "dark" : "light"));
			}
		}
	}

}
