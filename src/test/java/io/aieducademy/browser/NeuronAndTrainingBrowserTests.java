package io.aieducademy.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactives of AI Sprouts lessons 3 and 4 in real headless Chromium: the single
 * neuron answers its sliders and its choice of activation, and the training loop steps
 * through its phases while the loss falls.
 */
class NeuronAndTrainingBrowserTests extends BrowserTest {

	private static final String NEURONS = "/programs/ai-sprouts/lessons/introduction-to-neural-networks";

	private static final String TRAINING = "/programs/ai-sprouts/lessons/training-ai-models";

	private static final String NEURON = "figure[data-interactive='neuron']";

	private static final String LOOP = "figure[data-interactive='training-loop']";

	@Test
	void theNeuronsOutputFollowsItsWeightSliderAndItsActivation(Browser browser) {
		WebElement figure = openFigure(browser, NEURONS, NEURON, "[data-neuron-input='w1']");
		WebElement output = figure.findElement(By.cssSelector("[data-neuron-output]"));
		WebElement sum = figure.findElement(By.cssSelector("[data-neuron-sum]"));
		browser.await().until((driver) -> output.getText().contains("sigmoid(z) = 0.6225"));
		assertThat(plain(sum.getText())).contains("z = w1*x1 + w2*x2 + b = 0.5 × 2 + (-1.5) × 1 + 1 = 0.5");
		assertThat(figure.findElement(By.cssSelector(".interactive__fallback table")).isDisplayed())
			.as("the live neuron replaces the static tables")
			.isFalse();

		WebElement w1 = figure.findElement(By.cssSelector("[data-neuron-input='w1']"));
		w1.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
		// w1 = 0: the sum is −1.5 × 1 + 1 = −0.5, and sigmoid(−0.5) ≈ 0.3775
		browser.await().until((driver) -> plain(output.getText()).contains("sigmoid(z) = 0.3775"));
		assertThat(plain(sum.getText())).contains("= -0.5");

		figure.findElement(By.cssSelector("input[type='radio'][value='relu']")).click();
		browser.await().until((driver) -> output.getText().contains("relu(z) = 0"));
		figure.findElement(By.cssSelector("input[type='radio'][value='tanh']")).sendKeys(Keys.SPACE);
		browser.await().until((driver) -> plain(output.getText()).contains("tanh(z) = -0.4621"));

		screenshots(browser, NEURON, "lesson-neuron");
	}

	@Test
	void theTrainingLoopStepsThroughItsPhasesAndTheLossFalls(Browser browser) {
		WebElement figure = openFigure(browser, TRAINING, LOOP, "[data-training-next]");
		WebElement next = figure.findElement(By.cssSelector("[data-training-next]"));
		WebElement note = figure.findElement(By.cssSelector(".interactive__note"));
		List<WebElement> phases = figure.findElements(By.cssSelector(".training__phases li"));
		assertThat(phases).hasSize(4);

		next.click();
		browser.await().until((driver) -> note.getText().startsWith("Forward pass"));
		assertThat(note.getText()).contains("p1 = 0, p2 = 0, p3 = 0, p4 = 0");
		assertThat(phases.get(0).getAttribute("aria-current")).isEqualTo("step");
		next.click();
		browser.await().until((driver) -> note.getText().contains("L = 41"));
		next.click();
		browser.await().until((driver) -> plain(note.getText()).contains("dL/dw = -35, dL/db = -12"));
		next.click();
		browser.await().until((driver) -> plain(note.getText()).contains("w = 0 - 0.05 × (-35) = 1.75"));
		assertThat(phases.get(3).getAttribute("aria-current")).isEqualTo("step");
		double first = loss(figure);

		next.click();
		browser.await().until((driver) -> note.getText().contains("p1 = 2.35"));
		next.click();
		browser.await().until((driver) -> note.getText().contains("L = 1.129"));
		double second = loss(figure);
		assertThat(second).as("the loss falls after one update").isLessThan(first);

		figure.findElement(By.cssSelector("[data-training-whole]")).click();
		browser.await().until((driver) -> figure.getText().contains("Updates so far: 2."));
		figure.findElement(By.cssSelector("[data-training-whole]")).click();
		browser.await().until((driver) -> figure.getText().contains("Updates so far: 3."));
		// a click while the page waits for the engine is ignored, so each waits for the
		// last
		next.click();
		browser.await().until((driver) -> note.getText().startsWith("Forward pass"));
		next.click();
		browser.await().until((driver) -> note.getText().startsWith("Loss"));
		assertThat(figure.findElements(By.cssSelector(".chart__dot"))).as("one dot for each loss seen").hasSize(4);
		assertThat(loss(figure)).as("and keeps falling").isLessThan(second);

		screenshots(browser, LOOP, "lesson-training-loop");
	}

	@Test
	void withoutJavaScriptBothShowTheEnginesTables(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(NEURONS),
				() -> assertThat(plain(
						browser.driver().findElement(By.cssSelector(NEURON + " table[data-activations]")).getText()))
					.contains("relu 0.5 0.5", "tanh 0.5 0.4621", "sigmoid 0.5 0.6225"));
		browser.withoutJavaScript(url(TRAINING),
				() -> assertThat(plain(
						browser.driver().findElement(By.cssSelector(LOOP + " table[data-training-steps]")).getText()))
					.contains("0 0 0 41 -35 -12", "1 1.75 0.6 1.129"));
	}

	private static double loss(WebElement figure) {
		return Double.parseDouble(figure.findElement(By.cssSelector(".interactive__live")).getAttribute("data-loss"));
	}

}
