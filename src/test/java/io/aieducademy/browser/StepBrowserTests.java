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
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's steps as a learner meets them: no number before its step, each backward step
 * stating its rule, presets that say what to look for, and links that keep what the
 * learner set up.
 */
class StepBrowserTests extends BrowserTest {

	private static final List<String> PRESETS = List.of("worked", "neuron", "vanishing", "exploding", "residual",
			"micrograd");

	/**
	 * Every gradient of the page's program, as the page would write it, that the page
	 * shows at this moment; numbers the learner wrote (the program, the given values,
	 * line numbers and the step counter) cannot tell and are left out.
	 */
	private static final String VISIBLE_GRADIENTS = """
			const done = arguments[arguments.length - 1];
			(async () => {
			  const { formatNumber } = await import('/js/format.js');
			  const program = document.querySelector('[data-program]').value;
			  const values = JSON.parse(new URLSearchParams(location.search).get('values') || '{}');
			  const response = await fetch('/api/autograd', { method: 'POST', headers: { 'Content-Type': 'application/json' },
			    body: JSON.stringify({ expression: program, values }) });
			  const json = await response.json();
			  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
			    && getComputedStyle(el).visibility !== 'hidden'; };
			  const text = document.body.innerText + ' '
			    + [...document.querySelectorAll('svg text')].filter(visible).map((t) => t.textContent).join(' ');
			  const shown = new Set(text.match(/[\\u2212-]?\\d+(?:\\.\\d+)?(?:e[\\u2212-]?\\d+)?/g) ?? []);
			  const given = new Set([...program.match(/\\d+(?:\\.\\d+)?/g) ?? [], ...Object.values(values).map((v) => formatNumber(v))]);
			  const lines = program.split('\\n').length + 20;
			  const grads = json.nodes.filter((n) => n.requiresGrad && n.grad !== null && n.grad !== 0)
			    .map((n) => formatNumber(n.grad))
			    .filter((g) => !given.has(g.replace('\\u2212', '')) && !(Number.isInteger(Number(g.replace('\\u2212', '-'))) && Math.abs(Number(g.replace('\\u2212', '-'))) <= lines));
			  done([...new Set(grads.filter((g) => shown.has(g)))]);
			})().catch((e) => done(['error: ' + e]));""";

	@Test
	void atStepZeroNoGradientIsVisibleForAnyPresetOrLargeProgramAtEitherWidth(Browser browser) {
		for (int width : new int[] { 1280, 375 }) {
			browser.viewport(width, 900, false);
			open(browser, "/lab/autograd");
			Select presets = new Select(browser.driver().findElement(By.cssSelector("[data-preset]")));
			for (String preset : PRESETS) {
				presets.selectByValue(preset);
				awaitRun(browser);
				assertNoGradientShown(browser, preset + " at " + width + " px");
				assertThat(text(browser, "[data-preset-note]")).as("note of " + preset)
					.hasSizeGreaterThan(40)
					.doesNotContain("preset.");
			}
			for (int statements : new int[] { 7, 25, 125 }) {
				open(browser, "/lab/autograd?program=" + chain(statements) + "&values="
						+ URLEncoder.encode("{\"x\":0.5}", StandardCharsets.UTF_8));
				awaitRun(browser);
				assertNoGradientShown(browser, (statements * 4 + 2) + " nodes at " + width + " px");
			}
		}
	}

	@Test
	void showingEveryNumberRevealsTheGradientsAtStepZero(Browser browser) {
		open(browser, "/lab/autograd");
		assertThat(plain(text(browser, "[data-grad='w']"))).isEqualTo("?");
		browser.driver().findElement(By.cssSelector(".step-show-all")).click();
		assertThat(plain(text(browser, "[data-grad='w']"))).isEqualTo("-24");
		// the check of the test above sees gradients when they are there
		assertThat(browser.driver().executeAsyncScript(VISIBLE_GRADIENTS)).asString().contains("\u221224");
		assertThat(browser.driver().findElement(By.cssSelector("[data-explorer]")).getAttribute("data-position"))
			.isEqualTo("0");
		browser.driver().findElement(By.cssSelector(".step-show-all")).click();
		assertThat(plain(text(browser, "[data-grad='w']"))).isEqualTo("?");
	}

	@Test
	void tanhAndSigmoidStepsStateTheirRuleWithTheNumbers(Browser browser) {
		String program = "z = w*x\na = tanh(z)\ns = sigmoid(a)\nL = s";
		open(browser, "/lab/autograd?program=" + URLEncoder.encode(program, StandardCharsets.UTF_8) + "&values="
				+ URLEncoder.encode("{\"w\":0.5,\"x\":2}", StandardCharsets.UTF_8));
		List<String> steps = stepToTheEnd(browser);
		// tanh(1) = 0.7616, so tanh' = 1 - 0.7616² = 0.42; sigmoid(0.7616) = 0.6817
		assertThat(steps)
			.anySatisfy((line) -> assertThat(line)
				.contains("Local derivative at a: tanh′(a) = 1 - tanh(a)² = 1 - 0.7616² = 0.42."))
			.anySatisfy((line) -> assertThat(line).contains("σ′(a) = σ(a)·(1 - σ(a)) = 0.6817·(1 - 0.6817) = 0.217."))
			.anySatisfy((line) -> assertThat(line).contains("the backward pass starts at the output, L")
				.contains("so dL/dL = 1.")
				.doesNotContain("dL/dL ×"))
			.anySatisfy((line) -> assertThat(line).contains("dL/dw = dL/dz × ∂z/∂w = 0.09113 × 2 = 0.1823."));
	}

