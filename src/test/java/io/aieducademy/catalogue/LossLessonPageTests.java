package io.aieducademy.catalogue;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Loss Functions and Optimisers page shows its three figures without JavaScript: each
 * chart drawn by the server and each table with the engine's numbers, and the same
 * numbers as JSON for the live version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LossLessonPageTests {

	/** The figures as the engine computes them, which the page must show. */
	private static final LossCurve curve = LossCurve.compute();

	private static final LossComparison comparison = LossComparison.compute();

	private static final OptimiserPaths paths = OptimiserPaths.compute();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyFigureIsDrawnAndTabulatedByTheServerWithItsNumbersForTheLiveVersion() {
		String html = page();
		assertThat(html).contains("data-interactive=\"loss-curve\"", "data-interactive=\"mse-vs-cross-entropy\"",
				"data-interactive=\"optimiser-paths\"");
		for (LossFigure figure : List.of(curve, comparison, paths)) {
			assertThat(html).contains("data-figure=\"" + HtmlUtils.htmlEscape(figure.json()) + "\"");
		}
		assertThat(html).contains("points=\"" + curve.curve() + "\"",
				"points=\"" + comparison.crossEntropyCurve() + "\"", "points=\"" + paths.path(0) + "\"",
				"<code>L = (w*x - y)^2</code>", "<code>L = a^2/40 + b^2</code>");
		String curveTable = table(html, "The loss and its slope at whole-number weights");
		assertThat(curveTable).contains("<th scope=\"row\">2</th><td>16</td><td>−24</td>",
				"<th scope=\"row\">0</th><td>100</td><td>−60</td>");
		String comparisonTable = table(html, "Both losses and their slopes at a few probabilities");
		assertThat(comparisonTable)
			.contains("<th scope=\"row\">0.01</th><td>0.9801</td><td>−1.98</td><td>4.605</td><td>−100</td>");
		String pathsTable = table(html, "The loss after 50 steps from the same start");
		assertThat(pathsTable).contains("<th scope=\"row\">0.3</th><td>0.353</td><td>0.0364</td><td>0.0293</td>");
		assertThat(Pattern.compile("<tr><th scope=\"row\">").matcher(pathsTable).results().count())
			.isEqualTo(OptimiserPaths.RATES.size());
		assertThat(html).contains("aria-label=\"The loss L of the worked example against the weight w: a single valley."
				+ " At w = 2 the loss is 16 and the slope, drawn as a short straight line, is −24.\"");
	}

	@Test
	void everyChartHasItsTicksAndTheFirstTwoTheirAxes() {
		String html = page();
		String curveChart = chart(html, LossCurve.NAME);
		String comparisonChart = chart(html, LossComparison.NAME);
		String pathsChart = chart(html, OptimiserPaths.NAME);
		assertTicks(curveChart, curve.xTicks(), curve.yTicks());
		assertTicks(comparisonChart, comparison.xTicks(), comparison.yTicks());
		assertTicks(pathsChart, paths.xTicks(), paths.yTicks());
		// the surface of the optimiser paths is framed by a box, not by two axes
		Pattern axes = Pattern.compile("<g class=\"loss-chart__axes\"><line x1=\"[^\"]+\" x2=\"[^\"]+\" y1=\"[^\"]+\""
				+ " y2=\"[^\"]+\"/><line x1=\"[^\"]+\" x2=\"[^\"]+\" y1=\"[^\"]+\" y2=\"[^\"]+\"/></g>");
		assertThat(curveChart).containsPattern(axes);
		assertThat(comparisonChart).containsPattern(axes);
		assertThat(pathsChart).doesNotContainPattern(axes);
	}

	/**
	 * Each tick once, where the figure puts it and with its label: x ticks along the
	 * bottom, y ticks up the left.
	 */
	private static void assertTicks(String chart, List<Plot.Tick> xTicks, List<Plot.Tick> yTicks) {
		assertThat(Pattern.compile("class=\"loss-chart__tick\"").matcher(chart).results().count())
			.isEqualTo(xTicks.size() + yTicks.size());
		for (Plot.Tick tick : xTicks) {
			assertThat(chart).containsPattern("class=\"loss-chart__tick\" text-anchor=\"middle\" dy=\"1.1em\" x=\""
					+ Pattern.quote(tick.at()) + "\" y=\"[^\"]+\">" + Pattern.quote(tick.label()) + "</text>");
		}
		for (Plot.Tick tick : yTicks) {
			assertThat(chart)
				.containsPattern("class=\"loss-chart__tick\" text-anchor=\"end\" dy=\"0.35em\" x=\"[^\"]+\"" + " y=\""
						+ Pattern.quote(tick.at()) + "\">" + Pattern.quote(tick.label()) + "</text>");
		}
	}

	/**
	 * The figure's chart, from its opening tag to the table that stands in for it without
	 * JavaScript.
	 */
	private static String chart(String html, String name) {
		int start = html.indexOf("data-interactive=\"" + name + "\"");
		assertThat(start).as(name).isNotNegative();
		return html.substring(start, html.indexOf("interactive__fallback", start))
			.replaceAll("\\s+", " ")
			.replaceAll("> <", "><");
	}

	private static String table(String html, String caption) {
		int start = html.indexOf(caption);
		assertThat(start).as(caption).isNotNegative();
		return html.substring(start, html.indexOf("</table>", start)).replaceAll(">\\s+<", "><");
	}

	private String page() {
		MvcTestResult result = this.mvc.get()
			.uri("/programs/ai-sprouts/lessons/loss-functions-and-optimisers")
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
