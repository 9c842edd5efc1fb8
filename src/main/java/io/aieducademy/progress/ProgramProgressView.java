package io.aieducademy.progress;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A learner's progress through one program, as the JSON API writes it. */
@Schema(description = "A learner's progress through one program")
public record ProgramProgressView(String program, int completed, int total, int percent,
		List<String> completedLessons) {

	public static ProgramProgressView of(ProgramProgress progress) {
		return new ProgramProgressView(progress.programSlug(), progress.completed(), progress.total(),
				progress.percent(), progress.completedLessons().stream().sorted().toList());
	}

}
