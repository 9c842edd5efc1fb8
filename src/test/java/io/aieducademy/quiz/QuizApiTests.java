package io.aieducademy.quiz;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz REST API, as a developer's client uses it. */
@SpringBootTest
@AutoConfigureMockMvc
class QuizApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Test
	void listsProgramsAndAProgramsLessons() {
		assertThat(this.mvc.get().uri("/api/programs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(15);
		MvcTestResult lessons = this.mvc.get().uri("/api/programs/ai-sprouts/lessons").exchange();
		assertThat(lessons).bodyJson().extractingPath("$[5].slug").isEqualTo("backpropagation");
		assertThat(lessons).bodyJson().extractingPath("$[5].available").isEqualTo(true);
		MvcTestResult planned = this.mvc.get().uri("/api/programs/ai-seeds/lessons").exchange();
		assertThat(planned).as("a planned lesson is listed, not available, with its coming-soon page's address")
			.bodyJson()
			.extractingPath("$[1].available")
			.isEqualTo(false);
		assertThat(planned).bodyJson()
			.extractingPath("$[1].href")
			.isEqualTo("/programs/ai-seeds/lessons/how-machines-learn");
		assertThat(this.mvc.get().uri("/api/programs/nope/lessons")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no program called 'nope'.");
	}

	@Test
	void aLessonComesWithItsQuickChecksButNeverTheirAnswers() {
		MvcTestResult result = this.mvc.get().uri("/api/lessons/backpropagation").exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.quickChecks.length()").isEqualTo(3);
		assertThat(result).bodyJson()
			.extractingPath("$.quickChecks[0].id")
			.isEqualTo("backpropagation.chain-rule-local-derivatives");
		String body = body(result);
		assertThat(body).doesNotContain("\"answer\"", "\"explanation\"", "\"correct\"");
		assertThat(body).as("no hint is sent before answering").doesNotContain("\"hint\"");
		for (QuickCheck check : lesson().quickChecks()) {
			assertThat(body).doesNotContain(check.explanation());
			for (var option : check.options()) {
				if (option.hint() != null) {
					assertThat(body).doesNotContain(option.hint());
				}
			}
		}
		assertThat(this.mvc.get().uri("/api/lessons/how-machines-learn")).as("a lesson not yet written").hasStatus(404);
	}

	@Test
	void answeringGradesRecordsAndSetsTheLearnerCookie() {
		QuickCheck check = lesson().quickChecks().get(0);
		int wrong = (check.answer() + 1) % check.options().size();
		MvcTestResult first = answer(check.id(), "{\"choice\": " + wrong + "}", null);
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.correct").isEqualTo(false);
		assertThat(body(first)).as("a wrong answer does not give the right one away")
			.doesNotContain(check.explanation());
		assertThat(first).bodyJson()
			.extractingPath("$.hint")
			.as("the hint written for the wrong option chosen")
			.isEqualTo(check.options().get(wrong).hint());
		assertThat(check.options().get(wrong).hint()).isNotBlank();
		for (int other = 0; other < check.options().size(); other++) {
			String hint = check.options().get(other).hint();
			if (other != wrong && hint != null) {
				assertThat(body(first)).as("no other option's hint").doesNotContain(hint);
			}
		}
		Cookie learner = first.getResponse().getCookie("aie_learner");
		assertThat(learner).isNotNull();
		assertThat(learner.isHttpOnly()).isTrue();

		MvcTestResult second = answer(check.id(), "{\"choice\": " + check.answer() + "}", learner);
		assertThat(second).bodyJson().extractingPath("$.correct").isEqualTo(true);
		assertThat(second).bodyJson().extractingPath("$.explanation").isEqualTo(check.explanation());
		assertThat(second).bodyJson().extractingPath("$.hint").as("a right answer needs no hint").isNull();
		assertThat(second.getResponse().getCookie("aie_learner")).as("an existing learner keeps their cookie").isNull();
	}

	@Test
	void badAnswersAreProblemsWithASentence() {
		String id = lesson().quickChecks().get(0).id();
		assertProblem(answer("backpropagation.nope", "{\"choice\": 0}", null), 404,
				"There is no quick check with the id 'backpropagation.nope'.");
		assertProblem(answer(id, "{\"choice\": 7}", null), 400,
				"The choice 7 is not one of the options: choose from 0 to 3.");
		assertProblem(answer(id, "{\"choice\": -1}", null), 400,
				"The choice -1 is not one of the options: choose from 0 to 3.");
		assertProblem(answer(id, "{}", null), 400, "The answer has no choice. Send the answer as JSON, "
				+ "for example {\"choice\": 2}, where choice is the index of an option counted from 0.");
		assertProblem(answer(id, "{\"choice\": \"two\"}", null), 400, null);
		assertProblem(answer(id, "{\"choice\": 1.5}", null), 400, null);
		assertProblem(answer(id, "{\"choice\": \"1\"}", null), 400, null);
		assertProblem(answer(id, "not json", null), 400, null);
		assertThat(this.mvc.post()
			.uri("/api/quick-checks/" + id + "/answers")
			.contentType(MediaType.TEXT_PLAIN)
			.content("2")).hasStatus(415);
		// The 415 is refused by a filter before any controller; its problem body is
		// written
		// by the error page, which a MockMvc test does not reach: OneErrorFormatTests
		// checks
		// it on a real server.
	}

	@Test
	void completionIsRefusedWithAConflictUntilEveryQuickCheckIsRightThenProgressShowsIt() {
		Lesson lesson = lesson();
		QuickCheck first = lesson.quickChecks().get(0);
		Cookie learner = answer(first.id(), "{\"choice\": " + first.answer() + "}", null).getResponse()
			.getCookie("aie_learner");
		MvcTestResult refused = complete(learner);
		assertProblem(refused, 409, "Answer every quick check of this lesson correctly before completing it: "
				+ "2 of 3 still need a correct answer.");
		assertThat(refused).bodyJson().extractingPath("$.openQuickChecks.length()").isEqualTo(2);

		for (QuickCheck check : lesson.quickChecks()) {
			answer(check.id(), "{\"choice\": " + check.answer() + "}", learner);
		}
		MvcTestResult completed = complete(learner);
		int available = this.catalogue.requireProgram("ai-sprouts").availableCount();
		assertThat(completed).hasStatusOk().bodyJson().extractingPath("$.progress.percent").isEqualTo(100 / available);
		assertThat(completed).bodyJson().extractingPath("$.progress.completed").isEqualTo(1);
		assertThat(completed).bodyJson()
			.as("progress counts only the lessons a learner can read")
			.extractingPath("$.progress.total")
			.isEqualTo(available);

		MvcTestResult progress = this.mvc.get().uri("/api/progress").cookie(learner).exchange();
		assertThat(progress).bodyJson().extractingPath("$.programs[0].program").isEqualTo("ai-sprouts");
		assertThat(progress).bodyJson().extractingPath("$.programs[0].completed").isEqualTo(1);
		assertThat(progress).bodyJson().extractingPath("$.programs[0].total").isEqualTo(available);
		assertThat(progress).bodyJson().extractingPath("$.programs[0].percent").isEqualTo(100 / available);
		assertThat(progress).bodyJson()
			.as("a program with only planned lessons has no progress to show")
			.extractingPath("$.programs.length()")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/progress")).bodyJson()
			.as("a new learner has no progress")
			.extractingPath("$.programs[0].completed")
			.isEqualTo(0);
	}

	@Test
	void unknownAddressesAndMethodsUnderTheApiAreProblemsToo() {
		assertThat(this.mvc.get().uri("/api/no-such-thing")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("There is nothing at /api/no-such-thing.");
		assertThat(this.mvc.delete().uri("/api/programs")).hasStatus(405)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Allow", "GET");
		MvcTestResult page = this.mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).as("pages are left to the site's own 404 page").hasStatus(404);
		assertThat(page.getResponse().getContentType()).isNull();
	}

	@Test
	void aLearnerCanFinishTheWholeAiSproutsProgramAndSeesSixteenOfSixteen() throws Exception {
		var program = this.catalogue.program("ai-sprouts").orElseThrow();
		assertThat(program.availableLessonSlugs()).as("every lesson of AI Sprouts can be read").hasSize(16);
		Cookie learner = null;
		for (String slug : program.availableLessonSlugs()) {
			Lesson lesson = this.catalogue.lesson(slug).orElseThrow();
			assertThat(lesson.quickChecks()).as(slug).hasSize(3);
			for (QuickCheck check : lesson.quickChecks()) {
				MvcTestResult answered = answer(check.id(), "{\"choice\": " + check.answer() + "}", learner);
				assertThat(answered).as(check.id())
					.hasStatusOk()
					.bodyJson()
					.extractingPath("$.correct")
					.isEqualTo(true);
				if (learner == null) {
					learner = answered.getResponse().getCookie("aie_learner");
				}
			}
			assertThat(this.mvc.post().uri("/api/lessons/" + slug + "/completion").cookie(learner).exchange())
				.as(slug + " completed")
				.hasStatusOk();
		}
		String page = this.mvc.get()
			.uri("/programs/ai-sprouts")
			.cookie(learner)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("16 of 16 available lessons completed (100%)");
	}

	private Lesson lesson() {
		return this.catalogue.lesson("backpropagation").orElseThrow();
	}

	private MvcTestResult answer(String id, String json, Cookie learner) {
		var request = this.mvc.post()
			.uri("/api/quick-checks/" + id + "/answers")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		return (learner != null) ? request.cookie(learner).exchange() : request.exchange();
	}

	private MvcTestResult complete(Cookie learner) {
		return this.mvc.post().uri("/api/lessons/backpropagation/completion").cookie(learner).exchange();
	}

	private void assertProblem(MvcTestResult result, int status, String detail) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(result)).doesNotContain("Exception", "at io.", "at org.");
		if (detail != null) {
			assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
		}
		else {
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.startsWith("The request body could not");
		}
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
