package io.aieducademy.browser;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lesson the catalogue can show, whatever lessons are written, at a phone's width
 * and a desktop's: the page loads with nothing in the console at warning level or above
 * (errors are the severe entries), every interactive comes alive (a live version that
 * failed is removed, and the page would keep only its static table), nothing makes the
 * page scroll sideways, and no text drawn in a lesson's figures is smaller than 12 px on
 * the screen (an SVG's text shrinks with its drawing on a phone).
 */
class EveryLessonBrowserTests extends BrowserTest {

	private static final int[] WIDTHS = { 375, 1280 };

	private static final String ALL_LIVE = """
			return [...document.querySelectorAll('figure[data-interactive]')]
			  .filter((figure) => !figure.querySelector('.interactive__live:not([hidden])'))
			  .map((figure) => figure.dataset.interactive)""";

	/**
	 * SVG text in the lesson's figures drawn under 12 px on the screen, with its size.
	 */
	private static final String SMALL_FIGURE_TEXT = """
			const small = [];
			for (const text of document.querySelectorAll('main figure svg text')) {
			  const box = text.getBoundingClientRect();
			  if (box.width === 0 || box.height === 0 || !text.textContent.trim()) continue;
			  const matrix = text.getScreenCTM();
			  const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
			  if (size < 11.95) small.push('"' + text.textContent.trim() + '" ' + size.toFixed(1) + ' px');
			}
			return small;""";

	@Autowired
	private Catalogue catalogue;

	@Test
	void everyLessonOpensAtAPhonesAndADesktopsWidthWithoutConsoleProblemsOrSidewaysScrolling(Browser browser) {
		this.browser = browser;
		List<Lesson> lessons = List.copyOf(this.catalogue.lessons().values());
		assertThat(lessons).as("the catalogue's lessons").hasSizeGreaterThanOrEqualTo(11);
		for (Lesson lesson : lessons) {
			String path = "/programs/" + lesson.programSlug() + "/lessons/" + lesson.slug();
			for (int width : WIDTHS) {
				String where = path + " at " + width + " px";
				browser.viewport(width, 900, false);
				browser.consoleProblems();
				browser.driver().get(url(path));
				browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .lesson-body")));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
					.withMessage(() -> where + ": interactives not live: " + browser.script(ALL_LIVE))
					.until((driver) -> ((List<?>) browser.script(ALL_LIVE)).isEmpty());
				assertThat(browser.consoleProblems()).as(where + ": console errors and warnings").isEmpty();
				noSidewaysScrolling(browser, "on " + where);
				assertThat((List<?>) browser.script(SMALL_FIGURE_TEXT)).as(where + ": figure text under 12 px")
					.isEmpty();
			}
		}
	}

}
