package io.aieducademy.catalogue;

import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.progress.Learner;
import io.aieducademy.progress.ProgramProgress;
import io.aieducademy.progress.Progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lesson page. Its forms for answering quick checks and completing the lesson without
 * JavaScript post to the quiz, which redirects back here, at the question, with the
 * feedback.
 */
@Controller
class LessonController {

	private final Catalogue catalogue;

	private final Progress progress;

	private final LessonPageSupport support;

	private final LessonBlocks blocks;

	private final List<LessonPageSection> sections;

	LessonController(Catalogue catalogue, Progress progress, LessonPageSupport support, LessonBlocks blocks,
			List<LessonPageSection> sections) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.support = support;
		this.blocks = blocks;
		this.sections = List.copyOf(sections);
	}

	/**
	 * The lesson page, or, for a lesson the program lists but that is not written yet,
	 * its coming-soon page. After a form post, {@code answered} names the quick check to
	 * show feedback for; the feedback comes from this learner's stored answer, never from
	 * the URL, so a crafted link reveals nothing.
	 */
	@GetMapping("/programs/{programSlug}/lessons/{lessonSlug}")
	String lesson(@PathVariable String programSlug, @PathVariable String lessonSlug,
			@RequestParam(required = false) @Nullable String answered,
			@RequestParam(required = false) @Nullable String unanswered,
			@RequestParam(required = false) @Nullable String completion, Learner currentLearner, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Program program = this.catalogue.requireProgram(programSlug);
		LessonEntry entry = program.requireEntry(lessonSlug);
		List<LessonEntry> entries = program.lessons();
		int index = entry.number() - 1;
		model.addAttribute("program", program);
		model.addAttribute("previous", (index > 0) ? entries.get(index - 1) : null);
		model.addAttribute("next", (index + 1 < entries.size()) ? entries.get(index + 1) : null);
		Lesson lesson = entry.lesson();
		if (lesson == null) {
			model.addAttribute("entry", entry);
			return "lessons/soon";
		}
		UUID learner = currentLearner.idOrNull();
		Set<String> solved = this.progress.correctlyAnswered(learner, lesson.quickCheckIds());
		AnswerFeedback feedback = feedback(lessonSlug, answered, unanswered, learner);
		Map<String, QuickCheckView> checks = new LinkedHashMap<>();
		for (QuickCheck check : lesson.quickChecks()) {
			checks.put(check.id(), QuickCheckView.of(check, solved.contains(check.id()),
					(feedback != null && feedback.quickCheckId().equals(check.id())) ? feedback : null));
		}
		model.addAttribute("lesson", lesson);
		model.addAttribute("checks", checks);
		model.addAttribute("openChecks", checks.values().stream().filter((check) -> !check.solved()).count());
		ProgramProgress progress = this.progress.programProgress(learner, program.slug(),
				program.availableLessonSlugs());
		model.addAttribute("progress", progress);
		model.addAttribute("completed", progress.isCompleted(lesson.slug()));
		model.addAttribute("editUrl", this.support.editUrl(lesson));
		// what is the same for every learner is rendered once; the page renders the rest
		model.addAttribute("lessonParts", this.blocks.of(lesson, locale, request, response));
		model.addAttribute("completionRefused", "refused".equals(completion));
		for (LessonPageSection section : this.sections) {
			section.addTo(model, lesson, request);
		}
		model.addAttribute("lessonSections", this.sections.stream().map(LessonPageSection::template).toList());
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

}
