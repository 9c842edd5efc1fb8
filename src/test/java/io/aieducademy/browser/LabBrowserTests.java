package io.aieducademy.browser;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Backprop Lab in real headless Chromium, driven as a learner would drive it, against
 * the real autograd API.
 */
class LabBrowserTests extends BrowserTest {

	@Test
	void workedExampleStepsForwardToTheEndAndBackThroughTheBackwardPass(Browser browser) {
		open(browser, "/lab/autograd");
		assertThat(text(browser, "[data-step-status]")).startsWith("Ready.");
		int total = Integer
			.parseInt(browser.driver().findElement(By.cssSelector(".step-counter")).getText().split(" / ")[1]);
		List<String> explanations = new ArrayList<>();
		WebElement forward = browser.driver().findElement(By.cssSelector(".step-forward"));
		for (int step = 1; step <= total; step++) {
			forward.click();
			explanations.add(plain(text(browser, "[data-step-status]")));
		}
		assertThat(explanations).anySatisfy((line) -> assertThat(line).contains("w*x = 2 × 3 = 6"))
			.anySatisfy((line) -> assertThat(line).contains("dL/dw = dL/d(w*x) × ∂(w*x)/∂w = -8 × 3 = -24"));
		assertThat(forward.isEnabled()).isFalse();
		assertThat(plain(text(browser, "[data-grad='w']"))).isEqualTo("-24");
		assertThat(plain(nodeText(browser, "w"))).contains("grad -24");

		// back through the backward pass: the gradients disappear again, w's first
		WebElement back = browser.driver().findElement(By.cssSelector(".step-back"));
		back.click();
		assertThat(plain(nodeText(browser, "w"))).contains("grad ?");
		assertThat(plain(text(browser, "[data-step-status]"))).contains("dL/dx = dL/d(w*x) × ∂(w*x)/∂x = -8 × 2 = -16");
		while (!"forward"
			.equals(browser.driver().findElement(By.cssSelector("[data-explorer]")).getAttribute("data-phase"))) {
			back.click();
		}
		assertThat(plain(nodeText(browser, "L"))).contains("value 16", "grad ?");
		assertThat(plain(text(browser, "[data-step-status]"))).contains("L = (w*x - y)^2").contains("= 16");
	}

