package io.aieducademy.fitting;

/**
 * A fit request that cannot be used: the sentence the client reads is the bundle's
 * message {@link #messageCode()} with {@link #arguments()}, and {@link #field()} names
 * the field at fault.
 */
class BadFitRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageCode;

	private final String field;

	private final transient Object[] arguments;

	BadFitRequestException(String messageCode, String field, Object... arguments) {
		super(messageCode, null, false, false);
		this.messageCode = messageCode;
		this.field = field;
		this.arguments = arguments.clone();
	}

	String messageCode() {
		return this.messageCode;
	}

	String field() {
		return this.field;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
