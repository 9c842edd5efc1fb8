package io.aieducademy.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The graph view at every size, measured in the browser: every node inside the graph's
 * box, no label over a node or another label, no text under 12 px, no sideways scrolling,
 * on every preset and on generated programs of about 30, 100 and 500 nodes, at 1280 and
 * 375 px. Also the site's menu at three widths.
 */
class GraphViewBrowserTests extends BrowserTest {

	private static final List<String> PRESETS = List.of("worked", "neuron", "vanishing", "exploding", "residual",
			"micrograd");

	/**
	 * Problems with the drawing as the learner sees it now, one sentence each: boxes
	 * outside the viewport while it claims to show the whole drawing (no minimap), labels
	 * that cover a box or each other, text under 12 px, a page wider than the screen.
	 */
	private static final String GEOMETRY = """
			const problems = [];
			const viewport = document.querySelector('.graph-viewport');
			const frame = viewport.getBoundingClientRect();
			const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
			const whole = document.querySelector('.graph-minimap').hidden;
			const boxes = [...viewport.querySelectorAll('.gnode')].map((g) => [g, g.getBoundingClientRect()]);
			for (const [g, r] of boxes) {
			  if (whole && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)) {
			    problems.push('node ' + g.dataset.node + ' lies outside the graph box');
			  }
			}
			const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
			for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			  if (hit(boxes[i][1], boxes[j][1])) problems.push('nodes ' + boxes[i][0].dataset.node + ' and ' + boxes[j][0].dataset.node + ' overlap');
			}
			const labels = [...viewport.querySelectorAll('.gedge__label')].filter(shown).map((l) => [l, l.getBoundingClientRect()]);
			for (let i = 0; i < labels.length; i++) {
			  for (const [g, r] of boxes) if (hit(labels[i][1], r)) problems.push('label "' + labels[i][0].textContent + '" covers node ' + g.dataset.node);
			  for (let j = i + 1; j < labels.length; j++) if (hit(labels[i][1], labels[j][1])) problems.push('labels "' + labels[i][0].textContent + '" and "' + labels[j][0].textContent + '" overlap');
			}
			for (const t of viewport.querySelectorAll('text')) {
			  if (!shown(t)) continue;
			  const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
			  if (size < 11.95) { problems.push('text "' + t.textContent + '" is ' + size.toFixed(1) + ' px'); break; }
			}
			if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
			return problems;""";

