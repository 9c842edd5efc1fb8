package io.aieducademy.language;

import io.aieducademy.autograd.web.UnusableRequestException;

/**
 * A request to the tokeniser or the next-word model that cannot be used, always because
 * of one field.
 */
class BadLanguageRequestException extends UnusableRequestException {

	private static final long serialVersionUID = 1L;

	BadLanguageRequestException(String messageCode, String field, Object... arguments) {
		super(messageCode, field, arguments);
	}

}
