package io.aieducademy.catalogue;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The lesson page renders the blocks that are the same for every learner once and inserts
 * them afterwards: a page built from the kept blocks is the page rendered afresh, for a
 * learner without progress and for one with progress and feedback, whichever of them came
 * first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LessonBlocksTests {

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private LessonBlocks blocks;

	@MockitoSpyBean
	private ThymeleafViewResolver views;

	@BeforeEach
	void renderAfresh() {
		this.blocks.forget();
	}

	@Test
	void aPageFromTheKeptBlocksIsThePageRenderedAfreshForEveryLearner() throws Exception {
		Cookie learner = LearnerWithProgress.cookie(this.mvc, this.catalogue);
		String withProgress = LESSON + "?answered=chain-rule-local-derivatives";

		// the learner with progress comes first and the blocks are kept from their page
		String freshWithProgress = page(withProgress, learner);
		assertThat(this.blocks.kept()).isEqualTo(1);
		verify(this.views, atLeastOnce()).resolveViewName(startsWith("lessons/blocks"), any());
		clearInvocations(this.views);
		String keptWithout = page(LESSON, null);
		String keptWithProgress = page(withProgress, learner);
		verify(this.views, never()).resolveViewName(startsWith("lessons/blocks"), any());

		this.blocks.forget();
		String freshWithout = page(LESSON, null);
		assertThat(keptWithout).isEqualTo(freshWithout);
		assertThat(keptWithProgress).isEqualTo(freshWithProgress);
		this.blocks.forget();
		assertThat(page(withProgress, learner)).isEqualTo(freshWithProgress);

		assertThat(freshWithProgress).as("the learner's own feedback is on their page")
			.contains("class=\"badge badge--done\">Correct answer", "class=\"feedback__verdict\">Correct!");
		assertThat(freshWithout).doesNotContain("badge--done", "feedback__verdict");
		assertThat(freshWithout).as("the kept blocks are in the page: prose, figure and interactive")
			.contains("<figure class=\"figure\">", "<figure class=\"interactive\" data-interactive=",
					"<th scope=\"col\">Gradient</th>")
			.containsPattern("src=\"/images/lessons/backprop-graph-[0-9a-f]{32}\\.svg\"");
	}

	@Test
	void eachLessonsBlocksAreKeptOnceForEveryPageOfIt() throws Exception {
		for (Lesson lesson : this.catalogue.lessons().values()) {
			page(address(lesson), null);
		}
		assertThat(this.blocks.kept()).isEqualTo(this.catalogue.lessons().size());
		clearInvocations(this.views);
		for (Lesson lesson : this.catalogue.lessons().values()) {
			page(address(lesson), null);
		}
		verify(this.views, never()).resolveViewName(startsWith("lessons/blocks"), any());
	}

	private String address(Lesson lesson) {
		Program program = this.catalogue.programs()
			.stream()
			.filter((candidate) -> candidate.lessons()
				.stream()
				.anyMatch((entry) -> lesson.slug().equals(entry.slug()) && entry.lesson() != null))
			.findFirst()
			.orElseThrow();
		return "/programs/" + program.slug() + "/lessons/" + lesson.slug();
	}

	/** The page, without its forms' CSRF token, which is new on every render. */
	private String page(String uri, @Nullable Cookie learner) {
		return PageHtml.withoutFormToken(PageHtml.of(this.mvc, uri, learner));
	}

}
