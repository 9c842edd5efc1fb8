package io.aieducademy.catalogue;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static io.aieducademy.support.Gradients.grad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AI Sprouts lessons 3 (Introduction to Neural Networks) and 4 (Training AI Models):
 * their pages render every section, quick check and interactive fallback, and every
 * number in their text that can be computed is computed here by the engine and looked for
 * in the lesson.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeuronAndTrainingLessonsTests {

	private static final String NEURONS = "introduction-to-neural-networks";

	private static final String TRAINING = "training-ai-models";

	private static final String LOSS = """
			p1 = w*1 + b
			p2 = w*2 + b
			p3 = w*3 + b
			p4 = w*4 + b
			L = ((p1 - 3)^2 + (p2 - 5)^2 + (p3 - 7)^2 + (p4 - 9)^2) / 4
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Test
	void bothPagesRenderEverySectionQuickCheckAsideTakeawayAndReading() {
		for (String slug : List.of(NEURONS, TRAINING)) {
			Lesson lesson = this.catalogue.lesson(slug).orElseThrow();
			String html = page(slug);
			assertThat(html).as(slug)
				.contains("<h1>" + HtmlUtils.htmlEscape(lesson.title()) + "</h1>",
						"Lesson " + lesson.number() + " of 16", "aside--fun-fact", "aside--think", "Key takeaways",
						"Further reading", "data-interactive=\"");
			int sections = 0;
			for (LessonBlock block : lesson.blocks()) {
				if (block instanceof LessonBlock.Prose prose) {
					Matcher heading = Pattern.compile("<h2 id=\"[^\"]+\">").matcher(prose.html());
					while (heading.find()) {
						assertThat(html).as(slug).contains(heading.group());
						sections++;
					}
				}
			}
			assertThat(sections).as(slug + ": sections").isGreaterThanOrEqualTo(6);
			assertThat(lesson.quickChecks()).as(slug).hasSize(3);
			assertThat(count(html, "class=\"quick-check\"")).as(slug).isEqualTo(3);
			for (QuickCheck check : lesson.quickChecks()) {
				assertThat(html).as(slug)
					.contains("id=\"qc-" + check.key() + "\"", HtmlUtils.htmlEscape(check.question(), "UTF-8"));
				assertThat(html).as(slug + ": the answer key stays on the server").doesNotContain(check.explanation());
				for (int i = 0; i < check.options().size(); i++) {
					assertThat(check.hint(i) == null)
						.as(slug + " " + check.key() + " option " + i + ": a hint on every wrong option only")
						.isEqualTo(check.isCorrect(i));
				}
			}
			lesson.takeaways()
				.forEach((takeaway) -> assertThat(html).contains(HtmlUtils.htmlEscape(takeaway, "UTF-8")));
			lesson.furtherReading()
				.forEach(
						(reading) -> assertThat(html).contains("href=\"" + HtmlUtils.htmlEscape(reading.url()) + "\""));
			int words = lesson.blocks()
				.stream()
				.filter((block) -> block instanceof LessonBlock.Prose || block instanceof LessonBlock.Aside)
				.map((block) -> (block instanceof LessonBlock.Prose prose) ? prose.html()
						: ((LessonBlock.Aside) block).html())
				.mapToInt((text) -> text.replaceAll("<[^>]+>", " ").trim().split("\\s+").length)
				.sum();
			assertThat(words).as(slug + ": words of prose").isBetween(LessonProse.FEWEST, LessonProse.MOST);
		}
	}

	@Test
	void theNeuronFallbackShowsTheWeightedSumThroughEachActivationAsTheEngineComputesIt() {
		String html = page(NEURONS);
		Map<String, Double> values = Map.of("x1", 2.0, "x2", 1.0, "w1", 0.5, "w2", -1.5, "b", 1.0);
		String table = section(html, "data-activations");
		for (String activation : List.of("relu", "tanh", "sigmoid")) {
			Evaluation evaluation = Autograd.evaluate("z = w1*x1 + w2*x2 + b\ny = " + activation + "(z)", values);
			assertThat(table).contains("<th scope=\"row\">" + activation + "</th><td>0.5</td><td>"
					+ InteractiveFallback.number(evaluation.output().value()) + "</td>");
		}
		assertThat(html).contains("data-interactive=\"neuron\"", "data-values=\"{&quot;x1&quot;:2.0,");
	}

	@Test
	void theTrainingFallbackShowsTenUpdatesWithTheLossFallingEveryTime() {
		String html = page(TRAINING);
		String table = section(html, "data-training-steps");
		assertThat(table).contains("The first 10 updates of gradient descent with a learning rate of 0.05",
				"<th scope=\"col\">dL/dw</th>", "<th scope=\"col\">dL/db</th>");
		List<double[]> steps = train(0.05, 10);
		for (int i = 0; i < steps.size(); i++) {
			double[] step = steps.get(i);
			assertThat(table).contains("<th scope=\"row\">" + i + "</th><td>" + n(step[0]) + "</td><td>" + n(step[1])
					+ "</td><td>" + n(step[2]) + "</td>");
			if (i > 0) {
				assertThat(step[2]).as("loss at update " + i).isLessThan(steps.get(i - 1)[2]);
			}
		}
		assertThat(html).contains("data-interactive=\"training-loop\"", "data-rate=\"0.05\"");
	}

	@Test
	void everyComputableNumberInTheNeuronLessonIsTheEnginesOrCheckedHere() {
		String text = lessonText(NEURONS);
		Map<String, Double> values = Map.of("x1", 2.0, "x2", 1.0, "w1", 0.5, "w2", -1.5, "b", 1.0);
		Evaluation sigmoid = Autograd.evaluate("z = w1*x1 + w2*x2 + b\ny = sigmoid(z)", values);
		assertThat(text).contains("`z = 0.5 × 2 + (−1.5) × 1 + 1 = 1 − 1.5 + 1 = 0.5`",
				"`y = sigmoid(0.5) ≈ " + n(sigmoid.output().value()) + "`");
		assertThat(0.5 * 2 + -1.5 * 1 + 1).isEqualTo(0.5);
		for (double z : new double[] { 0.5, -2 }) {
			assertThat(text).contains("| " + n(z) + " | " + n(eval("relu(z)", z)) + " | " + n(eval("tanh(z)", z))
					+ " | " + n(eval("sigmoid(z)", z)) + " |");
		}
		assertThat(text).contains("`3 × 4 = " + 3 * 4 + "` weights and 4 biases, so " + (3 * 4 + 4) + " parameters",
				"`4 × 2 = " + 4 * 2 + "` weights and 2 biases, so " + (4 * 2 + 2) + " parameters",
				"`16 + 10 = " + (3 * 4 + 4 + 4 * 2 + 2) + "` parameters", "has 784 pixels",
				"`784 × 128 + 128 = " + String.format("%,d", 784 * 128 + 128) + "`");
		assertThat(28 * 28).isEqualTo(784);
		assertThat(text).contains("a 20 by 20 grid of " + 20 * 20 + " light sensors", "In 1943 Warren McCulloch",
				"Fifteen years later, in " + (1943 + 15));
		// XOR by two hidden ReLU neurons, as the table shows it
		for (int x1 = 0; x1 <= 1; x1++) {
			for (int x2 = 0; x2 <= 1; x2++) {
				Evaluation xor = Autograd.evaluate("h1 = relu(x1 + x2)\nh2 = relu(x1 + x2 - 1)\ny = h1 - 2*h2",
						Map.of("x1", (double) x1, "x2", (double) x2));
				List<Evaluation.Node> nodes = xor.nodes();
				double h1 = variable(nodes, "h1");
				double h2 = variable(nodes, "h2");
				assertThat(xor.output().value()).isEqualTo(x1 ^ x2);
				assertThat(text).contains("| " + x1 + " | " + x2 + " | " + n(h1) + " | " + n(h2) + " | "
						+ n(xor.output().value()) + " |");
			}
		}
		// the quick check worked by hand: z = 2 × 1 + (−1) × 3 + 0.5
		Evaluation byHand = Autograd.evaluate("z = w1*x1 + w2*x2 + b\ny = relu(z)",
				Map.of("x1", 1.0, "x2", 3.0, "w1", 2.0, "w2", -1.0, "b", 0.5));
		assertThat(variable(byHand.nodes(), "z")).isEqualTo(-0.5);
		assertThat(byHand.output().value()).isZero();
		assertThat(text).contains("z = 2 × 1 + (−1) × 3 + 0.5 = −0.5", "so the output is 0",
				"text: \"" + n(2 * 1 + 1 * 3 + 0.5) + "\"");
	}

	@Test
	void everyComputableNumberInTheTrainingLessonIsTheEnginesOrCheckedHere() {
		String text = lessonText(TRAINING);
		assertThat(text).contains(LOSS.strip().indent(2).stripTrailing());
		List<double[]> steps = train(0.05, 10);
		double[] start = steps.get(0);
		assertThat(start[2]).isEqualTo(41);
		assertThat(text).contains("`L = (3² + 5² + 7² + 9²) / 4 = (9 + 25 + 49 + 81) / 4 = 164 / 4 = 41`");
		assertThat((9 + 25 + 49 + 81) / 4.0).isEqualTo(41);
		assertThat(text).contains("`dL/dw = " + n(start[3]) + "` and `dL/db = " + n(start[4]) + "`",
				"`w = 0 − 0.05 × (" + n(start[3]) + ") = " + n(steps.get(1)[0]) + "`",
				"`b = 0 − 0.05 × (" + n(start[4]) + ") = " + n(steps.get(1)[1]) + "`",
				"the loss has fallen from 41 to about " + n(steps.get(1)[2]));
		Evaluation first = Autograd.evaluate(LOSS, Map.of("w", steps.get(1)[0], "b", steps.get(1)[1]));
		assertThat(text)
			.contains("predicts " + n(variable(first.nodes(), "p1")) + ", " + n(variable(first.nodes(), "p2")) + ", "
					+ n(variable(first.nodes(), "p3")) + " and " + n(variable(first.nodes(), "p4")) + " cm");
		for (int i : new int[] { 0, 1, 2, 10 }) {
			double[] step = steps.get(i);
			assertThat(text).contains("| " + i + " | " + n(step[0]) + " | " + n(step[1]) + " | " + n(step[2]) + " |");
		}
		assertThat(steps.get(2)[2]).isLessThan(0.05);
		assertThat(text).contains("drops from 41 to under 0.05",
				"The weight `w` rushes a little past its ideal value of 2");
		assertThat(steps.get(4)[0]).isGreaterThan(2);
		// too large a learning rate
		List<double[]> large = train(0.2, 4);
		assertThat(text).contains("`w` jumps to " + n(large.get(1)[0]) + " and `b` to " + n(large.get(1)[1]),
				"the loss rises from 41 to " + n(large.get(1)[2]), "after four updates the loss is over 36,000");
		assertThat(large.get(4)[2]).isGreaterThan(36_000).isLessThan(37_000);
		for (int i = 1; i <= 4; i++) {
			assertThat(large.get(i)[2]).isGreaterThan(large.get(i - 1)[2]);
		}
		// too small a learning rate
		List<double[]> small = train(0.001, 10);
		assertThat(text).contains("the loss has only fallen from 41 to about " + n(small.get(10)[2]),
				"a learning rate of 0.05 had reached about 0.01");
		assertThat(steps.get(10)[2]).isCloseTo(0.01, org.assertj.core.data.Offset.offset(0.0005));
		// epochs
		assertThat(text).contains(
				"With 1,000 training examples and a batch size of 50, an epoch is `1000 / 50 = " + 1000 / 50
						+ "` updates",
				"60,000 training images, so with batches of 100 an epoch is " + 60_000 / 100 + " updates");
		assertThat(text).contains("has 2,000 examples and each mini-batch holds 100", "text: \"" + 2000 / 100 + "\"",
				"2,000 examples in batches of 100 make 2,000 / 100 = " + 2000 / 100 + " batches, so an epoch is "
						+ 2000 / 100 + " updates",
				"answer: 2");
	}

	/**
	 * Gradient descent on the sunflower loss, with the engine: w, b, loss, dL/dw, dL/db.
	 */
	private static List<double[]> train(double rate, int updates) {
		Map<String, Double> values = new LinkedHashMap<>(Map.of("w", 0.0, "b", 0.0));
		List<double[]> steps = new ArrayList<>();
		for (int i = 0; i <= updates; i++) {
			Evaluation evaluation = Autograd.evaluate(LOSS, values);
			double gw = grad(evaluation, "w");
			double gb = grad(evaluation, "b");
			steps.add(new double[] { values.get("w"), values.get("b"), evaluation.output().value(), gw, gb });
			values.put("w", values.get("w") - rate * gw);
			values.put("b", values.get("b") - rate * gb);
		}
		return steps;
	}

	private static double eval(String program, double z) {
		return Autograd.evaluate(program, Map.of("z", z)).output().value();
	}

	private static double variable(List<Evaluation.Node> nodes, String name) {
		return nodes.stream().filter((node) -> name.equals(node.variable())).findFirst().orElseThrow().value();
	}

	private static String n(double value) {
		return InteractiveFallback.number(value);
	}

	private String lessonText(String slug) {
		return read("/content/programs/ai-sprouts/lessons/" + slug + ".md");
	}

	private String read(String resource) {
		try (var in = getClass().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return html.substring(start, html.indexOf("</table>", start)).replaceAll(">\\s+<", "><");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private String page(String slug) {
		MvcTestResult result = this.mvc.get().uri("/programs/ai-sprouts/lessons/" + slug).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
