package io.aieducademy.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Backpropagation lesson in real headless Chromium: its live interactives and quick
 * checks.
 */
class LessonBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	private static final String WORKED = "figure[data-interactive='worked-example']";

	@Test
	void theWorkedExampleEmbedStepsToTheGradientOfW(Browser browser) {
		open(browser);
		WebElement figure = browser.driver().findElement(By.cssSelector(WORKED));
		assertThat(figure.findElement(By.cssSelector(".interactive__fallback table")).isDisplayed())
			.as("the live graph replaces the static table")
			.isFalse();
		figure.findElement(By.cssSelector(".step-end")).click();
		assertThat(plain(nodeText(browser, WORKED, "w"))).contains("grad -24");
		assertThat(plain(nodeText(browser, WORKED, "x"))).contains("grad -16");
		assertThat(plain(nodeText(browser, WORKED, "L"))).contains("value 16");
		browser.script("document.querySelector(arguments[0]).scrollIntoView()", WORKED);
		browser.viewportScreenshot("lesson-worked-example");
		browser.viewport(375, 800, true);
		browser.script("document.querySelector(arguments[0]).scrollIntoView()", WORKED);
		browser.viewportScreenshot("lesson-worked-example-375-dark");
		Object widths = browser
			.script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		assertThat((java.util.List<?>) widths).as("no sideways scrolling at 375 px")
			.satisfies((list) -> assertThat(((Number) list.get(0)).longValue())
				.isLessThanOrEqualTo(((Number) list.get(1)).longValue()));
	}

	@Test
	void theDescentEmbedLowersTheLossStepByStep(Browser browser) {
		open(browser);
		WebElement figure = browser.driver().findElement(By.cssSelector("figure[data-interactive='gradient-descent']"));
		WebElement step = figure.findElement(By.cssSelector("[data-descent-step]"));
		// the page's interactives ask the API one at a time; this one comes after the
		// others
		browser.await().until(ExpectedConditions.elementToBeClickable(step));
		for (int i = 1; i <= 3; i++) {
			step.click();
			String expected = "Step " + i;
			browser.await().until((driver) -> figure.getText().contains(expected));
		}
		assertThat(figure.findElements(By.cssSelector(".chart__dot"))).hasSize(4);
	}

	@Test
	void aQuickCheckIsAnsweredInPlaceWithoutReloadingThePage(Browser browser) {
		open(browser);
		browser.script("window.notReloaded = true");
		WebElement check = browser.driver().findElement(By.id("qc-what-gradient-tells"));
		List<WebElement> options = check.findElements(By.cssSelector("input[type='radio']"));
		options.get(0).click();
		check.findElement(By.cssSelector("button[type='submit']")).click();
		browser.await()
			.until(ExpectedConditions.textToBePresentInElement(check.findElement(By.cssSelector("[data-feedback]")),
					"Not quite"));
		assertThat(check.findElements(By.cssSelector(".is-correct"))).as("a wrong answer reveals nothing").isEmpty();
		options.get(3).click();
		check.findElement(By.cssSelector("button[type='submit']")).click();
		browser.await()
			.until(ExpectedConditions.textToBePresentInElement(check.findElement(By.cssSelector("[data-feedback]")),
					"Correct!"));
		assertThat(check.findElements(By.cssSelector(".is-correct"))).hasSize(1);
		assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
	}

	@Test
	void withoutJavaScriptTheEmbedsShowTheEnginesNumbers(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(LESSON), () -> {
			WebElement table = browser.driver().findElement(By.cssSelector(WORKED + " table"));
			String rows = table.getText();
			assertThat(plain(rows)).contains("w input 2 -24", "x input 3 -16", "y input 10 8", "L ^ 16 1");
		});
	}

	private void open(Browser browser) {
		open(browser, LESSON, WORKED + " .graph");
	}

	private static String nodeText(Browser browser, String scope, String name) {
		return (String) browser.script("""
				const node = [...document.querySelectorAll(arguments[0] + ' .graph .gnode--value')]
				  .find((g) => g.querySelector('.gnode__name').textContent === arguments[1]);
				return [...node.querySelectorAll('text')].map((t) => t.textContent).join(' | ');""", scope, name);
	}

}
