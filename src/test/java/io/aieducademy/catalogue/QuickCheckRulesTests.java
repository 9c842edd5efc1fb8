package io.aieducademy.catalogue;

import io.aieducademy.catalogue.LessonBlock.Option;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teaching rules for every quick check of every published lesson: exactly one right
 * option, an explanation, and a hint for each wrong option that points back to an idea
 * without giving the right option away. The parser checks what makes a file unreadable;
 * this checks what makes a quick check teach.
 */
class QuickCheckRulesTests {

	private final Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(),
			"classpath:content/")
		.load();

	@Test
	void everyQuickCheckHasOneRightOptionAnExplanationAndAHintForEachWrongOption() {
		assertThat(this.catalogue.lessons()).hasSizeGreaterThanOrEqualTo(5);
		for (Lesson lesson : this.catalogue.lessons().values()) {
			assertThat(lesson.quickChecks()).as(lesson.slug() + ": quick checks").hasSizeGreaterThanOrEqualTo(3);
			for (QuickCheck check : lesson.quickChecks()) {
				String name = check.id();
				assertThat(check.explanation()).as(name + ": explanation").isNotBlank();
				long right = check.options().stream().filter((option) -> option.hint() == null).count();
				assertThat(right).as(name + ": options without a hint, which must be exactly the right one")
					.isEqualTo(1);
				assertThat(check.options().get(check.answer()).hint()).as(name + ": the right option has no hint")
					.isNull();
				String rightText = check.options().get(check.answer()).text().toLowerCase(Locale.ROOT);
				for (Option option : check.options()) {
					if (option.hint() != null) {
						assertThat(option.hint()).as(name + ": hint for '" + option.text() + "'").isNotBlank();
						assertThat(option.hint().toLowerCase(Locale.ROOT))
							.as(name + ": the hint never gives the right option away")
							.doesNotContain(rightText);
					}
				}
			}
		}
	}

}
