package io.aieducademy.playground;

/** A training request over the work or CPU-time bound, or one that diverged (422). */
class TrainingTooLargeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String title;

	TrainingTooLargeException(String title, String message) {
		super(message, null, false, false);
		this.title = title;
	}

	String title() {
		return this.title;
	}

}
