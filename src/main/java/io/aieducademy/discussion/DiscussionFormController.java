package io.aieducademy.discussion;

import java.util.Locale;
import java.util.function.Supplier;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The discussion's forms on the lesson page, for browsers without JavaScript: each posts
 * here and is redirected back to the lesson (POST, redirect, GET). A mistake in what the
 * learner typed goes back to the same form, with their text and the sentence that says
 * what to change; anything else refused gets a page that says why, with its status.
 */
@Controller
class DiscussionFormController {

	private static final String BASE = "/programs/{programSlug}/lessons/{lessonSlug}";

	private final Catalogue catalogue;

	private final Discussion discussion;

	private final Suggestions suggestions;

	private final MessageSource messages;

	DiscussionFormController(Catalogue catalogue, Discussion discussion, Suggestions suggestions,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.discussion = discussion;
		this.suggestions = suggestions;
		this.messages = messages;
	}

	@PostMapping(BASE + "/discussion")
	String post(@PathVariable String programSlug, @PathVariable String lessonSlug,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable Long replyTo,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") int page,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		FormState typed = new FormState((replyTo != null) ? "reply-" + replyTo : "post", text, "", "");
		return answer.to(typed, () -> {
			Lesson lesson = lesson(programSlug, lessonSlug);
			Post post = this.discussion.post(lesson.slug(), user, text, replyTo);
			return back(programSlug, lessonSlug, page, "post-" + post.id());
		});
	}

	@PostMapping(BASE + "/discussion/{postId}/edit")
	String edit(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable long postId,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") int page,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		return answer.to(new FormState("edit-" + postId, text, "", ""), () -> {
			ofLesson(postId, lesson(programSlug, lessonSlug));
			this.discussion.edit(postId, user, text);
			return back(programSlug, lessonSlug, page, "post-" + postId);
		});
	}

	@PostMapping(BASE + "/discussion/{postId}/delete")
	String delete(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable long postId,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") int page,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		return answer.to(null, () -> {
			ofLesson(postId, lesson(programSlug, lessonSlug));
			this.discussion.delete(postId, user);
			return back(programSlug, lessonSlug, page, "discussion");
		});
	}

	@PostMapping(BASE + "/discussion/{postId}/hide")
	String hide(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable long postId,
			@RequestParam(defaultValue = "") String reason,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") int page,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		return answer.to(new FormState("hide-" + postId, reason, "", ""), () -> {
			ofLesson(postId, lesson(programSlug, lessonSlug));
			this.discussion.hide(postId, user, reason);
			return back(programSlug, lessonSlug, page, "post-" + postId);
		});
	}

	@PostMapping(BASE + "/discussion/{postId}/report")
	String report(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable long postId,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") int page,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		return answer.to(null, () -> {
			ofLesson(postId, lesson(programSlug, lessonSlug));
			this.discussion.report(postId, user);
			return back(programSlug, lessonSlug, page, "post-" + postId);
		});
	}

	@PostMapping(BASE + "/suggestions")
	String suggest(@PathVariable String programSlug, @PathVariable String lessonSlug,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal @Nullable SignedIn user, Answer answer) {
		return answer.to(new FormState("suggestion", text, place, ""), () -> {
			Lesson lesson = lesson(programSlug, lessonSlug);
			this.suggestions.suggest(lesson.slug(), user, place, text);
			answer.redirect().addFlashAttribute(FormState.ATTRIBUTE, new FormState("suggestion-sent", "", "", ""));
			return back(programSlug, lessonSlug, 1, "suggest");
		});
	}

	/**
	 * How a form is answered when the discussion refuses it: a mistake in what the
	 * learner typed goes back to the lesson, to the same form, with their text and the
	 * sentence; anything else gets a page with the status and the sentence. The page is
	 * rendered by the handler (not an exception handler) so that it has the layout's
	 * model.
	 */
	static final class Answer {

		private final Model model;

		private final HttpServletResponse response;

		private final RedirectAttributes redirect;

		private final Locale locale;

		private final MessageSource messages;

		private final String programSlug;

		private final String lessonSlug;

		private final int page;

		Answer(Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale,
				MessageSource messages, String programSlug, String lessonSlug, int page) {
			this.model = model;
			this.response = response;
			this.redirect = redirect;
			this.locale = locale;
			this.messages = messages;
			this.programSlug = programSlug;
			this.lessonSlug = lessonSlug;
			this.page = page;
		}

		RedirectAttributes redirect() {
			return this.redirect;
		}

		String to(@Nullable FormState typed, Supplier<String> action) {
			try {
				return action.get();
			}
			catch (DiscussionException ex) {
				String sentence = this.messages.getMessage(ex.code(), ex.arguments(), this.locale);
				if (typed != null && ex.isAboutTheText()) {
					this.redirect.addFlashAttribute(FormState.ATTRIBUTE,
							new FormState(typed.form(), typed.text(), typed.place(), sentence));
					boolean suggestion = typed.form().equals("suggestion");
					return back(this.programSlug, this.lessonSlug, suggestion ? 1 : this.page,
							suggestion ? "suggest" : "form-" + typed.form());
				}
				return refused(ex, sentence, this.response, this.model);
			}
		}

	}

	@ModelAttribute
	Answer answer(Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale,
			@PathVariable(required = false) @Nullable String programSlug,
			@PathVariable(required = false) @Nullable String lessonSlug,
			@RequestParam(name = DiscussionSection.PAGE, defaultValue = "1") String page) {
		return new Answer(model, response, redirect, locale, this.messages, (programSlug != null) ? programSlug : "",
				(lessonSlug != null) ? lessonSlug : "", DiscussionSection.pageNumber(page));
	}

	/** A page that says why the request was refused, with its status. */
	static String refused(DiscussionException ex, String sentence, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		if (ex.retryAfterSeconds() > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		}
		model.addAttribute("status", ex.status().value());
		model.addAttribute("reason", sentence);
		model.addAttribute("signIn", ex.status() == HttpStatus.UNAUTHORIZED);
		return "discussion/refused";
	}

	private Lesson lesson(String programSlug, String lessonSlug) {
		Lesson lesson = this.catalogue.requireProgram(programSlug).requireEntry(lessonSlug).lesson();
		if (lesson == null) {
			throw new DiscussionException(HttpStatus.NOT_FOUND, "problem.discussion.noLesson", lessonSlug);
		}
		return lesson;
	}

	/** 404 unless the post is under this lesson. */
	private void ofLesson(long postId, Lesson lesson) {
		if (!this.discussion.find(postId).lessonSlug().equals(lesson.slug())) {
			throw new DiscussionException(HttpStatus.NOT_FOUND, "problem.discussion.noSuchPost", postId);
		}
	}

	private static String back(String programSlug, String lessonSlug, int page, String anchor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(BASE);
		if (page > 1) {
			address.queryParam(DiscussionSection.PAGE, page);
		}
		return "redirect:" + address.fragment(anchor).buildAndExpand(programSlug, lessonSlug).encode().toUriString();
	}

}
