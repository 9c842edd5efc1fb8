package io.aieducademy.lesson;

import io.aieducademy.content.Catalogue;
import io.aieducademy.content.Program;
import io.aieducademy.progress.LearnerCookie;
import io.aieducademy.progress.Progress;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programs catalogue and one program's page with its lessons and the learner's
 * progress.
 */
@Controller
class ProgramController {

	private final Catalogue catalogue;

	private final Progress progress;

	private final LearnerCookie learners;

	ProgramController(Catalogue catalogue, Progress progress, LearnerCookie learners) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.learners = learners;
	}

	@GetMapping("/programs")
	String programs(Model model) {
		model.addAttribute("tracks", this.catalogue.tracks());
		return "programs/list";
	}

	@GetMapping("/programs/{programSlug}")
	String program(@PathVariable String programSlug, HttpServletRequest request, Model model) {
		Program program = this.catalogue.program(programSlug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("program", program);
		model.addAttribute("track", this.catalogue.track(program.trackSlug()).orElseThrow());
		model.addAttribute("progress", this.progress.programProgress(this.learners.current(request).orElse(null),
				program.slug(), program.lessonSlugs()));
		return "programs/show";
	}

}
