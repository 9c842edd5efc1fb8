package io.aieducademy.system;

import io.aieducademy.catalogue.Catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the static pages: about, FAQ, privacy and terms. */
@Controller
class SiteController {

	private final Catalogue catalogue;

	SiteController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tracks", this.catalogue.tracks());
		model.addAttribute("featuredLesson", this.catalogue.lesson("backpropagation").orElse(null));
		return "home";
	}

	@GetMapping("/about")
	String about() {
		return "pages/about";
	}

	@GetMapping("/faq")
	String faq() {
		return "pages/faq";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "pages/privacy";
	}

	@GetMapping("/terms")
	String terms() {
		return "pages/terms";
	}

}