	@Test
	void nudgingWShowsTheNewLossBesideTheGradientsPrediction(Browser browser) {
		open(browser, "/lab/autograd");
		WebElement slider = browser.driver().findElement(By.cssSelector("[data-slider='w']"));
		slider.sendKeys(Keys.ARROW_RIGHT); // w = 2.04
		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-nudge]"), "Actual"));
		browser.await().until((driver) -> plain(text(browser, "[data-run-status]")).startsWith("L = 15.05"));
		assertThat(plain(text(browser, "[data-nudge]"))).contains("Actual change of L: -0.9456")
			.contains("-24 × 0.04 = -0.96");
		assertThat(browser.driver().findElement(By.cssSelector("[data-value='w']")).getAttribute("value"))
			.isEqualTo("2.04");
	}

	@Test
	void threeGradientDescentStepsMakeTheLossFall(Browser browser) {
		open(browser, "/lab/autograd");
		List<Double> losses = new ArrayList<>();
		losses.add(output(browser));
		WebElement step = browser.driver().findElement(By.cssSelector("[data-descent-step]"));
		for (int i = 1; i <= 3; i++) {
			step.click();
			String expected = "Step " + i + ":";
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-descent-status]"),
						expected));
			losses.add(output(browser));
		}
		assertThat(losses.get(0)).isEqualTo(16.0);
		assertThat(losses).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
		assertThat(browser.driver().findElements(By.cssSelector("[data-chart] .chart__dot"))).hasSize(4);
		browser.screenshot("descent");
	}

	@Test
	void aSharedLinkReproducesTheSameGraph(Browser browser) {
		open(browser, "/lab/autograd");
		new Select(browser.driver().findElement(By.cssSelector("[data-preset]"))).selectByValue("neuron");
		browser.await().until((driver) -> plain(text(browser, "[data-run-status]")).startsWith("Ready"));
		WebElement w = browser.driver().findElement(By.cssSelector("[data-value='w']"));
		w.clear();
		w.sendKeys("0.8", Keys.TAB);
		browser.await()
			.until((driver) -> URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains("\"w\":0.8"));
		browser.await().until((driver) -> plain(text(browser, "[data-run-status]")).startsWith("L = "));
		String link = browser.driver().getCurrentUrl();
		List<String> nodes = nodeNames(browser);
		String output = browser.driver().findElement(By.cssSelector("[data-run-status]")).getAttribute("data-output");

		browser.driver().get("about:blank");
		browser.driver().get(link);
		browser.await().until((driver) -> text(browser, "[data-run-status]").startsWith("L = "));
		assertThat(browser.driver().findElement(By.cssSelector("[data-run-status]")).getAttribute("data-output"))
			.isEqualTo(output);
		assertThat(nodeNames(browser)).isEqualTo(nodes).contains("z", "a", "L", "w", "b");
		assertThat(browser.driver().findElement(By.cssSelector("[data-value='w']")).getAttribute("value"))
			.isEqualTo("0.8");
		assertThat(browser.driver().findElement(By.cssSelector("[data-program]")).getAttribute("value"))
			.contains("a = sigmoid(z)");
	}

	@Test
	void aSyntaxErrorShowsACaretUnderTheRightColumn(Browser browser) {
		String program = URLEncoder.encode("y = 1\nL = w * * x", StandardCharsets.UTF_8);
		open(browser, "/lab/autograd?program=" + program + "&w=2&x=3", "[data-error]:not([hidden])");
		WebElement error = browser.driver().findElement(By.cssSelector("[data-error]"));
		assertThat(error.findElement(By.cssSelector("[data-error-where]")).getText()).isEqualTo("Line 2, column 9");
		String[] excerpt = error.findElement(By.cssSelector("[data-error-excerpt]")).getText().split("\n");
		assertThat(excerpt[0]).isEqualTo("L = w * * x");
		assertThat(excerpt[1].indexOf('^')).isEqualTo(8);
		assertThat(error.findElement(By.cssSelector("mark")).getText()).isEqualTo("*");
		assertThat(browser.driver().findElement(By.cssSelector(".code-editor__backdrop mark")).getText())
			.isEqualTo("*");
		// Chromium logs every 4xx response; a program the API refuses is one, and nothing
		// else may be logged
		assertThat(browser.consoleProblems()).singleElement().asString().contains("/api/autograd", "status of 400");
	}

	@Test
	void withoutJavaScriptThePageSaysTheLabNeedsItAndShowsTheWorkedNumbers(Browser browser) {
		browser.withoutJavaScript(url("/lab/autograd"), () -> {
			String page = browser.driver().findElement(By.tagName("main")).getText();
			assertThat(page).contains("The Backprop Lab needs JavaScript").contains("dL/dw = −8 × 3 = −24");
			assertThat(browser.driver().findElement(By.cssSelector("[data-lab]")).isDisplayed()).isFalse();
		});
	}

	@Test
	void largeGraphsAreDrawnOneBoxPerStatementNotReplacedByATable(Browser browser) {
		// 100 statements of 5 nodes each: about 500 nodes
		open(browser, "/lab/autograd?program=" + chain(100) + "&x=0.5");
		browser.await().until((driver) -> driver.findElements(By.cssSelector(".graph .gnode--group")).size() == 100);
		assertThat(browser.driver().findElement(By.cssSelector(".graph-table")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.cssSelector(".graph-fit")).isDisplayed()).isTrue();
		browser.driver().findElement(By.cssSelector(".step-table")).click();
		assertThat(browser.driver().findElements(By.cssSelector(".graph-table tbody tr"))).hasSizeGreaterThan(400);
	}

	private static String chain(int statements) {
		StringBuilder program = new StringBuilder("h = x");
		for (int i = 0; i < statements; i++) {
			program.append("\nh = tanh(h * 0.9 + 0.1)");
		}
		return URLEncoder.encode(program.toString(), StandardCharsets.UTF_8);
	}

	@Test
	void atPhoneWidthThePageDoesNotScrollSideways(Browser browser) {
		browser.viewport(375, 800, false);
		open(browser, "/lab/autograd");
		browser.driver().findElement(By.cssSelector(".step-end")).click();
		Object overflow = browser.script(
				"return [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.body.scrollWidth]");
		@SuppressWarnings("unchecked")
		List<Long> widths = (List<Long>) overflow;
		assertThat(widths.get(0)).as("page width at 375 px").isLessThanOrEqualTo(widths.get(1));
		assertThat(widths.get(2)).as("body width at 375 px").isLessThanOrEqualTo(widths.get(1));
		browser.screenshot("lab-375");
		browser.script("document.querySelector('.lab-graph').scrollIntoView()");
		browser.viewportScreenshot("lab-375-graph");
		browser.viewport(375, 800, true);
		browser.viewportScreenshot("lab-375-graph-dark");
	}

	@Test
	void everyPresetDrawsWithoutOverlapsAndWithoutConsoleErrors(Browser browser) {
		open(browser, "/lab/autograd");
		Select presets = new Select(browser.driver().findElement(By.cssSelector("[data-preset]")));
		for (String preset : List.of("neuron", "vanishing", "exploding", "residual", "micrograd", "worked")) {
			presets.selectByValue(preset);
			browser.await().until((driver) -> !text(browser, "[data-run-status]").startsWith("Working"));
			browser.await().until((driver) -> !driver.findElements(By.cssSelector(".graph .gnode")).isEmpty());
			browser.driver().findElement(By.cssSelector(".step-end")).click();
			Object overlaps = browser
				.script("""
						const boxes = [...document.querySelectorAll('.graph .gnode')]
						  .map((el) => el.getBoundingClientRect());
						let count = 0;
						for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
						  const a = boxes[i], b = boxes[j];
						  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) count++;
						}
						return count;""");
			assertThat(overlaps).as("overlapping nodes in preset " + preset).isEqualTo(0L);
			browser.screenshot("preset-" + preset);
		}
		browser.viewport(1280, 900, false);
		browser.screenshot("lab-1280");
		browser.viewport(1280, 900, true);
		browser.screenshot("lab-1280-dark");
	}

	private void open(Browser browser, String path) {
		open(browser, path, "[data-explorer] .graph");
	}

	private static String text(Browser browser, String selector) {
		return browser.driver().findElement(By.cssSelector(selector)).getText();
	}

	private static String nodeText(Browser browser, String name) {
		return (String) browser.script("""
				const node = [...document.querySelectorAll('.graph .gnode--value')]
				  .find((g) => g.querySelector('.gnode__name').textContent === arguments[0]);
				return [...node.querySelectorAll('text')].map((t) => t.textContent).join(' | ');""", name);
	}

	@SuppressWarnings("unchecked")
	private static List<String> nodeNames(Browser browser) {
		return (List<String>) browser
			.script("return [...document.querySelectorAll('.graph .gnode__name')].map((t) => t.textContent)");
	}

	private static double output(Browser browser) {
		return Double
			.parseDouble(browser.driver().findElement(By.cssSelector("[data-run-status]")).getAttribute("data-output"));
	}

}
