package io.aieducademy.discussion;

import java.util.Arrays;
import java.util.Locale;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.discussion.Suggestion.Status;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /admin/suggestions: administrators read the suggested edits, open ones first, and mark
 * each done or dismiss it. Anyone else is refused (401 or 403).
 */
@Controller
class SuggestionReviewController {

	private final Suggestions suggestions;

	private final MessageSource messages;

	SuggestionReviewController(Suggestions suggestions, MessageSource messages) {
		this.suggestions = suggestions;
		this.messages = messages;
	}

	@GetMapping("/admin/suggestions")
	String review(@RequestParam(defaultValue = "open") String status, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal @Nullable SignedIn user, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			Status wanted = status(status);
			model.addAttribute("suggestions",
					this.suggestions.review(user, wanted, DiscussionSection.pageNumber(page) - 1));
			model.addAttribute("status", wanted.name().toLowerCase(Locale.ROOT));
			model.addAttribute("statuses",
					Arrays.stream(Status.values()).map((value) -> value.name().toLowerCase(Locale.ROOT)).toList());
			return "admin/suggestions";
		}
		catch (DiscussionException ex) {
			return refused(ex, response, model, locale);
		}
	}

	@PostMapping("/admin/suggestions/{id}")
	String mark(@PathVariable long id, @RequestParam(defaultValue = "") String status,
			@AuthenticationPrincipal @Nullable SignedIn user, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			this.suggestions.mark(user, id, status(status));
			return "redirect:/admin/suggestions";
		}
		catch (DiscussionException ex) {
			return refused(ex, response, model, locale);
		}
	}

	private static Status status(String name) {
		for (Status value : Status.values()) {
			if (value.name().equalsIgnoreCase(name)) {
				return value;
			}
		}
		throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.suggestion.noStatus", name);
	}

	private String refused(DiscussionException ex, HttpServletResponse response, Model model, Locale locale) {
		return DiscussionFormController.refused(ex, this.messages.getMessage(ex.code(), ex.arguments(), locale),
				response, model);
	}

}
