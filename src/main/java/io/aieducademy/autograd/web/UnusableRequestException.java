package io.aieducademy.autograd.web;

import org.jspecify.annotations.Nullable;

/**
 * A request that cannot be used, refused with a 400 by {@link ProblemAdvice}: the
 * sentence the client reads is the bundle's message {@link #messageCode()} with
 * {@link #arguments()}, and {@link #field()}, when known, names the field at fault. Each
 * API refuses with its own subclass.
 */
public abstract class UnusableRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageCode;

	private final @Nullable String field;

	private final transient Object[] arguments;

	protected UnusableRequestException(String messageCode, @Nullable String field, Object... arguments) {
		super(messageCode, null, false, false);
		this.messageCode = messageCode;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** The message bundle's code for the sentence. */
	public String messageCode() {
		return this.messageCode;
	}

	/** The field at fault, as in {@code dataset.data}, or null when it is the request. */
	public @Nullable String field() {
		return this.field;
	}

	/** What fills in the sentence's placeholders, in order. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
