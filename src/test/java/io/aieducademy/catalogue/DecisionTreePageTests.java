package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Decision Trees lesson's page: every section, quick check, aside, takeaway and
 * reading; the tree's static table for readers without JavaScript, computed at start-up
 * by the site's tree; the same tree as JSON for the live version (kept equal to the Node
 * tests' fixture). Its weight is LessonWeightBrowserTests', with every other lesson's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionTreePageTests {

	private static final String SLUG = "decision-trees";

	private static final Path FIXTURE = Path.of("src/test/js/fixtures/seedlings-tree.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Test
	void thePageRendersEverySectionQuickCheckAsideTakeawayAndReading() {
		Lesson lesson = this.catalogue.lesson(SLUG).orElseThrow();
		String html = page();
		assertThat(html).contains("<h1>" + HtmlUtils.htmlEscape(lesson.title()) + "</h1>", "aside--fun-fact",
				"aside--think");
		for (String heading : new String[] { "A game of twenty questions", "Our seedlings",
				"Measuring a mixed group: the Gini impurity", "Scoring a question", "Growing the tree, split by split",
				"Knowing when to stop", "Greedy, fast and easy to read" }) {
			assertThat(html).contains(">" + heading + "</h2>");
		}
		long checks = lesson.blocks().stream().filter(LessonBlock.QuickCheck.class::isInstance).count();
		assertThat(checks).isEqualTo(3);
		lesson.blocks()
			.stream()
			.filter(LessonBlock.QuickCheck.class::isInstance)
			.map(LessonBlock.QuickCheck.class::cast)
			.forEach((check) -> assertThat(html).contains("id=\"qc-" + check.key() + "\"",
					HtmlUtils.htmlEscape(check.question(), "UTF-8")));
		assertThat(lesson.takeaways()).hasSizeGreaterThanOrEqualTo(3);
		lesson.takeaways().forEach((takeaway) -> assertThat(html).contains(HtmlUtils.htmlEscape(takeaway, "UTF-8")));
		assertThat(lesson.furtherReading()).hasSizeGreaterThanOrEqualTo(3);
		lesson.furtherReading()
			.forEach((reading) -> assertThat(html).contains("href=\"" + HtmlUtils.htmlEscape(reading.url()) + "\""));
	}

	@Test
	void withoutJavaScriptTheTableListsEverySplitAsTheTreeGrewIt() {
		String html = page();
		TreeGrowth growth = growth();
		assertThat(growth.rows()).hasSize(6);
		assertThat(html).contains("data-interactive=\"decision-tree\"", "data-tree-splits");
		String table = html.substring(html.indexOf("data-tree-splits"),
				html.indexOf("</table>", html.indexOf("data-tree-splits")));
		String text = table.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertThat(text).contains("1 all the points: 21 points (12 wilted, 9 thrived), Gini 0.490 sunlight &lt; 3.5 "
				+ "6 points (6 wilted, 0 thrived), Gini 0.000 15 points (6 wilted, 9 thrived), Gini 0.480 0.343 0.343");
		assertThat(text).contains("2 sunlight ≥ 3.5: 15 points (6 wilted, 9 thrived), Gini 0.480 water &lt; 7.5 "
				+ "12 points (3 wilted, 9 thrived), Gini 0.375 3 points (3 wilted, 0 thrived), Gini 0.000 0.300 0.214");
		assertThat(text).contains("3 sunlight ≥ 3.5, water &lt; 7.5: 12 points (3 wilted, 9 thrived), Gini 0.375 "
				+ "water &lt; 2 2 points (2 wilted, 0 thrived), Gini 0.000 10 points (1 wilted, 9 thrived), Gini 0.180 "
				+ "0.150 0.086");
		assertThat(text).contains("6 sunlight ≥ 3.5, water &lt; 7.5, water ≥ 2, water ≥ 5.5, sunlight ≥ 6.5: 2 points");
		assertThat(text).endsWith("0.000 0.000 ");
		String start = html
			.substring(html.indexOf("data-tree-start"), html.indexOf("</p>", html.indexOf("data-tree-start")))
			.replaceAll("<[^>]+>", " ")
			.replaceAll("\\s+", " ");
		assertThat(start).contains("Before any split: 21 points (12 wilted, 9 thrived), Gini 0.490");
	}

	@Test
	void theLiveVersionGetsTheSameTreeAsJsonAndTheNodeTestsFixtureIsThatJson() throws IOException {
		String html = page();
		Matcher table = Pattern.compile("data-interactive=\"decision-tree\" data-table=\"([^\"]*)\"").matcher(html);
		assertThat(table.find()).isTrue();
		JsonNode sent = JSON.readTree(HtmlUtils.htmlUnescape(table.group(1)));
		assertThat(sent).isEqualTo(JSON.readTree(growth().json()));
		assertThat(sent.get("splits")).hasSize(6);
		assertThat(sent.get("splits").get(0).get("candidates").get(1).get("question").asString())
			.isEqualTo("water < 7.5");
		assertThat(sent.get("splits").get(0).get("candidates").get(1).get("gini").asString()).isEqualTo("0.375");
		assertThat(sent.get("points")).hasSize(21);
		if (Boolean.getBoolean("trees.fixture.write")) {
			Files.writeString(FIXTURE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sent) + "\n");
		}
		assertThat(JSON.readTree(Files.readString(FIXTURE)))
			.as("src/test/js/fixtures/seedlings-tree.json: run this test with -Dtrees.fixture.write=true to renew it")
			.isEqualTo(sent);
	}

	private TreeGrowth growth() {
		return (TreeGrowth) DataInteractives.first(this.catalogue.lesson(SLUG).orElseThrow()).fallback();
	}

	private String page() {
		MvcTestResult result = this.mvc.get().uri("/programs/ai-sprouts/lessons/" + SLUG).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
