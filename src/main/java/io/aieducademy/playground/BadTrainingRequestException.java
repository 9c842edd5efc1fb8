package io.aieducademy.playground;

import org.jspecify.annotations.Nullable;

/**
 * A training request that cannot be used: the sentence the client reads is the bundle's
 * message {@link #messageCode()} with {@link #arguments()}, and {@link #field()} names
 * the field at fault.
 */
class BadTrainingRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageCode;

	private final transient Object[] arguments;

	private final @Nullable String field;

	BadTrainingRequestException(String messageCode, @Nullable String field, Object... arguments) {
		super(messageCode, null, false, false);
		this.messageCode = messageCode;
		this.field = field;
		this.arguments = arguments.clone();
	}

	String messageCode() {
		return this.messageCode;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

	@Nullable String field() {
		return this.field;
	}

}
