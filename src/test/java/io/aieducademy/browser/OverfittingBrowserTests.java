package io.aieducademy.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polynomial fit of AI Sprouts lesson 12 in real headless Chromium: the degree, the
 * points and the penalty sliders redraw the curve and the errors from the server, at 375,
 * 1280 and 1920 px, light and dark, with no sideways scrolling and no console errors; and
 * without JavaScript the server's figure and table.
 */
class OverfittingBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/overfitting-and-underfitting";

	private static final String FIT = "figure[data-interactive='polynomial-fit']";

	@Test
	void theSlidersRedrawTheCurveAndTheErrors(Browser browser) {
		WebElement figure = openFigure(browser, LESSON, FIT, "[data-fit-degree]");
		WebElement readout = figure.findElement(By.cssSelector("[data-fit-readout]"));
		WebElement curve = figure.findElement(By.cssSelector("[data-fit-curve]"));
		assertThat(readout.getText()).contains("training error 0.080, test error 0.131");
		String cubic = curve.getAttribute("points");

		WebElement degree = figure.findElement(By.cssSelector("[data-fit-degree]"));
		degree.sendKeys(Keys.END);
		browser.await().until((driver) -> readout.getText().contains("training error 0.000, test error 4.827"));
		assertThat(readout.getText()).startsWith("Degree 9 fitted to 10 training points, penalty none");
		assertThat(curve.getAttribute("points")).isNotEqualTo(cubic);
		assertThat(figure.findElement(By.cssSelector("tr.fit__chosen")).getText()).startsWith("9");

		WebElement penalty = figure.findElement(By.cssSelector("[data-fit-penalty]"));
		penalty.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		browser.await()
			.until((driver) -> readout.getText().contains("penalty 10⁻⁴: training error 0.071, test error 0.110"));
		penalty.sendKeys(Keys.HOME);

		WebElement points = figure.findElement(By.cssSelector("[data-fit-points]"));
		points.sendKeys(Keys.END);
		browser.await()
			.until((driver) -> readout.getText()
				.contains("40 training points, penalty none: training error 0.070, test error 0.108"));
		assertThat(figure.findElements(By.cssSelector("[data-fit-training] circle"))).hasSize(40);
		assertThat(figure.findElement(By.cssSelector("[data-fit-table-caption]")).getText())
			.contains("40 training points");

		degree.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		points.sendKeys(Keys.HOME);
		browser.await().until((driver) -> readout.getText().contains("training error 0.080, test error 0.131"));
		screenshots(browser, FIT, "lesson-overfitting");
	}

	@Test
	void withoutJavaScriptTheServersFigureAndTable(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(LESSON), () -> {
			WebElement figure = browser.driver().findElement(By.cssSelector(FIT));
			assertThat(figure.findElements(By.cssSelector("[data-fit-training] circle"))).hasSize(10);
			assertThat(figure.findElements(By.cssSelector("[data-fit-test] circle"))).hasSize(30);
			assertThat(figure.findElement(By.cssSelector("[data-fit-table]")).getText()).contains("3 0.080 0.131",
					"9 0.000 4.827");
			assertThat(figure.findElements(By.cssSelector("input"))).isEmpty();
		});
	}

}
