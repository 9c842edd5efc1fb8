package io.aieducademy.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactives of AI Sprouts lessons 9 and 10 in real headless Chromium: the nearest
 * neighbours answer a typed word and a sum, and the confusion matrix and its metrics
 * follow the threshold slider; without JavaScript both show the server's tables.
 */
class EmbeddingsAndMetricsBrowserTests extends BrowserTest {

	private static final String EMBEDDINGS = "/programs/ai-sprouts/lessons/embeddings-and-vector-databases";

	private static final String METRICS = "/programs/ai-sprouts/lessons/evaluation-metrics";

	private static final String NEIGHBOURS = "figure[data-interactive='nearest-neighbours']";

	private static final String MATRIX = "figure[data-interactive='confusion-matrix']";

	@Test
	void theNeighboursOfATypedWordAndOfASumComeWithTheirCosineSimilarity(Browser browser) {
		WebElement figure = openFigure(browser, EMBEDDINGS, NEIGHBOURS, "ol[data-neighbours] li");
		WebElement list = figure.findElement(By.cssSelector("ol[data-neighbours]"));
		browser.await().until((driver) -> list.getText().startsWith("prince"));
		assertThat(flat(list.getText())).contains("prince 0.91", "queen 0.78");
		assertThat(figure.findElement(By.cssSelector("table[data-neighbours]")).isDisplayed())
			.as("the live version replaces the static table")
			.isFalse();

		WebElement word = figure.findElement(By.cssSelector("[data-neighbours-word]"));
		word.clear();
		word.sendKeys("Apple");
		browser.await().until((driver) -> list.getText().startsWith("banana"));
		assertThat(figure.getText()).contains("Nearest to apple:", "Its numbers: animal 0, person 0");

		word.sendKeys(Keys.END, "x");
		browser.await().until((driver) -> figure.getText().contains("“applex” is not in our table."));
		assertThat(list.findElements(By.tagName("li"))).isEmpty();

		figure.findElement(By.cssSelector("[data-neighbours-sum='king - man + woman']")).click();
		browser.await().until((driver) -> list.getText().startsWith("queen"));
		assertThat(flat(list.getText())).contains("queen 1.00", "princess 0.91");
		assertThat(list.findElements(By.tagName("meter"))).hasSize(5);

		screenshots(browser, NEIGHBOURS, "lesson-neighbours");
	}

	@Test
	void theConfusionMatrixAndItsMetricsFollowTheThreshold(Browser browser) {
		WebElement figure = openFigure(browser, METRICS, MATRIX, "[data-threshold]");
		WebElement matrix = figure.findElement(By.cssSelector("[data-matrix]"));
		browser.await().until((driver) -> matrix.getText().contains("True positive: 6"));
		assertThat(matrix.getText()).contains("False negative: 2", "False positive: 2", "True negative: 10");
		assertThat(metric(figure, "precision")).isEqualTo("0.75");
		assertThat(metric(figure, "accuracy")).isEqualTo("0.80");
		assertThat(figure.findElements(By.cssSelector(".confusion__example[data-outcome='fp']"))).hasSize(2);
		assertThat(figure.findElement(By.cssSelector("table[data-thresholds]")).isDisplayed()).isFalse();

		WebElement slider = figure.findElement(By.cssSelector("[data-threshold]"));
		// four steps of 0.05 up: 0.70
		slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		browser.await().until((driver) -> matrix.getText().contains("True positive: 5"));
		assertThat(metric(figure, "precision")).isEqualTo("0.83");
		assertThat(metric(figure, "recall")).isEqualTo("0.63");
		assertThat(metric(figure, "f1")).isEqualTo("0.71");
		assertThat(figure.getText()).contains("At a threshold of 0.70 the filter flags 6 emails: 5 spam and 1 ham.");

		slider.sendKeys(Keys.HOME);
		browser.await().until((driver) -> metric(figure, "recall").equals("1.00"));
		assertThat(metric(figure, "precision")).isEqualTo("0.47");

		screenshots(browser, MATRIX, "lesson-confusion-matrix");
	}

	@Test
	void withoutJavaScriptBothShowTheServersTables(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(EMBEDDINGS),
				() -> assertThat(plain(
						browser.driver().findElement(By.cssSelector(NEIGHBOURS + " table[data-neighbours]")).getText()))
					.contains("king prince (0.91) queen (0.78)", "king - man + woman queen (1.00) princess (0.91)"));
		browser.withoutJavaScript(url(METRICS),
				() -> assertThat(
						browser.driver().findElement(By.cssSelector(MATRIX + " table[data-thresholds]")).getText())
					.contains("0.50 6 2 2 10 0.75 0.75 0.75 0.80", "0.90 2 0 6 12 1.00 0.25 0.40 0.70"));
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String metric(WebElement figure, String name) {
		return figure.findElement(By.cssSelector("[data-metric='" + name + "']")).getText();
	}

}
