package io.aieducademy.catalogue;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner with progress, for the lesson page's tests: one who answered a quick check of
 * the Backpropagation lesson right through the API, known by the cookie it set.
 */
final class LearnerWithProgress {

	private static final String CHECK = "backpropagation.chain-rule-local-derivatives";

	private LearnerWithProgress() {
	}

	static Cookie cookie(MockMvcTester mvc, Catalogue catalogue) {
		int right = catalogue.lesson("backpropagation")
			.orElseThrow()
			.quickChecks()
			.stream()
			.filter((check) -> check.id().equals(CHECK))
			.findFirst()
			.orElseThrow()
			.answer();
		MvcTestResult post = mvc.post()
			.uri("/api/quick-checks/" + CHECK + "/answers")
			.contentType("application/json")
			.content("{\"choice\": " + right + "}")
			.exchange();
		assertThat(post).hasStatusOk();
		Cookie learner = post.getResponse().getCookie("aie_learner");
		assertThat(learner).isNotNull();
		return learner;
	}

}