	@Test
	void theBackpropagationLessonLinksToThePresetsItDiscusses(Browser browser) {
		open(browser, "/programs/ai-sprouts/lessons/backpropagation", ".lesson-body");
		for (String preset : List.of("neuron", "exploding", "residual")) {
			assertThat(browser.driver().findElements(By.cssSelector("a[href='/lab/autograd?preset=" + preset + "']")))
				.as("link to the " + preset + " preset")
				.isNotEmpty();
		}
		browser.driver().findElement(By.cssSelector("a[href='/lab/autograd?preset=exploding']")).click();
		browser.await().until((driver) -> !driver.findElements(By.cssSelector("[data-explorer] .graph")).isEmpty());
		assertThat(new Select(browser.driver().findElement(By.cssSelector("[data-preset]"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("exploding");
		assertThat(text(browser, "[data-preset-note]")).contains("multiplies by 3");
	}

	@Test
	void aTypedProgramTrainsItsWeightsAndBiasesByDefault(Browser browser) {
		String program = "h = tanh(w1*x + b1)\nL = (w2*h - y)^2";
		open(browser, "/lab/autograd?program=" + URLEncoder.encode(program, StandardCharsets.UTF_8));
		assertThat(checkedTrainable(browser)).containsExactlyInAnyOrder("w1", "b1", "w2");
		browser.driver().findElement(By.cssSelector("[data-descent-step]")).click();
		browser.await().until((driver) -> text(browser, "[data-descent-status]").startsWith("Step 1:"));
	}

	@Test
	void aSharedLinkKeepsTheTrainableInputsTheLearningRateAndTheStep(Browser browser) {
		open(browser, "/lab/autograd");
		new Select(browser.driver().findElement(By.cssSelector("[data-preset]"))).selectByValue("neuron");
		awaitRun(browser);
		browser.driver().findElement(By.cssSelector("[data-trainable='b']")).click();
		WebElement rate = browser.driver().findElement(By.cssSelector("[data-rate]"));
		rate.clear();
		rate.sendKeys("0.25", Keys.TAB);
		for (int i = 0; i < 3; i++) {
			browser.driver().findElement(By.cssSelector(".step-forward")).click();
		}
		String link = browser.driver().getCurrentUrl();
		String decoded = URLDecoder.decode(link, StandardCharsets.UTF_8);
		assertThat(decoded).contains("trainable=w&").contains("rate=0.25").contains("step=3");

		browser.driver().get("about:blank");
		browser.driver().get(link);
		awaitRun(browser);
		assertThat(checkedTrainable(browser)).containsExactly("w");
		assertThat(browser.driver().findElement(By.cssSelector("[data-rate]")).getAttribute("value")).isEqualTo("0.25");
		assertThat(browser.driver().findElement(By.cssSelector("[data-explorer]")).getAttribute("data-position"))
			.isEqualTo("3");
	}

	private void assertNoGradientShown(Browser browser, String what) {
		assertThat(browser.driver().findElement(By.cssSelector("[data-explorer]")).getAttribute("data-position"))
			.isEqualTo("0");
		@SuppressWarnings("unchecked")
		List<String> shown = (List<String>) browser.driver().executeAsyncScript(VISIBLE_GRADIENTS);
		assertThat(shown).as("gradients visible at step 0, " + what).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("[data-grad]")))
			.allSatisfy((cell) -> assertThat(cell.getText()).isEqualTo("?"));
		assertThat(text(browser, "[data-step-status]")).doesNotContainPattern("\\d");
		Object sideways = browser
			.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
		assertThat(sideways).as("sideways scrolling, " + what).isEqualTo(false);
	}

	private static List<String> stepToTheEnd(Browser browser) {
		List<String> steps = new ArrayList<>();
		WebElement forward = browser.driver().findElement(By.cssSelector(".step-forward"));
		while (forward.isEnabled()) {
			forward.click();
			steps.add(plain(text(browser, "[data-step-status]")));
		}
		return steps;
	}

	@SuppressWarnings("unchecked")
	private static List<String> checkedTrainable(Browser browser) {
		return (List<String>) browser.script(
				"return [...document.querySelectorAll('[data-trainable]:checked')].map((box) => box.dataset.trainable)");
	}

	private static void awaitRun(Browser browser) {
		browser.await()
			.until((driver) -> driver.findElement(By.cssSelector("[data-run-status]"))
				.getAttribute("data-output") != null && !text(browser, "[data-run-status]").startsWith("Working"));
	}

	private static String chain(int statements) {
		StringBuilder program = new StringBuilder("h = x");
		for (int i = 0; i < statements; i++) {
			program.append("\nh = tanh(h * 0.9 + 0.1)");
		}
		return URLEncoder.encode(program.toString(), StandardCharsets.UTF_8);
	}

	private void open(Browser browser, String path) {
		open(browser, path, "[data-explorer] .graph, [data-explorer] .graph-table table");
	}

	private static String text(Browser browser, String selector) {
		return browser.driver().findElement(By.cssSelector(selector)).getText();
	}

}
