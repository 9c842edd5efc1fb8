package io.aieducademy.discussion;

import org.springframework.http.HttpStatus;

/**
 * A discussion or suggestion request refused: its status, and the bundle's message code
 * (with {@code .title} for a problem's title) and arguments of the sentence that says
 * why. Pages show the sentence; the API answers a problem with it.
 */
class DiscussionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String code;

	private final transient Object[] arguments;

	private final long retryAfterSeconds;

	DiscussionException(HttpStatus status, String code, Object... arguments) {
		this(status, 0, code, arguments);
	}

	private DiscussionException(HttpStatus status, long retryAfterSeconds, String code, Object... arguments) {
		super(code, null, false, false);
		this.status = status;
		this.code = code;
		this.arguments = arguments.clone();
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static DiscussionException tooFast(long seconds) {
		return new DiscussionException(HttpStatus.TOO_MANY_REQUESTS, seconds, "problem.discussion.tooFast", seconds);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/** Whether the learner can fix it by changing what they typed. */
	boolean isAboutTheText() {
		return this.status == HttpStatus.BAD_REQUEST;
	}

}
