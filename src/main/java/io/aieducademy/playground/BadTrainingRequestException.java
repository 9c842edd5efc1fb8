package io.aieducademy.playground;

import io.aieducademy.autograd.web.UnusableRequestException;
import org.jspecify.annotations.Nullable;

/** A training request that cannot be used. */
class BadTrainingRequestException extends UnusableRequestException {

	private static final long serialVersionUID = 1L;

	BadTrainingRequestException(String messageCode, @Nullable String field, Object... arguments) {
		super(messageCode, field, arguments);
	}

}
