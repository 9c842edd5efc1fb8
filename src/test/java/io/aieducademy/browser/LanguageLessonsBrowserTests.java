package io.aieducademy.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactives of AI Sprouts lessons 8 and 11 in real headless Chromium: the
 * tokeniser shows the tokens of what the learner types, and the next-word model follows
 * its text and its temperature; both at 375, 1280 and 1920 px, light and dark, with no
 * sideways scrolling and no console errors, and both as the server's tables without
 * JavaScript.
 */
class LanguageLessonsBrowserTests extends BrowserTest {

	private static final String TOKENISATION = "/programs/ai-sprouts/lessons/tokenisation";

	private static final String LLM = "/programs/ai-sprouts/lessons/understanding-large-language-models";

	private static final String TOKENISER = "figure[data-interactive='tokeniser']";

	private static final String NEXT_WORD = "figure[data-interactive='next-word']";

	@Test
	void theTokeniserShowsTheTokensOfWhatTheLearnerTypes(Browser browser) {
		WebElement figure = openFigure(browser, TOKENISATION, TOKENISER, "[data-token-chips] li");
		WebElement note = figure.findElement(By.cssSelector(".interactive__note"));
		browser.await().until((driver) -> note.getText().startsWith("13 tokens for 39 characters"));
		List<WebElement> chips = figure.findElements(By.cssSelector(".interactive__live .token-chip"));
		assertThat(chips).hasSize(13);
		assertThat(words(chips.get(2).getText())).isEqualTo("␣Rabbit 525");
		assertThat(figure.findElement(By.cssSelector(".interactive__fallback")).isDisplayed())
			.as("the live tokeniser replaces the static table")
			.isFalse();

		WebElement text = figure.findElement(By.cssSelector("[data-tokeniser-text]"));
		text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		text.sendKeys("café");
		browser.await().until((driver) -> note.getText().startsWith("5 tokens for 4 characters (5 bytes)"));
		assertThat(figure.findElements(By.cssSelector(".interactive__live .token-chip")))
			.extracting((chip) -> words(chip.getText()))
			.containsExactly("c 99", "a 97", "f 102", "<0xC3> 195", "<0xA9> 169");

		text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		text.sendKeys("Alice fell down the rabbit-hole.");
		browser.await().until((driver) -> note.getText().startsWith("9 tokens"));
		figure.findElement(By.cssSelector("details summary")).click();
		assertThat(figure.findElement(By.cssSelector("[data-merge-list]")).getText()).contains("Merge 1: ␣ + t → ␣t");

		text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		text.sendKeys("The Rabbit was late for tea with Alice.");
		browser.await().until((driver) -> note.getText().startsWith("13 tokens"));
		screenshots(browser, TOKENISER, "lesson-tokeniser");
	}

	@Test
	void theNextWordModelFollowsItsTextAndItsTemperature(Browser browser) {
		WebElement figure = openFigure(browser, LLM, NEXT_WORD, "[data-next-word-bars] li");
		WebElement bars = figure.findElement(By.cssSelector("[data-next-word-bars]"));
		browser.await().until((driver) -> bars.getText().contains("29.4 % (5)"));
		List<WebElement> words = figure.findElements(By.cssSelector(".next-word__word"));
		assertThat(words).hasSize(8);
		assertThat(words.get(0).getText()).isEqualTo("shall");
		assertThat(figure.getText()).contains("After “i”, seen 17 times", "…and one other word, at 5.9 %.");

		WebElement temperature = figure.findElement(By.cssSelector("[data-temperature]"));
		temperature.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
		browser.await().until((driver) -> bars.getText().contains("49.0 % (5)"));
		temperature.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
				Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
				Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		browser.await().until((driver) -> bars.getText().contains("19.2 % (5)"));

		WebElement prompt = figure.findElement(By.cssSelector("[data-next-word-text]"));
		figure.findElements(By.cssSelector(".next-word__word")).get(0).click();
		browser.await().until((driver) -> "Alice thought I shall".equals(prompt.getAttribute("value")));
		browser.await().until((driver) -> figure.getText().contains("After “shall”"));

		prompt.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		prompt.sendKeys("computer");
		browser.await().until((driver) -> figure.getText().contains("never saw “computer”"));
		assertThat(figure.findElement(By.cssSelector("[data-sample-word]")).isEnabled()).isFalse();

		prompt.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		prompt.sendKeys("the white");
		browser.await().until((driver) -> bars.getText().contains("rabbit"));
		figure.findElement(By.cssSelector("[data-sample-word]")).click();
		browser.await().until((driver) -> "the white rabbit".equals(prompt.getAttribute("value")));
		screenshots(browser, NEXT_WORD, "lesson-next-word");
	}

	@Test
	void withoutJavaScriptBothShowTheModelsTables(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(TOKENISATION), () -> {
			String chips = words(browser.driver().findElement(By.cssSelector(TOKENISER + " .token-chips")).getText());
			assertThat(chips).contains("␣Rabbit 525", "␣Alice 340");
			assertThat(browser.driver().findElement(By.cssSelector(TOKENISER + " table[data-merges]")).getText())
				.contains("1 ␣ + t ␣t");
		});
		browser.withoutJavaScript(url(LLM),
				() -> assertThat(
						browser.driver().findElement(By.cssSelector(NEXT_WORD + " table[data-next-words]")).getText())
					.contains("shall 5 49.0 % 29.4 % 19.2 %"));
	}

	/** The text with each run of white space as one space, as a chip reads. */
	private static String words(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
