package io.aieducademy.quiz;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.progress.Learner;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lesson page's forms, for learners without JavaScript: answering a quick check and
 * completing the lesson. Each post redirects back to the lesson page, at the question,
 * where the feedback is shown.
 */
@Controller
class QuizFormController {

	private final Catalogue catalogue;

	private final Quiz quiz;

	QuizFormController(Catalogue catalogue, Quiz quiz) {
		this.catalogue = catalogue;
		this.quiz = quiz;
	}

	@PostMapping("/programs/{programSlug}/lessons/{lessonSlug}/quick-checks/{key}")
	String answer(@PathVariable String programSlug, @PathVariable String lessonSlug, @PathVariable String key,
			@RequestParam(required = false) @Nullable String choice, Learner learner) {
		Lesson lesson = this.catalogue.requireProgram(programSlug).requireLesson(lessonSlug);
		QuickCheck check = this.catalogue.requireQuickCheck(lesson.slug() + "." + key);
		Integer index = parseChoice(choice, check);
		if (index == null) {
			return "redirect:/programs/{programSlug}/lessons/{lessonSlug}?unanswered=" + key + "#qc-" + key;
		}
		this.quiz.answer(learner.idOrCreate(), check, index);
		return "redirect:/programs/{programSlug}/lessons/{lessonSlug}?answered=" + key + "#qc-" + key;
	}

	@PostMapping("/programs/{programSlug}/lessons/{lessonSlug}/completion")
	String complete(@PathVariable String programSlug, @PathVariable String lessonSlug, Learner learner) {
		Lesson lesson = this.catalogue.requireProgram(programSlug).requireLesson(lessonSlug);
		CompletionOutcome outcome = this.quiz.complete(learner, lesson);
		return "redirect:/programs/{programSlug}/lessons/{lessonSlug}"
				+ (outcome.completed() ? "" : "?completion=refused") + "#completion";
	}

	private static @Nullable Integer parseChoice(@Nullable String choice, QuickCheck check) {
		if (choice == null || !choice.matches("\\d{1,2}")) {
			return null;
		}
		int index = Integer.parseInt(choice);
		return check.isChoice(index) ? index : null;
	}

}
