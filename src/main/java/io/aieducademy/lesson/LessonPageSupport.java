package io.aieducademy.lesson;

import io.aieducademy.content.Lesson;
import io.aieducademy.content.LessonBlock;
import io.aieducademy.system.SiteProperties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What a lesson page derives from the lesson beyond its text: the link to suggest an
 * edit, and the server-side results behind each interactive's static fallback.
 */
@Component
class LessonPageSupport {

	private final SiteProperties site;

	LessonPageSupport(SiteProperties site) {
		this.site = site;
	}

	String editUrl(Lesson lesson) {
		return this.site.editBaseUrl() + lesson.sourcePath();
	}

	Map<String, InteractiveFallback> interactives(Lesson lesson) {
		Map<String, InteractiveFallback> fallbacks = new LinkedHashMap<>();
		for (LessonBlock block : lesson.blocks()) {
			if (block instanceof LessonBlock.Interactive interactive) {
				fallbacks.put(interactive.name(), InteractiveFallback.of(interactive));
			}
		}
		return fallbacks;
	}

}
