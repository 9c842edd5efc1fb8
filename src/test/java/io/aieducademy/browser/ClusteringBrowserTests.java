package io.aieducademy.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The k-means interactive of AI Sprouts lesson 16 in real headless Chromium: the learner
 * steps through the server's runs, assign then move, for any k and either start, and
 * every cluster has its own shape; at 375, 1280 and 1920 px, light and dark, with no
 * sideways scrolling and no console errors; and the server's table without JavaScript.
 */
class ClusteringBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/clustering";

	private static final String FIGURE = "figure[data-interactive='k-means']";

	@Test
	void theLearnerStepsThroughTheServersRuns(Browser browser) {
		WebElement figure = openFigure(browser, LESSON, FIGURE, "[data-k-means-picture] [data-centroid]");
		WebElement note = figure.findElement(By.cssSelector(".interactive__note"));
		assertThat(figure.findElement(By.cssSelector(".interactive__fallback")).isDisplayed())
			.as("the live version replaces the static table")
			.isFalse();
		assertThat(note.getText()).startsWith("Start: 3 centroids placed");
		assertThat(points(figure)).hasSize(21).allMatch((point) -> point.getAttribute("data-cluster").isEmpty());
		assertThat(figure.findElements(By.cssSelector("[data-centroid]"))).hasSize(3);
		WebElement back = figure.findElement(By.cssSelector("[data-k-means-back]"));
		assertThat(back.isEnabled()).isFalse();

		WebElement next = figure.findElement(By.cssSelector("[data-k-means-next]"));
		next.click();
		assertThat(note.getText()).isEqualTo("Iteration 1, assign: every point joins its nearest centroid, and 21 "
				+ "changed cluster. Sum of squares: 335.5.");
		assertThat(points(figure)).extracting((point) -> point.getAttribute("data-cluster"))
			.containsOnly("A", "B", "C");
		assertThat(next.getText()).isEqualTo("Next: move the centroids");
		next.click();
		assertThat(note.getText())
			.isEqualTo("Iteration 1, move: every centroid moves to the mean of its points. Sum of squares: 130.9.");
		assertThat(figure.findElements(By.cssSelector(".k-means__trail"))).hasSize(3);

		figure.findElement(By.cssSelector("[data-k-means-end]")).click();
		assertThat(note.getText()).isEqualTo("Iteration 4, assign: no point changed cluster, so the centroids would "
				+ "stay where they are and k-means has converged. Final sum of squares: 46.13.");
		assertThat(next.isEnabled()).isFalse();
		assertThat(figure.findElement(By.cssSelector("[data-k-means-legend]")).getText()).contains("A: 6 points",
				"B: 9 points", "C: 6 points");
		List<WebElement> history = figure.findElements(By.cssSelector("[data-k-means-history] li"));
		assertThat(history).hasSize(8);
		assertThat(history.get(7).getText()).isEqualTo("Assign 4: 46.13");
		assertThat(history.get(7).getAttribute("aria-current")).isEqualTo("step");

		back.click();
		assertThat(note.getText()).startsWith("Iteration 3, move:");

		new Select(figure.findElement(By.cssSelector("[data-k-means-start]"))).selectByVisibleText("Start 2");
		assertThat(note.getText()).startsWith("Start: 3 centroids placed");
		figure.findElement(By.cssSelector("[data-k-means-end]")).click();
		assertThat(note.getText()).endsWith("Final sum of squares: 170.1.");

		new Select(figure.findElement(By.cssSelector("[data-k-means-start]"))).selectByVisibleText("Start 1");
		new Select(figure.findElement(By.cssSelector("[data-k-means-k]"))).selectByValue("5");
		assertThat(figure.findElements(By.cssSelector("[data-centroid]"))).hasSize(5);
		figure.findElement(By.cssSelector("[data-k-means-end]")).click();
		assertThat(note.getText()).endsWith("Final sum of squares: 23.09.");
		List<String> shapes = points(figure).stream()
			.map((point) -> point.getAttribute("d").replaceAll("[\\d.\\s-]", ""))
			.distinct()
			.toList();
		assertThat(shapes).as("five clusters, five shapes").hasSize(5);
		screenshots(browser, FIGURE, "lesson-k-means");

		figure.findElement(By.cssSelector("[data-k-means-again]")).click();
		assertThat(note.getText()).startsWith("Start: 5 centroids placed");
	}

	@Test
	void withoutJavaScriptTheServersTableShowsEachIteration(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(LESSON), () -> {
			String table = browser.driver()
				.findElement(By.cssSelector(FIGURE + " table[data-k-means-iterations]"))
				.getText();
			assertThat(table).contains("1 21 335.5", "4 0 46.13 None moved");
			assertThat(browser.driver().findElement(By.cssSelector(FIGURE + " table[data-k-means-finals]")).getText())
				.contains("3 46.13 170.1");
		});
	}

	private static List<WebElement> points(WebElement figure) {
		return figure.findElements(By.cssSelector(".k-means__point[data-cluster]"));
	}

}
