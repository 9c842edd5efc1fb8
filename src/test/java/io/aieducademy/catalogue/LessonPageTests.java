package io.aieducademy.catalogue;

import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson pages, read and answered without JavaScript, and the coming-soon pages.
 * Every form post carries the form token the page gave, as a browser's would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LessonPageTests {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	private static final String RIGHT = "class=\"feedback__verdict\">Correct!";

	private static final String WRONG = "class=\"feedback__verdict\">Not quite. Have another go.";

	private static final String WRONG_BADGE = "class=\"badge badge--wrong\">Your answer: not this one";

	private static final String CORRECT_BADGE = "class=\"badge badge--done\">Correct answer";

	private static final Pattern HIDDEN_TOKEN = Pattern
		.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Test
	void rendersEverySectionTheQuickChecksTheWorkedExampleAndTheNeighbours() {
		String html = page(LESSON, null);
		assertThat(html).contains("<h1>Backpropagation</h1>", "Lesson 6 of 16", "Intermediate", "16 min read",
				"0 of " + available() + " available lessons completed (0%)", "<progress", "Key takeaways",
				"Further reading", "Suggest an edit to this lesson");
		assertThat(html).as("the breadcrumb names each page as the page names itself")
			.contains("<li><a href=\"/programs\">Programs</a></li>",
					"<li><a href=\"/programs/ai-sprouts\">AI Sprouts</a></li>")
			.doesNotContain("Academics", "#lessons-heading");
		assertThat(count(html, "<h2 id=")).as("section headings").isGreaterThanOrEqualTo(9);
		assertThat(count(html, "class=\"quick-check\"")).isEqualTo(3);
		assertThat(count(html, "<fieldset>")).isEqualTo(3);
		assertThat(html).contains("= 6", "−4", "16", "−8", "−24");
		assertThat(html).as("both neighbours are pages, written or coming soon")
			.contains("href=\"/programs/ai-sprouts/lessons/ai-ethics-and-bias\"",
					"href=\"/programs/ai-sprouts/lessons/loss-functions-and-optimisers\"",
					">Loss Functions and Optimisers</a>");
		assertThat(html).contains("alt=\"").contains("/images/lessons/backprop-graph");
		assertThat(html)
			.contains("/edit/main/src/main/resources/content/programs/ai-sprouts/lessons/backpropagation.md");
	}

	@Test
	void theAnswerKeyOfNoLessonIsInItsPageBeforeAnswering() {
		assertThat(this.catalogue.lessons()).as("lessons checked").hasSizeGreaterThanOrEqualTo(2);
		for (Lesson lesson : this.catalogue.lessons().values()) {
			String html = page(address(lesson), null);
			for (QuickCheck check : lesson.quickChecks()) {
				assertThat(html).as(lesson.slug()).doesNotContain(check.explanation());
				for (LessonBlock.Option option : check.options()) {
					if (option.hint() != null) {
						assertThat(html).as(lesson.slug()).doesNotContain(escape(option.hint()));
					}
				}
			}
			assertThat(html).as(lesson.slug())
				.doesNotContain("is-correct", CORRECT_BADGE, RIGHT, WRONG, "is-wrong", WRONG_BADGE);
		}
	}

	@Test
	void everyLessonPageRendersAllItsSectionsQuickChecksFiguresTakeawaysAndReading() {
		for (Lesson lesson : this.catalogue.lessons().values()) {
			String html = page(address(lesson), null);
			String name = lesson.slug();
			assertThat(html).as(name).contains("<h1>" + escape(lesson.title()) + "</h1>");
			int sections = 0;
			for (LessonBlock block : lesson.blocks()) {
				if (block instanceof LessonBlock.Prose prose) {
					Matcher heading = Pattern.compile("<h2 id=\"[^\"]+\">").matcher(prose.html());
					while (heading.find()) {
						assertThat(html).as(name + " section").contains(heading.group());
						sections++;
					}
				}
				else if (block instanceof LessonBlock.Figure figure) {
					String stem = figure.src().substring(0, figure.src().lastIndexOf('.'));
					assertThat(html).as(name + " figure, under its content-hashed address")
						.contains("src=\"" + stem, "alt=\"" + escape(figure.alt()) + "\"");
				}
				else if (block instanceof LessonBlock.Aside aside) {
					assertThat(html).as(name + " aside").contains("aside--" + aside.kind());
				}
			}
			assertThat(sections).as(name + ": sections").isGreaterThanOrEqualTo(5);
			assertThat(count(html, "class=\"quick-check\"")).as(name + ": quick checks")
				.isEqualTo(lesson.quickChecks().size())
				.isGreaterThanOrEqualTo(3);
			for (QuickCheck check : lesson.quickChecks()) {
				assertThat(html).as(name).contains("id=\"" + "qc-" + check.key() + "\"");
				assertThat(html).as(name).contains(escape(check.question()));
			}
			assertThat(html).as(name).contains("aside--fun-fact", "aside--think", "Key takeaways", "Further reading");
			for (String takeaway : lesson.takeaways()) {
				assertThat(html).as(name).contains(escape(takeaway));
			}
			for (Reading reading : lesson.furtherReading()) {
				assertThat(html).as(name).contains("href=\"" + escape(reading.url()) + "\"");
			}
		}
	}

	/**
	 * The stylesheet of the lessons' own figures is linked by exactly the pages whose
	 * server-drawn HTML uses one of its classes, so no figure goes without its rules and
	 * no other lesson (the Backpropagation lesson, on the edge of its weight budget)
	 * loads them.
	 */
	@Test
	void aLessonPageLinksTheFiguresStylesheetExactlyWhenItsHtmlUsesItsClasses() throws IOException {
		// its own classes: not those it only builds on (.interactive--language
		// .lab-field)
		Set<String> figureClasses = classesOf("static/css/lesson-figures.css");
		figureClasses.removeAll(classesOf("static/css/site.css"));
		assertThat(figureClasses).contains("token-chip", "tree-table", "loss-chart", "k-means__stage", "fit__plot",
				"confusion__matrix");
		Pattern link = Pattern.compile("<link rel=\"stylesheet\" href=\"/css/lesson-figures-[0-9a-f]{32}\\.css\">");
		Pattern classAttribute = Pattern.compile(" class=\"([^\"]*)\"");
		List<String> linking = new ArrayList<>();
		for (Lesson lesson : this.catalogue.lessons().values()) {
			String html = page(address(lesson), null);
			Set<String> used = new TreeSet<>();
			Matcher attribute = classAttribute.matcher(html);
			while (attribute.find()) {
				used.addAll(Arrays.asList(attribute.group(1).trim().split("\\s+")));
			}
			used.retainAll(figureClasses);
			boolean linked = link.matcher(html).find();
			// the reverse does not hold: some figures take the classes only when their
			// script
			// draws them (the confusion matrix of lesson 10), so the list below names
			// them
			assertThat(linked || used.isEmpty()).as(lesson.slug() + " uses " + used + " without lesson-figures.css")
				.isTrue();
			if (linked) {
				linking.add(lesson.slug());
			}
		}
		assertThat(linking)
			.contains("loss-functions-and-optimisers", "tokenisation", "embeddings-and-vector-databases",
					"evaluation-metrics", "understanding-large-language-models", "overfitting-and-underfitting",
					"decision-trees", "clustering")
			.doesNotContain("backpropagation");
	}

	@Test
	void aWrongAnswerPostedWithoutJavaScriptSaysSoAndKeepsTheAnswerHidden() {
		QuickCheck check = check("chain-rule-local-derivatives");
		int wrong = (check.answer() + 1) % check.options().size();
		MvcTestResult post = formPost(LESSON + "/quick-checks/chain-rule-local-derivatives", null)
			.param("choice", String.valueOf(wrong))
			.exchange();
		assertThat(post).hasStatus3xxRedirection()
			.hasRedirectedUrl(LESSON + "?answered=chain-rule-local-derivatives#qc-chain-rule-local-derivatives");
		Cookie learner = post.getResponse().getCookie("aie_learner");
		assertThat(learner).isNotNull();
		assertThat(post.getResponse().getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");

		String html = page(LESSON + "?answered=chain-rule-local-derivatives", learner);
		assertThat(html).contains(WRONG).doesNotContain(check.explanation(), "is-correct", CORRECT_BADGE);
		assertThat(count(html, "is-wrong")).as("the chosen option, and only it, is marked wrong").isOne();
		assertThat(count(html, WRONG_BADGE)).as("by words as well as colour").isOne();
		String option = escape(check.options().get(wrong).text());
		assertThat(html.indexOf(WRONG_BADGE)).as("the mark is on the chosen option")
			.isGreaterThan(html.indexOf(option))
			.isLessThan(html.indexOf(option) + option.length() + 200);
		assertThat(html).contains("Hint:</span> <span>" + escape(check.options().get(wrong).hint()) + "</span>");
		for (int other = 0; other < check.options().size(); other++) {
			String hint = check.options().get(other).hint();
			if (other != wrong && hint != null) {
				assertThat(html).as("no other option's hint").doesNotContain(escape(hint));
			}
		}
	}

	@Test
	void aRightAnswerRevealsTheExplanationAndMarksTheOption() {
		QuickCheck check = check("what-gradient-tells");
		Cookie learner = answer(check, check.answer(), null);
		String html = page(LESSON + "?answered=what-gradient-tells", learner);
		assertThat(html).contains(RIGHT, check.explanation(), "is-correct", CORRECT_BADGE)
			.doesNotContain("is-wrong", WRONG_BADGE, "Hint:");
		assertThat(page(LESSON, learner)).as("remembered on a later visit")
			.contains("You have already answered this one correctly.");
	}

	@Test
	void feedbackComesFromTheLearnersOwnAnswerNotFromTheUrl() {
		String html = page(LESSON + "?answered=what-gradient-tells", null);
		assertThat(html).doesNotContain(RIGHT, WRONG, "is-correct", CORRECT_BADGE);
	}

	@Test
	void postingWithoutAChoiceAsksForOne() {
		assertThat(formPost(LESSON + "/quick-checks/what-gradient-tells", null).exchange())
			.hasRedirectedUrl(LESSON + "?unanswered=what-gradient-tells#qc-what-gradient-tells");
		assertThat(page(LESSON + "?unanswered=what-gradient-tells", null)).contains("Choose one of the options first.");
		assertThat(formPost(LESSON + "/quick-checks/what-gradient-tells", null).param("choice", "99").exchange())
			.hasRedirectedUrl(LESSON + "?unanswered=what-gradient-tells#qc-what-gradient-tells");
		assertThat(formPost(LESSON + "/quick-checks/no-such-check", null).param("choice", "0").exchange())
			.hasStatus(404);
	}

	@Test
	void completionIsRefusedUntilEveryQuickCheckIsRightThenShowsOnTheProgramPage() {
		Lesson lesson = this.catalogue.lesson("backpropagation").orElseThrow();
		Cookie learner = answer(lesson.quickChecks().get(0), lesson.quickChecks().get(0).answer(), null);
		assertThat(formPost(LESSON + "/completion", learner).exchange())
			.hasRedirectedUrl(LESSON + "?completion=refused#completion");
		assertThat(page(LESSON + "?completion=refused", learner))
			.contains("2 quick checks still need a correct answer.");

		for (QuickCheck check : lesson.quickChecks()) {
			answer(check, check.answer(), learner);
		}
		assertThat(formPost(LESSON + "/completion", learner).exchange()).hasRedirectedUrl(LESSON + "#completion");
		int percent = 100 / available();
		String summary = "1 of " + available() + " available lessons completed (" + percent + "%)";
		assertThat(page(LESSON, learner)).contains("You have completed this lesson.", summary);
		String program = page("/programs/ai-sprouts", learner);
		assertThat(program).contains(summary, "value=\"" + percent + "\"", "Completed");
	}

	@Test
	void everyFormCarriesATokenFromACookieAndNoReaderGetsASession() {
		MvcTestResult result = this.mvc.get().uri(LESSON).exchange();
		String html = content(result);
		assertThat(count(html, "name=\"_csrf\"")).as("three quick checks and the completion form").isEqualTo(4);
		Cookie token = result.getResponse().getCookie("XSRF-TOKEN");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("the only cookie").hasSize(1);
		assertThat(token).isNotNull();
		assertThat(token.isHttpOnly()).isTrue();
		assertThat(token.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(token.getPath()).isEqualTo("/");
		assertThat(result.getRequest().getSession(false)).as("server session").isNull();

		MvcTestResult post = formPost(LESSON + "/completion", null).exchange();
		assertThat(post).hasStatus3xxRedirection();
		assertThat(post.getRequest().getSession(false)).as("server session").isNull();
	}

	@Test
	void aFormPostWithoutItsTokenOrWithAForgedOneIsRefusedAndRecordsNothing() {
		QuickCheck check = check("what-gradient-tells");
		Cookie learner = answer(check("chain-rule-local-derivatives"), 0, null);
		FormToken token = formToken();
		for (MockMvcRequestBuilder request : new MockMvcRequestBuilder[] {
				this.mvc.post().uri(LESSON + "/quick-checks/what-gradient-tells"),
				this.mvc.post().uri(LESSON + "/quick-checks/what-gradient-tells").cookie(token.cookie()),
				this.mvc.post().uri(LESSON + "/quick-checks/what-gradient-tells").param("_csrf", token.value()),
				this.mvc.post()
					.uri(LESSON + "/quick-checks/what-gradient-tells")
					.cookie(token.cookie())
					.param("_csrf", "forged") }) {
			MvcTestResult refused = request.cookie(learner).param("choice", String.valueOf(check.answer())).exchange();
			assertThat(refused).hasStatus(403);
			assertThat(refused.getResponse().getCookie("aie_learner")).isNull();
		}
		assertThat(page(LESSON, learner)).doesNotContain("You have already answered this one correctly.");
		assertThat(this.mvc.post().uri(LESSON + "/completion").cookie(learner).exchange()).hasStatus(403);
	}

	void progressCountsOnlyTheLessonsThatCanBeRead() {
		Program sprouts = this.catalogue.requireProgram("ai-sprouts");
		assertThat(sprouts.availableLessonSlugs()).as("exactly the lessons with a published file")
			.containsExactlyElementsOf(sprouts.lessons()
				.stream()
				.filter((entry) -> this.catalogue.lesson(entry.slug()).isPresent())
				.map(LessonEntry::slug)
				.toList())
			.contains("backpropagation", "loss-functions-and-optimisers");
		String list = page("/programs", null);
		assertThat(list).contains(available() + " of 16 lessons available", "3 lessons planned, none to read yet");
	}

	@Test
	void aLessonNotYetWrittenHasItsOwnComingSoonPage() {
		String html = page("/programs/ai-seeds/lessons/how-machines-learn", null);
		assertThat(html).contains("<title>How Machines Learn (coming soon) | AI Seeds | AI Educademy</title>",
				"<h1>How Machines Learn</h1>", "Lesson 2 of 3", "Coming soon", "We are still writing this lesson.",
				"None of the lessons in this program is ready yet");
		assertThat(html).as("breadcrumb")
			.contains("<li><a href=\"/programs\">Programs</a></li>",
					"<li><a href=\"/programs/ai-seeds\">AI Seeds</a></li>");
		assertThat(html).as("its neighbours, coming soon too, are pages a learner can open")
			.contains("href=\"/programs/ai-seeds/lessons/what-is-artificial-intelligence\"",
					"What is Artificial Intelligence? (coming soon)",
					"href=\"/programs/ai-seeds/lessons/your-first-ai-model\"", "Your First AI Model (coming soon)");
		assertThat(html).doesNotContain("quick-check", "data-completion", "<progress");

		String program = page("/programs/ai-seeds", null);
		assertThat(program).as("the program lists its planned titles, each linking to its coming-soon page")
			.contains(">What is Artificial Intelligence?</a>", ">How Machines Learn</a>", ">Your First AI Model</a>")
			.doesNotContain("<progress", "This program has no lessons yet");
		assertThat(count(program, "class=\"badge badge--quiet\">Coming soon")).isEqualTo(3);
	}

	@Test
	void aComingSoonPageListsTheLessonsThatCanBeReadNow() {
		// every AI Sprouts lesson is written, so a planned lesson of AI Seeds, which has
		// none to read yet
		LessonEntry planned = this.catalogue.requireProgram("ai-seeds")
			.lessons()
			.stream()
			.filter((entry) -> !entry.available())
			.findFirst()
			.orElseThrow();
		String html = page("/programs/ai-seeds/lessons/" + planned.slug(), null);
		assertThat(html).contains(
				"Lesson " + planned.number() + " of " + this.catalogue.requireProgram("ai-seeds").lessons().size(),
				"Lessons of AI Seeds you can read now",
				"None of the lessons in this program is ready yet; check back soon.");
	}

	@Test
	void anUnknownLessonOrOneOfAnotherProgramIsNotFound() {
		assertThat(this.mvc.get().uri("/programs/ai-sprouts/lessons/no-such-lesson").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/programs/ai-seeds/lessons/backpropagation").exchange()).hasStatus(404);
	}

	/** As Thymeleaf writes text in UTF-8: only the five markup characters escaped. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String address(Lesson lesson) {
		return "/programs/" + lesson.programSlug() + "/lessons/" + lesson.slug();
	}

	private int available() {
		return this.catalogue.requireProgram("ai-sprouts").availableCount();
	}

	private QuickCheck check(String key) {
		return this.catalogue.lesson("backpropagation")
			.orElseThrow()
			.quickCheck("backpropagation." + key)
			.orElseThrow();
	}

	private Cookie answer(QuickCheck check, int choice, Cookie learner) {
		MvcTestResult result = formPost(LESSON + "/quick-checks/" + check.key(), learner)
			.param("choice", String.valueOf(choice))
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return (learner != null) ? learner : result.getResponse().getCookie("aie_learner");
	}

	private String page(String uri, Cookie learner) {
		var request = this.mvc.get().uri(uri);
		if (learner != null) {
			request = request.cookie(learner);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return content(result);
	}

	/**
	 * A form post as the lesson page's forms send it: with the page's token and its
	 * cookie.
	 */
	private MockMvcRequestBuilder formPost(String uri, Cookie learner) {
		FormToken token = formToken();
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).cookie(token.cookie()).param("_csrf", token.value());
		return (learner != null) ? request.cookie(learner) : request;
	}

	private FormToken formToken() {
		MvcTestResult result = this.mvc.get().uri(LESSON).exchange();
		Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		Matcher hidden = HIDDEN_TOKEN.matcher(content(result));
		assertThat(hidden.find()).as("the page's hidden token field").isTrue();
		return new FormToken(cookie, hidden.group(1));
	}

	private static String content(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The token cookie a lesson page sets and the token its forms carry. */
	private record FormToken(Cookie cookie, String value) {
	}

	/** The class names a stylesheet's selectors name, outside its comments. */
	private static Set<String> classesOf(String stylesheet) throws IOException {
		String css = new ClassPathResource(stylesheet).getContentAsString(StandardCharsets.UTF_8);
		Set<String> classes = new TreeSet<>();
		Matcher selector = Pattern.compile("\\.([a-z][a-z0-9_-]*)").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
		while (selector.find()) {
			classes.add(selector.group(1));
		}
		return classes;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
