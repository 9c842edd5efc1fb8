package io.aieducademy.lesson;

import io.aieducademy.content.Catalogue;
import io.aieducademy.content.Lesson;
import io.aieducademy.content.LessonBlock.QuickCheck;
import io.aieducademy.content.LessonEntry;
import io.aieducademy.content.Program;
import io.aieducademy.progress.LearnerCookie;
import io.aieducademy.progress.ProgramProgress;
import io.aieducademy.progress.Progress;
import io.aieducademy.quiz.CompletionOutcome;
import io.aieducademy.quiz.Quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lesson page, and its forms for answering quick checks and completing the lesson
 * without JavaScript (each post redirects back to the page, at the question, with the
 * feedback).
 */
@Controller
class LessonController {

	private final Catalogue catalogue;

	private final Quiz quiz;

	private final Progress progress;

	private final LearnerCookie learners;

	private final LessonPageSupport support;

	LessonController(Catalogue catalogue, Quiz quiz, Progress progress, LearnerCookie learners,
			LessonPageSupport support) {
		this.catalogue = catalogue;
		this.quiz = quiz;
		this.progress = progress;
		this.learners = learners;
		this.support = support;
	}

	/**
	 * The lesson page. After a form post, {@code answered} names the quick check to show
	 * feedback for; the feedback comes from this learner's stored answer, never from the
	 * URL, so a crafted link reveals nothing.
	 */
	@GetMapping("/programs/{programSlug}/lessons/{lessonSlug}")
	String lesson(@PathVariable String programSlug, @PathVariable String lessonSlug,
			@RequestParam(required = false) @Nullable String answered,
			@RequestParam(required = false) @Nullable String unanswered,
			@RequestParam(required = false) @Nullable String completion, HttpServletRequest request, Model model) {
		Program program = program(programSlug);
		Lesson lesson = lesson(program, lessonSlug);
		UUID learner = this.learners.current(request).orElse(null);
		Set<String> solved = this.quiz.solved(learner, lesson);
		AnswerFeedback feedback = feedback(lessonSlug, answered, unanswered, learner);
		Map<String, QuickCheckView> checks = new LinkedHashMap<>();
		for (QuickCheck check : lesson.quickChecks()) {
			checks.put(check.id(), QuickCheckView.of(check, solved.contains(check.id()),
					(feedback != null && feedback.quickCheckId().equals(check.id())) ? feedback : null));
		}
		List<LessonEntry> entries = program.lessons();
		int index = lesson.number() - 1;
		model.addAttribute("program", program);
		model.addAttribute("lesson", lesson);
		model.addAttribute("checks", checks);
		model.addAttribute("openChecks", checks.values().stream().filter((check) -> !check.solved()).count());
		model.addAttribute("previous", (index > 0) ? entries.get(index - 1) : null);
		model.addAttribute("next", (index + 1 < entries.size()) ? entries.get(index + 1) : null);
		ProgramProgress progress = this.progress.programProgress(learner, program.slug(), program.lessonSlugs());
		model.addAttribute("progress", progress);
		model.addAttribute("completed", progress.isCompleted(lesson.slug()));
		model.addAttribute("editUrl", this.support.editUrl(lesson));
		model.addAttribute("interactives", this.support.interactives(lesson));
		model.addAttribute("completionRefused", "refused".equals(completion));
		return "lessons/show";
	}

	private @Nullable AnswerFeedback feedback(String lessonSlug, @Nullable String answered, @Nullable String unanswered,
			@Nullable UUID learner) {
		if (unanswered != null) {
			return new AnswerFeedback(lessonSlug + "." + unanswered, null);
		}
		if (answered == null) {
			return null;
		}
		String id = lessonSlug + "." + answered;
		return this.progress.latestAnswer(learner, id)
			.map((attempt) -> new AnswerFeedback(id, attempt.getChoice()))
			.orElse(null);
	}

	@PostMapping("/programs/{programSlug}/lessons/{lessonSlug}/quick-checks/{key}")
	String answer(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable String key,
			@RequestParam(required = false) @Nullable String choice, HttpServletRequest request,
			HttpServletResponse response) {
		Lesson lesson = lesson(program(programSlug), lessonSlug);
		QuickCheck check = lesson.quickCheck(lessonSlug + "." + key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Integer index = parseChoice(choice, check.options().size());
		if (index == null) {
			return "redirect:/programs/{programSlug}/lessons/{lessonSlug}?unanswered=" + key + "#qc-" + key;
		}
		this.quiz.answer(this.learners.currentOrNew(request, response), check, index);
		return "redirect:/programs/{programSlug}/lessons/{lessonSlug}?answered=" + key + "#qc-" + key;
	}

	@PostMapping("/programs/{programSlug}/lessons/{lessonSlug}/completion")
	String complete(@PathVariable String programSlug, @PathVariable String lessonSlug, HttpServletRequest request,
			HttpServletResponse response) {
		Lesson lesson = lesson(program(programSlug), lessonSlug);
		CompletionOutcome outcome = this.quiz.complete(this.learners.currentOrNew(request, response), lesson);
		return "redirect:/programs/{programSlug}/lessons/{lessonSlug}"
				+ (outcome.completed() ? "" : "?completion=refused") + "#completion";
	}

	private static @Nullable Integer parseChoice(@Nullable String choice, int options) {
		if (choice == null || !choice.matches("\\d{1,2}")) {
			return null;
		}
		int index = Integer.parseInt(choice);
		return (index < options) ? index : null;
	}

	private Program program(String slug) {
		return this.catalogue.program(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Lesson lesson(Program program, String slug) {
		LessonEntry entry = program.lesson(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (entry.lesson() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return entry.lesson();
	}

}
