package io.aieducademy.fitting;

import io.aieducademy.autograd.web.UnusableRequestException;

/**
 * A fit request that cannot be used: the sentence the client reads is the bundle's
 * message {@link #messageCode()} with {@link #arguments()}, and {@link #field()} names
 * the field at fault.
 */
class BadFitRequestException extends UnusableRequestException {

	private static final long serialVersionUID = 1L;

	BadFitRequestException(String messageCode, String field, Object... arguments) {
		super(messageCode, field, arguments);
	}

}
