package io.aieducademy.catalogue;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * A part of the lesson page that another feature provides (the discussion, for one): the
 * catalogue knows nothing about it but its template fragment, so that the feature may
 * depend on the catalogue and not the other way round.
 */
public interface LessonPageSection {

	/**
	 * The template that holds the section, as a fragment named {@code lessonSection}; it
	 * is rendered after the lesson, with the page's model.
	 */
	String template();

	/** Adds what the section's fragment shows for this lesson and request. */
	void addTo(Model model, Lesson lesson, HttpServletRequest request);

}
