package io.aieducademy.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a learner's browser loads for each lesson stays within the lesson page's budget:
 * the page, its stylesheet and every script module it imports, the ones it loads only for
 * its own interactives included, as Chromium itself counts them once the page has settled
 * (uncompressed sizes, from the Resource Timing API). Pictures and the API's answers are
 * not counted, as in the budget's first measure.
 */
class LessonWeightBrowserTests extends BrowserTest {

	/** The lesson page's budget, uncompressed (README, Performance). */
	static final long BUDGET = 200 * 1024;

	@Autowired
	private Catalogue catalogue;

	@Test
	void everyLessonLoadsNoMoreThanItsBudget(Browser browser) {
		browser.viewport(1280, 900, false);
		List<String> over = new ArrayList<>();
		List<String> weighed = new ArrayList<>();
		for (Lesson lesson : this.catalogue.lessons().values()) {
			String path = "/programs/" + lesson.programSlug() + "/lessons/" + lesson.slug();
			open(browser, path, "main h1");
			long weight = settledWeight(browser);
			weighed.add(lesson.slug() + " " + weight);
			if (weight >= BUDGET) {
				over.add(lesson.slug() + ": " + weight + " bytes");
			}
		}
		assertThat(weighed).as("lessons weighed").hasSizeGreaterThanOrEqualTo(9);
		assertThat(over).as("lessons over " + BUDGET + " bytes of HTML, CSS and JavaScript").isEmpty();
	}

	/**
	 * The page's own bytes and those of every resource it loaded, once no new resource
	 * has appeared for half a second (the interactives import their modules after the
	 * page loads).
	 */
	private static long settledWeight(Browser browser) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long count = -1;
		long stableSince = System.nanoTime();
		while (System.nanoTime() < deadline) {
			long now = ((Number) browser.script("return performance.getEntriesByType('resource').length")).longValue();
			if (now != count) {
				count = now;
				stableSince = System.nanoTime();
			}
			else if (System.nanoTime() - stableSince > Duration.ofMillis(500).toNanos()) {
				break;
			}
			sleep();
		}
		return ((Number) browser
			.script("""
					const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
					return entries.filter((e) => e.name.startsWith(location.origin))
					  .filter((e) => e.entryType === 'navigation'
					   || ['.css', '.js'].some((type) => new URL(e.name).pathname.endsWith(type)))
					  .reduce((sum, e) => sum + e.decodedBodySize, 0);
					"""))
			.longValue();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
