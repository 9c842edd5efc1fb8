package io.aieducademy.playground;

import org.jspecify.annotations.Nullable;

/**
 * A training request that cannot be used; the message is the sentence the client reads.
 */
class BadTrainingRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final @Nullable String field;

	BadTrainingRequestException(String message) {
		this(message, null);
	}

	BadTrainingRequestException(String message, @Nullable String field) {
		super(message, null, false, false);
		this.field = field;
	}

	@Nullable String field() {
		return this.field;
	}

}
