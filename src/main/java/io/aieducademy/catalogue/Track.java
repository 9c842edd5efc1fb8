package io.aieducademy.catalogue;

import java.util.List;

/** A group of programs that lead from first steps to mastery, such as AI Foundations. */
public record Track(String slug, String title, String description, List<Program> programs) {

	public Track {
		programs = List.copyOf(programs);
	}

}
