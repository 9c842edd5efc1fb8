package io.aieducademy.catalogue;

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

	LessonPageSupport(EditLinkProperties site, Catalogue catalogue) {
		this.site = site;
		for (Lesson lesson : catalogue.lessons().values()) {
			Map<String, InteractiveFallback> byName = new LinkedHashMap<>();
			for (LessonBlock block : lesson.blocks()) {
				if (block instanceof LessonBlock.Interactive interactive) {
					byName.put(interactive.name(), InteractiveFallback.of(interactive, lesson.sourcePath()));
				}
			}
			this.fallbacks.put(lesson.slug(), Collections.unmodifiableMap(byName));
		}
	}

	String editUrl(Lesson lesson) {
		return this.site.editBaseUrl() + lesson.sourcePath();
	}

	Map<String, InteractiveFallback> interactives(Lesson lesson) {
		return this.fallbacks.getOrDefault(lesson.slug(), Map.of());
	}

}
