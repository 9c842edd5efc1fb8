package io.aieducademy.catalogue;

import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Backpropagation lesson page, read and answered without JavaScript. */
@SpringBootTest
@AutoConfigureMockMvc
class LessonPageTests {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	private static final String RIGHT = "class=\"feedback__verdict\">Correct!";

	private static final String WRONG = "class=\"feedback__verdict\">Not quite. Have another go.";

	private static final String WRONG_BADGE = "class=\"badge badge--wrong\">Your answer: not this one";

	private static final String CORRECT_BADGE = "class=\"badge badge--done\">Correct answer";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Test
	void rendersEverySectionTheQuickChecksTheWorkedExampleAndTheNeighbours() {
		String html = page(LESSON, null);
		assertThat(html).contains("<h1>Backpropagation</h1>", "Lesson 6 of 16", "Intermediate", "16 min read",
				"0 of 16 lessons completed (0%)", "<progress", "Key takeaways", "Further reading",
				"Suggest an edit to this lesson");
		assertThat(html).contains("Academics", "href=\"/programs/ai-sprouts\"",
				"href=\"/programs/ai-sprouts#lessons-heading\"");
		assertThat(count(html, "<h2 id=")).as("section headings").isGreaterThanOrEqualTo(9);
		assertThat(count(html, "class=\"quick-check\"")).isEqualTo(3);
		assertThat(count(html, "<fieldset>")).isEqualTo(3);
		assertThat(html).contains("= 6", "−4", "16", "−8", "−24");
		assertThat(html).contains("AI Ethics and Bias (coming soon)")
			.doesNotContain("href=\"/programs/ai-sprouts/lessons/ai-ethics-and-bias\"")
			.contains("href=\"/programs/ai-sprouts/lessons/loss-functions-and-optimisers\"");
		assertThat(html).contains("alt=\"").contains("/images/lessons/backprop-graph");
		assertThat(html)
			.contains("/edit/main/src/main/resources/content/programs/ai-sprouts/lessons/backpropagation.md");
	}

	@Test
	void theAnswerKeyIsNotInThePageBeforeAnswering() {
		String html = page(LESSON, null);
		Lesson lesson = this.catalogue.lesson("backpropagation").orElseThrow();
		for (QuickCheck check : lesson.quickChecks()) {
			assertThat(html).doesNotContain(check.explanation());
			for (LessonBlock.Option option : check.options()) {
				if (option.hint() != null) {
					assertThat(html).doesNotContain(html(option.hint()));
				}
			}
		}
		assertThat(html).doesNotContain("is-correct", CORRECT_BADGE, RIGHT, WRONG, "is-wrong", WRONG_BADGE);
	}

	@Test
	void aWrongAnswerPostedWithoutJavaScriptSaysSoAndKeepsTheAnswerHidden() {
		QuickCheck check = check("chain-rule-local-derivatives");
		int wrong = (check.answer() + 1) % check.options().size();
		MvcTestResult post = this.mvc.post()
			.uri(LESSON + "/quick-checks/chain-rule-local-derivatives")
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
		String option = html(check.options().get(wrong).text());
		assertThat(html.indexOf(WRONG_BADGE)).as("the mark is on the chosen option")
			.isGreaterThan(html.indexOf(option))
			.isLessThan(html.indexOf(option) + option.length() + 200);
		assertThat(html).contains("Hint:</span> <span>" + html(check.options().get(wrong).hint()) + "</span>");
		for (int other = 0; other < check.options().size(); other++) {
			String hint = check.options().get(other).hint();
			if (other != wrong && hint != null) {
				assertThat(html).as("no other option's hint").doesNotContain(html(hint));
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
		assertThat(this.mvc.post().uri(LESSON + "/quick-checks/what-gradient-tells").exchange())
			.hasRedirectedUrl(LESSON + "?unanswered=what-gradient-tells#qc-what-gradient-tells");
		assertThat(page(LESSON + "?unanswered=what-gradient-tells", null)).contains("Choose one of the options first.");
		assertThat(this.mvc.post().uri(LESSON + "/quick-checks/what-gradient-tells").param("choice", "99").exchange())
			.hasRedirectedUrl(LESSON + "?unanswered=what-gradient-tells#qc-what-gradient-tells");
		assertThat(this.mvc.post().uri(LESSON + "/quick-checks/no-such-check").param("choice", "0").exchange())
			.hasStatus(404);
	}

	@Test
	void completionIsRefusedUntilEveryQuickCheckIsRightThenShowsOnTheProgramPage() {
		Lesson lesson = this.catalogue.lesson("backpropagation").orElseThrow();
		Cookie learner = answer(lesson.quickChecks().get(0), lesson.quickChecks().get(0).answer(), null);
		assertThat(this.mvc.post().uri(LESSON + "/completion").cookie(learner).exchange())
			.hasRedirectedUrl(LESSON + "?completion=refused#completion");
		assertThat(page(LESSON + "?completion=refused", learner))
			.contains("2 quick checks still need a correct answer.");

		for (QuickCheck check : lesson.quickChecks()) {
			answer(check, check.answer(), learner);
		}
		assertThat(this.mvc.post().uri(LESSON + "/completion").cookie(learner).exchange())
			.hasRedirectedUrl(LESSON + "#completion");
		assertThat(page(LESSON, learner)).contains("You have completed this lesson.", "1 of 16 lessons completed (6%)");
		String program = page("/programs/ai-sprouts", learner);
		assertThat(program).contains("1 of 16 lessons completed (6%)", "value=\"6\"", "Completed");
	}

	@Test
	void aComingSoonLessonIsNotAPage() {
		assertThat(this.mvc.get().uri("/programs/ai-sprouts/lessons/clustering").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/programs/ai-seeds/lessons/backpropagation").exchange()).hasStatus(404);
	}

	private QuickCheck check(String key) {
		return this.catalogue.lesson("backpropagation")
			.orElseThrow()
			.quickCheck("backpropagation." + key)
			.orElseThrow();
	}

	private Cookie answer(QuickCheck check, int choice, Cookie learner) {
		var request = this.mvc.post()
			.uri(LESSON + "/quick-checks/" + check.key())
			.param("choice", String.valueOf(choice));
		if (learner != null) {
			request = request.cookie(learner);
		}
		MvcTestResult result = request.exchange();
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
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Text as Thymeleaf writes it into the page: only the characters HTML needs escaped.
	 */
	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
