package io.aieducademy.discussion;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonPageSection;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The discussion and the suggestion form under every lesson: page {@code ?page=N} of the
 * posts, newest first, and the forms the reader may use.
 */
@Component
class DiscussionSection implements LessonPageSection {

	/** The query parameter of the discussion's page on the lesson page, from 1. */
	static final String PAGE = "page";

	private final Discussion discussion;

	DiscussionSection(Discussion discussion) {
		this.discussion = discussion;
	}

	@Override
	public String template() {
		return "discussion/section";
	}

	@Override
	public void addTo(Model model, Lesson lesson, HttpServletRequest request) {
		SignedIn reader = signedIn();
		model.addAttribute("discussion", this.discussion.page(lesson.slug(), pageIndex(request), reader));
		model.addAttribute("reader", reader);
		model.addAttribute("discussionLimits", this.discussion.properties());
	}

	/**
	 * The page the request asks for, counted from 0; the first for anything unreadable.
	 */
	static int pageIndex(HttpServletRequest request) {
		return pageNumber(request.getParameter(PAGE)) - 1;
	}

	/** The page number (from 1) a parameter names; 1 for anything unreadable. */
	static int pageNumber(@Nullable String page) {
		if (page == null || page.isEmpty() || page.length() > 9 || !page.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

	static @Nullable SignedIn signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedIn user) ? user : null;
	}

}
