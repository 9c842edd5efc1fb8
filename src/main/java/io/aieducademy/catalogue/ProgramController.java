package io.aieducademy.catalogue;

import io.aieducademy.progress.Learner;
import io.aieducademy.progress.Progress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programs catalogue and one program's page with its lessons and the learner's
 * progress.
 */
@Controller
class ProgramController {

	private final Catalogue catalogue;

	private final Progress progress;

	ProgramController(Catalogue catalogue, Progress progress) {
		this.catalogue = catalogue;
		this.progress = progress;
	}

	@GetMapping("/programs")
	String programs(Model model) {
		model.addAttribute("tracks", this.catalogue.tracks());
		return "programs/list";
	}

	@GetMapping("/programs/{programSlug}")
	String program(@PathVariable String programSlug, Learner learner, Model model) {
		Program program = this.catalogue.requireProgram(programSlug);
		model.addAttribute("program", program);
		model.addAttribute("track", this.catalogue.track(program.trackSlug()).orElseThrow());
		model.addAttribute("progress",
				this.progress.programProgress(learner.idOrNull(), program.slug(), program.availableLessonSlugs()));
		return "programs/show";
	}

}
