package io.aieducademy.catalogue;

import io.aieducademy.language.LanguageModels;
import io.aieducademy.language.LanguageProperties;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What a lesson page derives from the lesson beyond its text: the link to suggest an
 * edit, and the engine's results behind each interactive's static fallback. The results
 * are worked out once, at start-up, so a lesson whose interactive program the engine
 * cannot run stops the application there rather than reaching a learner.
 */
@Component
class LessonPageSupport {

	private final EditLinkProperties site;

	private final Map<String, Map<String, InteractiveFallback>> fallbacks = new HashMap<>();

	private final Map<String, Map<String, LanguageDemoFallback>> languageFallbacks = new HashMap<>();

	private final Map<String, Map<String, CurveFitFallback>> curveFits = new HashMap<>();

	private final int maxTextLength;

	LessonPageSupport(EditLinkProperties site, Catalogue catalogue, LanguageModels languageModels,
			LanguageProperties language) {
		this.site = site;
		this.maxTextLength = language.maxTextLength();
		for (Lesson lesson : catalogue.lessons().values()) {
			Map<String, InteractiveFallback> byName = new LinkedHashMap<>();
			Map<String, LanguageDemoFallback> demos = new LinkedHashMap<>();
			Map<String, CurveFitFallback> fits = new LinkedHashMap<>();
			for (LessonBlock block : lesson.blocks()) {
				if (block instanceof LessonBlock.Interactive interactive) {
					byName.put(interactive.name(), InteractiveFallback.of(interactive, lesson.sourcePath()));
				}
				else if (block instanceof LessonBlock.LanguageDemo demo) {
					demos.put(demo.name(),
							LanguageDemoFallback.of(demo, languageModels, this.maxTextLength, lesson.sourcePath()));
				}
				else if (block instanceof LessonBlock.CurveFit fit) {
					fits.put(fit.name(), CurveFitFallback.of(fit, lesson.sourcePath()));
				}
			}
			this.fallbacks.put(lesson.slug(), Collections.unmodifiableMap(byName));
			this.languageFallbacks.put(lesson.slug(), Collections.unmodifiableMap(demos));
			this.curveFits.put(lesson.slug(), Collections.unmodifiableMap(fits));
		}
	}

	/** The language demonstrations' fallbacks of a lesson, by name. */
	Map<String, LanguageDemoFallback> languageDemos(Lesson lesson) {
		return this.languageFallbacks.getOrDefault(lesson.slug(), Map.of());
	}

	/** The polynomial fits' static figures of a lesson, by name. */
	Map<String, CurveFitFallback> curveFits(Lesson lesson) {
		return this.curveFits.getOrDefault(lesson.slug(), Map.of());
	}

	/** The longest text a learner may give the language demonstrations. */
	int maxTextLength() {
		return this.maxTextLength;
	}

	String editUrl(Lesson lesson) {
		return this.site.editBaseUrl() + lesson.sourcePath();
	}

	Map<String, InteractiveFallback> interactives(Lesson lesson) {
		return this.fallbacks.getOrDefault(lesson.slug(), Map.of());
	}

}
