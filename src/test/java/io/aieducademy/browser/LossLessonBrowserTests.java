package io.aieducademy.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three figures of the Loss Functions and Optimisers lesson in real headless
 * Chromium: the learner moves the weight along the loss curve and the probability along
 * both losses, and chooses the learning rate, the steps and the optimisers of the race in
 * the valley; every number shown is one the server computed. At 375, 1280 and 1920 px,
 * light and dark, with no sideways scrolling, and as the server's charts and tables
 * without JavaScript.
 */
class LossLessonBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/loss-functions-and-optimisers";

	private static final String CURVE = "figure[data-interactive='loss-curve']";

	private static final String COMPARISON = "figure[data-interactive='mse-vs-cross-entropy']";

	private static final String PATHS = "figure[data-interactive='optimiser-paths']";

	@Test
	void theLossCurveFollowsTheWeightWithItsSlope(Browser browser) {
		WebElement figure = openFigure(browser, LESSON, CURVE, "[data-loss-weight]");
		WebElement note = figure.findElement(By.cssSelector(".interactive__note"));
		assertThat(plain(note.getText())).isEqualTo(
				"At w = 2 the loss is 16 and its slope dL/dw is -24. The slope is negative: a small step to the right lowers the loss.");
		WebElement marker = figure.findElement(By.cssSelector("[data-marker]"));
		String tangent = figure.findElement(By.cssSelector("[data-tangent]")).getAttribute("points");
		WebElement weight = figure.findElement(By.cssSelector("[data-loss-weight]"));
		for (int i = 0; i < 20; i++) {
			weight.sendKeys(Keys.ARROW_RIGHT);
		}
		browser.await()
			.until((driver) -> plain(note.getText()).startsWith("At w = 4 the loss is 4 and its slope dL/dw is 12."));
		assertThat(note.getText()).endsWith("The slope is positive: a small step to the left lowers the loss.");
		// w = 4 on the frame from −0.5 to 7 across 492 units from 52; L = 4 on 0 to 140
		// down 240 from 12
		assertThat(marker.getAttribute("cx")).isEqualTo("347.2");
		assertThat(marker.getAttribute("cy")).isEqualTo("245.1");
		assertThat(figure.findElement(By.cssSelector("[data-tangent]")).getAttribute("points")).isNotEqualTo(tangent);
		screenshots(browser, CURVE, "lesson-loss-curve");
	}

	@Test
	void squaredErrorAndCrossEntropyAreComparedAtEachProbability(Browser browser) {
		WebElement figure = openFigure(browser, LESSON, COMPARISON, "[data-loss-probability]");
		WebElement note = figure.findElement(By.cssSelector(".interactive__note"));
		assertThat(plain(note.getText()))
			.isEqualTo("At p = 0.1: squared error 0.81 (slope -1.8), cross-entropy 2.303 (slope -10).");
		figure.findElement(By.cssSelector("[data-loss-probability]")).sendKeys(Keys.HOME);
		browser.await()
			.until((driver) -> plain(note.getText())
				.equals("At p = 0.01: squared error 0.9801 (slope -1.98), cross-entropy 4.605 (slope -100)."));
		figure.findElement(By.cssSelector("[data-loss-probability]")).sendKeys(Keys.END);
		browser.await().until((driver) -> plain(note.getText()).startsWith("At p = 0.99: squared error 0.0001 "));
		screenshots(browser, COMPARISON, "lesson-loss-compare");
	}

	@Test
	void theOptimisersRaceAtTheChosenRateForTheChosenSteps(Browser browser) {
		WebElement figure = openFigure(browser, LESSON, PATHS, "[data-loss-rate]");
		WebElement list = figure.findElement(By.cssSelector(".loss-readout"));
		assertThat(plain(list.getText())).contains("Plain gradient descent, step 50:", "loss 0.353",
				"Momentum, step 50:", "loss 0.0364", "Adam, step 50:", "loss 0.0293");

		new Select(figure.findElement(By.cssSelector("[data-loss-rate]"))).selectByVisibleText("1.05");
		browser.await()
			.until((driver) -> plain(list.getText()).contains("Plain gradient descent, step 50: off the chart"));
		assertThat(plain(list.getText())).contains("loss 0.06717", "loss 0.0117");

		figure.findElement(By.cssSelector("[data-loss-steps]")).sendKeys(Keys.HOME);
		browser.await()
			.until((driver) -> plain(list.getText())
				.contains("Plain gradient descent, step 0: a = -8, b = 2.5, loss 7.85"));
		figure.findElement(By.cssSelector("[data-loss-steps]")).sendKeys(Keys.ARROW_RIGHT);
		browser.await()
			.until((driver) -> plain(list.getText())
				.contains("Plain gradient descent, step 1: a = -7.58, b = -2.75, loss 8.999"));

		figure.findElement(By.cssSelector("[data-loss-optimiser='momentum']")).click();
		browser.await().until((driver) -> list.findElements(By.tagName("li")).size() == 2);
		assertThat(list.getText()).doesNotContain("Momentum");
		assertThat(figure.findElement(By.cssSelector("[data-path='momentum']")).isDisplayed()).isFalse();
		figure.findElement(By.cssSelector("[data-loss-optimiser='momentum']")).click();
		figure.findElement(By.cssSelector("[data-loss-steps]")).sendKeys(Keys.END);
		new Select(figure.findElement(By.cssSelector("[data-loss-rate]"))).selectByVisibleText("0.3");
		browser.await()
			.until((driver) -> list.findElements(By.tagName("li")).size() == 3
					&& plain(list.getText()).contains("loss 0.353"));
		screenshots(browser, PATHS, "lesson-loss-paths");
	}

	@Test
	void withoutJavaScriptTheServersChartsAndTablesShowEveryFigure(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(LESSON), () -> {
			assertThat(browser.driver().findElement(By.cssSelector(CURVE + " table")).getText()).contains("2 16 −24");
			assertThat(browser.driver().findElement(By.cssSelector(COMPARISON + " table")).getText())
				.contains("0.01 0.9801 −1.98 4.605 −100");
			assertThat(browser.driver().findElement(By.cssSelector(PATHS + " table")).getText())
				.contains("0.3 0.353 0.0364 0.0293");
			assertThat(browser.driver().findElements(By.cssSelector(PATHS + " polyline[data-path]"))).hasSize(3);
			assertThat(browser.driver().findElement(By.cssSelector(PATHS + " svg")).isDisplayed()).isTrue();
		});
	}

}
