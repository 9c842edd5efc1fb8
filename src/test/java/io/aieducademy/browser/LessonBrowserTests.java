package io.aieducademy.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

	private static final String CHAIN_RULE = "qc-chain-rule-local-derivatives";

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
		noSidewaysScrolling(browser, "at 375 px");
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
	void aWrongAnswerIsMarkedByAnIconWordsAndColourAndGivesItsHintWithAndWithoutJavaScript(Browser browser) {
		open(browser);
		WebElement check = browser.driver().findElement(By.id(CHAIN_RULE));
		check.findElements(By.cssSelector("input[type='radio']")).get(0).click();
		check.findElement(By.cssSelector("button[type='submit']")).click();
		browser.await()
			.until(ExpectedConditions.textToBePresentInElement(check.findElement(By.cssSelector("[data-feedback]")),
					"Not quite"));
		assertMarkedWrongWithItsHint(check);
		for (boolean dark : new boolean[] { false, true }) {
			for (int width : new int[] { 375, 1280, 1920 }) {
				browser.viewport(width, 900, dark);
				browser.script("document.getElementById(arguments[0]).scrollIntoView()", CHAIN_RULE);
				// the option's colours fade in over 0.15 s (no motion is reduced here):
				// read them once the fade
				// has ended
				browser.await()
					.until((driver) -> browser
						.script("return document.getAnimations().filter((a) => a instanceof CSSTransition).length")
						.equals(0L));
				List<?> looks = (List<?>) browser.script("""
						const check = document.getElementById(arguments[0]);
						const bad = document.createElement('span');
						bad.style.color = 'var(--bad)';
						check.append(bad);
						const looks = [getComputedStyle(check.querySelector('.is-wrong')).borderTopColor,
						  getComputedStyle(bad).color,
						  getComputedStyle(check.querySelector('.feedback__verdict'), '::before').content,
						  getComputedStyle(check.querySelector('.badge--wrong'), '::before').content];
						bad.remove();
						return looks;""", CHAIN_RULE);
				assertThat(looks.get(0)).as("the wrong option is drawn in the colour for wrong, at %d px", width)
					.isEqualTo(looks.get(1));
				assertThat(looks.get(2)).asString().as("the verdict's icon").contains("✗");
				assertThat(looks.get(3)).asString().as("the option's icon").contains("✗");
				browser.viewportScreenshot("quick-check-wrong-" + width + (dark ? "-dark" : ""));
			}
		}
		browser.resetViewport();
		browser.withoutJavaScript(url(LESSON), () -> {
			WebElement form = browser.driver().findElement(By.id(CHAIN_RULE));
			// by keyboard, as the page cannot be scrolled by a script here
			form.findElements(By.cssSelector("input[type='radio']")).get(0).sendKeys(Keys.SPACE);
			form.findElement(By.cssSelector("button[type='submit']")).sendKeys(Keys.ENTER);
			browser.await().until((driver) -> driver.getCurrentUrl().contains("answered="));
			assertMarkedWrongWithItsHint(browser.driver().findElement(By.id(CHAIN_RULE)));
		});
	}

	private static void assertMarkedWrongWithItsHint(WebElement check) {
		List<WebElement> wrong = check.findElements(By.cssSelector(".quick-check__option.is-wrong"));
		assertThat(wrong).as("the chosen option, and only it, is marked wrong").hasSize(1);
		assertThat(wrong.get(0).getText()).contains("Add them together", "Your answer: not this one");
		assertThat(check.findElements(By.cssSelector(".is-correct"))).as("a wrong answer reveals nothing").isEmpty();
		assertThat(check.findElement(By.cssSelector("[data-feedback]")).getText())
			.contains("Not quite. Have another go.", "Hint: Adding is what happens where separate paths meet.")
			.doesNotContain("Every node on the path");
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
