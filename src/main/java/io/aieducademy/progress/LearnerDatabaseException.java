package io.aieducademy.progress;

/**
 * The learner database cannot be used safely, so the site does not start: its folder
 * cannot be written to, or a database that once held data is damaged or missing. The
 * message is one plain sentence; {@link #fix()} says what to do.
 */
public class LearnerDatabaseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String fix;

	LearnerDatabaseException(String message, String fix) {
		super(message, null, false, false);
		this.fix = fix;
	}

	String fix() {
		return this.fix;
	}

}
