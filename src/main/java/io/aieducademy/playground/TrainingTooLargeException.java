package io.aieducademy.playground;

/**
 * A training request over the work or CPU-time bound, or one that diverged (422); its
 * words are the bundle's message {@link #messageCode()} with {@link #arguments()}.
 */
class TrainingTooLargeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageCode;

	private final transient Object[] arguments;

	TrainingTooLargeException(String messageCode, Object... arguments) {
		super(messageCode, null, false, false);
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	String messageCode() {
		return this.messageCode;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
