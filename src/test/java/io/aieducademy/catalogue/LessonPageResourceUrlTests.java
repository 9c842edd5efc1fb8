package io.aieducademy.catalogue;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The lesson page works out the versioned URLs of its static files and the paths of its
 * links once, not on every request: resolving them searched the class path's jars and was
 * most of the page's time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LessonPageResourceUrlTests {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@MockitoSpyBean
	private ResourceUrlProvider resources;

	@Test
	void aLessonPageResolvesNoResourceUrlOnceItsPathsAreKnown() {
		String first = page(LESSON, null);
		verify(this.resources, atLeastOnce()).getForLookupPath(anyString());
		Cookie learner = LearnerWithProgress.cookie(this.mvc, this.catalogue);
		String withProgress = page(LESSON, learner);
		page("/programs/ai-sprouts", null);

		clearInvocations(this.resources);
		for (int i = 0; i < 3; i++) {
			assertThat(withoutFormToken(page(LESSON, null))).isEqualTo(withoutFormToken(first));
			assertThat(withoutFormToken(page(LESSON, learner))).isEqualTo(withoutFormToken(withProgress));
			page("/programs/ai-sprouts", learner);
		}
		verify(this.resources, never()).getForLookupPath(anyString());
		assertThat(withProgress).contains("class=\"badge badge--done\">Correct answer");
	}

	@Test
	void theRememberedUrlsAreStillTheVersionedOnes() {
		for (int i = 0; i < 2; i++) {
			String html = page(LESSON, null);
			assertThat(html).containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"")
				.containsPattern("src=\"/images/logo-[0-9a-f]{32}\\.svg\"")
				.containsPattern("src=\"/images/lessons/backprop-graph-[0-9a-f]{32}\\.svg\"")
				.containsPattern("src=\"/[^/\"]+/js/quick-checks\\.js\"")
				.contains("href=\"/programs/ai-sprouts\"", "href=\"/about\"",
						"href=\"/programs/ai-sprouts/lessons/loss-functions-and-optimisers\"");
		}
	}

	/** The page without its forms' CSRF token, which it must have. */
	private static String withoutFormToken(String html) {
		String masked = PageHtml.withoutFormToken(html);
		assertThat(masked).as("the page has forms with a token").isNotEqualTo(html);
		return masked;
	}

	private String page(String uri, @Nullable Cookie learner) {
		return PageHtml.of(this.mvc, uri, learner);
	}

}