	@Test
	void everyPresetFitsItsBoxWithNoOverlapsAndReadableTextAtTwoWidths(Browser browser) {
		for (int width : new int[] { 1280, 375 }) {
			browser.viewport(width, 900, false);
			open(browser, "/lab/autograd", "[data-explorer] .graph");
			Select presets = new Select(browser.driver().findElement(By.cssSelector("[data-preset]")));
			for (String preset : PRESETS) {
				presets.selectByValue(preset);
				awaitGraph(browser);
				String where = preset + " at " + width + " px";
				// only the long chain on a phone opens close up (see the test below); the
				// rest open whole, so the geometry checks every box against the frame
				assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed())
					.as("the minimap, zoomed in, on opening %s", where)
					.isEqualTo(width == 375 && preset.equals("vanishing"));
				checkThroughTheSteps(browser, where);
				browser.script("document.querySelector('.graph-viewport').scrollIntoView({block: 'center'})");
				for (boolean dark : new boolean[] { false, true }) {
					browser.viewport(width, 900, dark);
					browser.viewportScreenshot("graph-" + preset + "-" + width + (dark ? "-dark" : ""));
				}
				browser.viewport(width, 900, false);
			}
		}
	}

	/**
	 * On a phone the vanishing-gradient chain fits only as an overview without words, so
	 * it opens at a readable scale on its output, where backpropagation starts, with the
	 * minimap; Fit still shows the whole drawing.
	 */
	@Test
	void atPhoneWidthALongChainOpensReadableOnItsOutputAndFitShowsItWhole(Browser browser) {
		browser.viewport(375, 900, false);
		open(browser, "/lab/autograd?preset=vanishing", "[data-explorer] .graph");
		awaitGraph(browser);
		settle(browser);
		@SuppressWarnings("unchecked")
		List<Object> opened = (List<Object>) browser
			.script("""
					const frame = document.querySelector('.graph-viewport').getBoundingClientRect();
					const texts = [...document.querySelectorAll('.graph text')].filter((t) => t.getClientRects().length > 0);
					const smallest = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));
					const output = [...document.querySelectorAll('.gnode--value')]
					  .find((g) => g.querySelector('.gnode__name').textContent === 'L').getBoundingClientRect();
					const inside = output.left >= frame.left && output.right <= frame.right && output.top >= frame.top && output.bottom <= frame.bottom;
					return [texts.length, smallest, inside];""");
		assertThat(((Number) opened.get(0)).intValue()).as("text shown in the drawing").isGreaterThan(20);
		assertThat(((Number) opened.get(1)).doubleValue()).as("the smallest text, in px").isGreaterThanOrEqualTo(11.95);
		assertThat(opened.get(2)).as("L, the output, inside the graph's box").isEqualTo(true);
		assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed())
			.as("the minimap says which part of the drawing this is")
			.isTrue();
		assertThat(geometry(browser)).isEmpty();
		browser.script("document.querySelector('.graph-viewport').scrollIntoView({block: 'end'})");
		browser.viewportScreenshot("graph-vanishing-375-close-up");

		browser.driver().findElement(By.cssSelector(".graph-fit")).click();
		assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed()).isFalse();
		assertThat(count(browser, ".gnode")).isGreaterThan(20);
		assertThat(geometry(browser)).as("the whole drawing after Fit").isEmpty();

		// the graph's table (hidden until asked for) is a named region the keyboard can
		// scroll
		WebElement table = browser.driver().findElement(By.cssSelector(".graph-table"));
		assertThat(table.getDomAttribute("role")).isEqualTo("region");
		assertThat(table.getDomAttribute("tabindex")).isEqualTo("0");
		assertThat(table.getDomAttribute("aria-label")).startsWith("The computation graph as a table");
	}

	@Test
	void generatedProgramsOf30And100And500NodesFitWithNoOverlaps(Browser browser) {
		for (int width : new int[] { 1280, 375 }) {
			browser.viewport(width, 900, false);
			for (int nodes : new int[] { 30, 100, 500 }) {
				open(browser, "/lab/autograd?program=" + URLEncoder.encode(network(nodes), StandardCharsets.UTF_8)
						+ "&x1=0.5&x2=-0.25&x3=1", "[data-explorer] .graph");
				awaitGraph(browser);
				int drawn = Integer
					.parseInt(browser.driver().findElement(By.cssSelector(".step-counter")).getText().split(" / ")[1]);
				assertThat(drawn).as("steps of the %d-node program", nodes).isGreaterThanOrEqualTo(nodes);
				checkThroughTheSteps(browser, nodes + " nodes at " + width + " px");
			}
		}
	}

	@Test
	void statementsCollapseIntoOneBoxAndOpenAgain(Browser browser) {
		browser.viewport(1280, 900, false);
		open(browser, "/lab/autograd", "[data-explorer] .graph");
		new Select(browser.driver().findElement(By.cssSelector("[data-preset]"))).selectByValue("vanishing");
		awaitGraph(browser);
		// one box per statement (ten sigmoids, ten ReLUs and the loss) and one per input
		int statements = ((Number) browser.script(
				"return document.querySelector('[data-program]').value.split('\\n').filter((l) => l.trim() && !l.trim().startsWith('#')).length"))
			.intValue();
		int inputs = browser.driver().findElements(By.cssSelector("[data-values] tr[data-input]")).size();
		assertThat(statements).isEqualTo(21);
		assertThat(count(browser, ".gnode--group")).isEqualTo(statements);
		assertThat(count(browser, ".gnode--op")).isZero();
		assertThat(count(browser, ".gnode")).isEqualTo(statements + inputs);

		browser.driver().findElement(By.cssSelector(".graph-expand")).click();
		assertThat(count(browser, ".gnode--group")).isZero();
		assertThat(count(browser, ".gnode--op")).as("at least one operation per statement").isGreaterThan(statements);
		assertThat(geometry(browser)).isEmpty();

		browser.driver().findElement(By.cssSelector(".graph-collapse")).click();
		assertThat(count(browser, ".gnode--group")).isEqualTo(statements);

		// one statement opens by the keyboard and closes by a click
		WebElement s1 = browser.driver().findElement(By.cssSelector(".gnode--group[data-node='3']"));
		s1.sendKeys(Keys.ENTER);
		assertThat(count(browser, ".gnode--group")).isEqualTo(statements - 1);
		assertThat(count(browser, ".gnode--op")).as("w*x and sigmoid").isEqualTo(2);
		browser.driver().findElement(By.cssSelector(".gnode[data-group][data-node='3']")).click();
		assertThat(count(browser, ".gnode--group")).isEqualTo(statements);
		assertThat(geometry(browser)).isEmpty();
	}

	@Test
	void theViewZoomsPansAndFitsFromTheKeyboardAndKeepsTheCurrentNodeInView(Browser browser) {
		browser.viewport(1280, 900, false);
		open(browser, "/lab/autograd", "[data-explorer] .graph");
		double fitted = scale(browser);
		WebElement viewport = browser.driver().findElement(By.cssSelector(".graph-viewport"));
		viewport.sendKeys("+");
		viewport.sendKeys("+");
		assertThat(scale(browser)).isGreaterThan(fitted * 1.5);
		assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed())
			.as("the minimap shows while part of the graph is out of view")
			.isTrue();
		viewport.sendKeys(Keys.ARROW_LEFT);
		// stepping to the end brings the current node, w, back into view
		browser.driver().findElement(By.cssSelector(".step-end")).click();
		settle(browser);
		String where = (String) browser
			.script("""
					const frame = document.querySelector('.graph-viewport').getBoundingClientRect();
					const w = document.querySelector('.gnode--value[data-node="0"]').getBoundingClientRect();
					const inside = w.left >= frame.left && w.right <= frame.right && w.top >= frame.top && w.bottom <= frame.bottom;
					return inside + ' ' + JSON.stringify([frame, w, document.querySelector('.graph-scene').getAttribute('transform')]);""");
		assertThat(where).as("w, the current node, inside the graph's box").startsWith("true");
		viewport.sendKeys("0");
		assertThat(scale(browser)).isCloseTo(fitted, org.assertj.core.data.Offset.offset(1e-3));
		assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed()).isFalse();
	}

	/**
	 * Issue 9, item 1: a drag with the mouse or one finger moves the drawing, and a pinch
	 * of two fingers zooms it about the point between them, at 1280 and 375 px. The input
	 * goes through Chromium's own input pipeline (CDP {@code Input.dispatchMouseEvent}
	 * and {@code Input.dispatchTouchEvent}), so the page sees the pointer events a real
	 * mouse or touch screen makes.
	 */
	@Test
	void theGraphPansByDragAndZoomsByPinchAtTwoWidths(Browser browser) {
		// After a pinch, Chromium under chromedriver ignored the next one-finger touch
		// sequence sent through CDP (a standalone CDP session does not), so the finger
		// drag
		// is checked once, at 375 px, before any pinch; the mouse drag and the pinch at
		// both.
		for (int width : new int[] { 375, 1280 }) {
			boolean touch = width == 375;
			browser.viewport(width, 900, false);
			open(browser, "/lab/autograd", "[data-explorer] .graph");
			awaitGraph(browser);
			settle(browser);
			double[] centre = viewportCentre(browser);
			double fitted = scale(browser);

			double[] swiped = nodeCorner(browser);
			if (touch) {
				double[] before = swiped;
				touch(browser, "touchStart", new double[][] { { centre[0], centre[1] } });
				for (int i = 1; i <= 5; i++) {
					touch(browser, "touchMove", new double[][] { { centre[0] - 8 * i, centre[1] } });
				}
				touch(browser, "touchEnd", new double[0][]);
				settle(browser);
				swiped = nodeCorner(browser);
				assertThat(swiped[0] - before[0]).as("a finger drag left at %d px", width).isCloseTo(-40, offset(1.5));
				assertThat(swiped[1] - before[1]).isCloseTo(0, offset(1.5));
			}

			mouse(browser, "mousePressed", centre[0], centre[1], 1);
			for (int i = 1; i <= 6; i++) {
				mouse(browser, "mouseMoved", centre[0] + 10 * i, centre[1] + 5 * i, 1);
			}
			mouse(browser, "mouseReleased", centre[0] + 60, centre[1] + 30, 0);
			settle(browser);
			double[] dragged = nodeCorner(browser);
			assertThat(dragged[0] - swiped[0]).as("a mouse drag right at %d px", width).isCloseTo(60, offset(1.5));
			assertThat(dragged[1] - swiped[1]).as("a mouse drag down at %d px", width).isCloseTo(30, offset(1.5));
			assertThat(scale(browser)).isCloseTo(fitted, offset(1e-4));

			if (touch) {
				// two fingers 60 px apart move to 120 px apart: twice the scale, about
				// the
				// point between them
				double[] pinned = layoutPointAt(browser, centre);
				touch(browser, "touchStart",
						new double[][] { { centre[0] - 30, centre[1] }, { centre[0] + 30, centre[1] } });
				for (int i = 1; i <= 6; i++) {
					touch(browser, "touchMove", new double[][] { { centre[0] - 30 - 5 * i, centre[1] },
							{ centre[0] + 30 + 5 * i, centre[1] } });
				}
				touch(browser, "touchEnd", new double[0][]);
				settle(browser);
				assertThat(scale(browser) / fitted).as("the pinch's zoom at %d px", width).isCloseTo(2, offset(0.02));
				double[] after = layoutPointAt(browser, centre);
				// within 1.5 screen pixels, in the drawing's units
				double pixel = 1 / scale(browser);
				assertThat(after[0]).as("the point between the fingers stays put at %d px", width)
					.isCloseTo(pinned[0], offset(1.5 * pixel));
				assertThat(after[1]).isCloseTo(pinned[1], offset(1.5 * pixel));
				assertThat(browser.driver().findElement(By.cssSelector(".graph-minimap")).isDisplayed())
					.as("zoomed in, the minimap shows where the view is")
					.isTrue();
			}
			assertThat(browser.consoleProblems()).isEmpty();
		}
	}

	private static double[] viewportCentre(Browser browser) {
		@SuppressWarnings("unchecked")
		List<Number> centre = (List<Number>) browser
			.script("""
					const viewport = document.querySelector('.graph-viewport');
					viewport.scrollIntoView({ block: 'start', behavior: 'instant' });
					const r = viewport.getBoundingClientRect();
					return [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height, innerHeight - r.top) / 2)];""");
		return new double[] { centre.get(0).doubleValue(), centre.get(1).doubleValue() };
	}

	/** Where the first box of the drawing is on the screen. */
	private static double[] nodeCorner(Browser browser) {
		@SuppressWarnings("unchecked")
		List<Number> corner = (List<Number>) browser.script(
				"const r = document.querySelector('.graph .gnode').getBoundingClientRect(); return [r.left, r.top];");
		return new double[] { corner.get(0).doubleValue(), corner.get(1).doubleValue() };
	}

	/** The point of the drawing (in its own units) under a point of the screen. */
	private static double[] layoutPointAt(Browser browser, double[] screen) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) browser.script("""
				const m = document.querySelector('.graph-scene').getScreenCTM().inverse();
				const p = new DOMPoint(arguments[0], arguments[1]).matrixTransform(m);
				return [p.x, p.y];""", screen[0], screen[1]);
		return new double[] { point.get(0).doubleValue(), point.get(1).doubleValue() };
	}

	private static void mouse(Browser browser, String type, double x, double y, int buttons) {
		browser.driver()
			.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button",
					type.equals("mouseMoved") ? "none" : "left", "buttons", buttons, "clickCount", 1));
	}

	private static void touch(Browser browser, String type, double[][] points) {
		List<Map<String, Object>> touchPoints = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			touchPoints.add(Map.of("x", points[i][0], "y", points[i][1], "id", i));
		}
		browser.driver()
			.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", touchPoints));
	}

	@Test
	void theProgramsMenuStaysOnScreenAtEveryWidth(Browser browser) {
		for (int width : new int[] { 375, 1280, 1920 }) {
			browser.viewport(width, 900, false);
			open(browser, "/", "details.menu");
			browser.driver().findElement(By.cssSelector("details.menu summary")).click();
			@SuppressWarnings("unchecked")
			Map<String, Object> menu = (Map<String, Object>) browser
				.script("""
						const panel = document.querySelector('.menu__panel').getBoundingClientRect();
						const links = [...document.querySelectorAll('.menu__panel a')].map((a) => a.getBoundingClientRect());
						return { left: panel.left, right: panel.right, width: innerWidth,
						  outside: links.filter((l) => l.left < 0 || l.right > innerWidth).length, links: links.length };""");
			assertThat(((Number) menu.get("left")).doubleValue()).as("menu's left at %d px", width)
				.isGreaterThanOrEqualTo(0);
			assertThat(((Number) menu.get("right")).doubleValue()).as("menu's right at %d px", width)
				.isLessThanOrEqualTo(((Number) menu.get("width")).doubleValue());
			assertThat(((Number) menu.get("outside")).intValue()).isZero();
			assertThat(((Number) menu.get("links")).intValue()).isGreaterThan(10);
			browser.driver().findElement(By.cssSelector(".menu__panel a[href*='interview']")).getRect(); // reachable:
																											// it
																											// exists
																											// and
																											// has
																											// a
																											// place
																											// on
																											// screen
			browser.viewportScreenshot("menu-" + width);
		}
	}

	/**
	 * The geometry at step 0, in the middle of the backward pass, at the end, and
	 * hovering boxes.
	 */
	private void checkThroughTheSteps(Browser browser, String where) {
		assertThat(geometry(browser)).as("after loading %s", where).isEmpty();
		browser.driver().findElement(By.cssSelector(".step-end")).click();
		assertThat(geometry(browser)).as("at the end of %s", where).isEmpty();
		// a few steps back: in the backward pass, where the current step's edge labels
		// show
		for (int i = 0; i < 3; i++) {
			browser.driver().findElement(By.cssSelector(".step-back")).click();
		}
		assertThat(geometry(browser)).as("in the backward pass of %s", where).isEmpty();
		settle(browser);
		@SuppressWarnings("unchecked")
		List<String> hovered = (List<String>) browser.script("""
				const found = [];
				const nodes = [...document.querySelectorAll('.graph .gnode--value')].slice(0, 8);
				for (const node of nodes) {
				  node.dispatchEvent(new MouseEvent('mouseenter'));
				  found.push(...(arguments[0])());
				  node.dispatchEvent(new MouseEvent('mouseleave'));
				}
				return found;""".replace("(arguments[0])()", "(() => {" + GEOMETRY + "})()"));
		assertThat(hovered).as("hovering boxes of %s", where).isEmpty();
	}

	/**
	 * Lets the page lay itself out and paint twice, as it would before a learner looks.
	 */
	private static void settle(Browser browser) {
		browser.driver()
			.executeAsyncScript(
					"const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))");
	}

	private static List<String> geometry(Browser browser) {
		settle(browser);
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) browser.script(GEOMETRY);
		return new ArrayList<>(problems);
	}

	private static void awaitGraph(Browser browser) {
		browser.await()
			.until((driver) -> !driver.findElement(By.cssSelector("[data-run-status]"))
				.getText()
				.startsWith("Working"));
		browser.await().until((driver) -> !driver.findElements(By.cssSelector(".graph .gnode")).isEmpty());
	}

	private static int count(Browser browser, String selector) {
		return browser.driver().findElements(By.cssSelector(".graph " + selector)).size();
	}

	private static double scale(Browser browser) {
		String transform = (String) browser
			.script("return document.querySelector('.graph-scene').getAttribute('transform')");
		return Double.parseDouble(transform.replaceAll(".*scale\\(([-0-9.]+)\\).*", "$1"));
	}

	/**
	 * A small network with at least the given number of nodes: three inputs, layers of
	 * three tanh neurons that read the layer before, and a squared loss.
	 */
	static String network(int nodes) {
		StringBuilder program = new StringBuilder();
		String[] previous = { "x1", "x2", "x3" };
		int made = 3;
		int layer = 0;
		while (made < nodes - 4) {
			layer++;
			String[] current = new String[3];
			for (int j = 0; j < 3; j++) {
				current[j] = "h" + layer + "_" + (j + 1);
				program.append(current[j]).append(" = tanh(");
				for (int k = 0; k < 3; k++) {
					double weight = ((layer * 7 + j * 3 + k) % 9 - 4) / 8.0;
					program.append(k == 0 ? "" : " + ")
						.append(String.format(Locale.ROOT, "%.3f", weight))
						.append('*')
						.append(previous[k]);
				}
				program.append(" + 0.1)\n");
				made += 11; // three weights, three products, three sums, a bias and tanh
			}
			previous = current;
		}
		program.append("L = (").append(previous[0]).append(" - 1)^2");
		return program.toString();
	}

}
