package io.aieducademy.system;

import org.springframework.http.HttpStatus;

/**
 * The titles and plain sentences of problems that no API controller wrote: those of the
 * servlet container, of the request filters and of addresses that do not exist. Shared by
 * {@link SiteErrorController} and {@link ContainerErrorValve} so that a client sees one
 * error format whoever answered.
 */
final class ErrorSentences {

	private ErrorSentences() {
	}

	static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	static String detail(int status, long bodyLimit) {
		return switch (status) {
			case 400 -> "The request could not be read: its address, headers or framing are malformed.";
			case 403 -> "Requests that change something must come from this site's own pages.";
			case 404 ->
				"There is nothing at this address. The API documentation at /swagger-ui.html lists every address.";
			case 405 -> "This address does not accept that method.";
			case 408 -> "The request took too long to arrive.";
			case 413 -> "The request body is larger than " + bodyLimit + " bytes, which is the limit.";
			case 414 -> "The address is too long.";
			case 429 -> "Too many requests from you in a short time. Wait a moment, then try again.";
			case 415 ->
				"Only JSON (application/json) and form (application/x-www-form-urlencoded) bodies are " + "accepted.";
			case 431 -> "The request's headers or cookies are too large.";
			case 503 -> "The site cannot answer right now. Please try again in a moment.";
			default -> (status >= 500) ? "Something went wrong on our side. It is not your mistake."
					: "The request could not be used.";
		};
	}

}
