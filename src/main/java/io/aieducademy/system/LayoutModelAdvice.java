package io.aieducademy.system;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Track;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the shared layout needs (the Programs menu, the footer links) into the model
 * of every page: the page controllers' and the error pages'. API controllers render no
 * layout, so they are left out.
 */
@ControllerAdvice(basePackages = { "io.aieducademy.system", "io.aieducademy.catalogue", "io.aieducademy.lab",
		"io.aieducademy.playground", "io.aieducademy.accounts", "org.springframework.boot.webmvc.autoconfigure.error" })
class LayoutModelAdvice {

	private final Catalogue catalogue;

	private final SiteProperties site;

	LayoutModelAdvice(Catalogue catalogue, SiteProperties site) {
		this.catalogue = catalogue;
		this.site = site;
	}

	@ModelAttribute("menuTracks")
	List<Track> menuTracks() {
		return this.catalogue.tracks();
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

}
