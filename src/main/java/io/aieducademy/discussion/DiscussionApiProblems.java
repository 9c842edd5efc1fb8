package io.aieducademy.discussion;

import io.aieducademy.json.BundleProblems;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the discussion API as an RFC 9457 problem with a sentence from the
 * message bundle.
 */
@RestControllerAdvice(assignableTypes = DiscussionApiController.class)
class DiscussionApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	DiscussionApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DiscussionException.class)
	ResponseEntity<ProblemDetail> refused(DiscussionException ex) {
		ProblemDetail problem = BundleProblems.titledByCode(this.messages, ex, ex.status(), ex.code(), ex.arguments());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex.retryAfterSeconds() > 0) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		}
		return response.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String code = "problem.discussion.unreadable";
		Object body = BundleProblems.titledByCode(this.messages, ex, HttpStatus.BAD_REQUEST, code);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

}
