package io.aieducademy.catalogue;

/** A lesson's data interactives, for the tests of what the loader computed for them. */
final class DataInteractives {

	private DataInteractives() {
	}

	/** The lesson's first data interactive; the lesson must have one. */
	static LessonBlock.DataInteractive first(Lesson lesson) {
		return lesson.blocks()
			.stream()
			.filter(LessonBlock.DataInteractive.class::isInstance)
			.map(LessonBlock.DataInteractive.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
