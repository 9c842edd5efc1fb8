package io.aieducademy.quiz;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the quiz API into an RFC 9457 problem with a sentence a learner
 * understands.
 */
@RestControllerAdvice(assignableTypes = QuizApiController.class)
class QuizApiProblems extends ResponseEntityExceptionHandler {

	private static final String ANSWER_SHAPE = "Send the answer as JSON, for example {\"choice\": 2}, where choice is "
			+ "the index of an option counted from 0.";

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "The request body could not be read. " + ANSWER_SHAPE, headers, request,
				ex);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "The answer has no choice. " + ANSWER_SHAPE, headers, request, ex);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detail, HttpHeaders headers, WebRequest request,
			Exception ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		ResponseEntity<Object> entity = handleExceptionInternal(ex, body, headers, status, request);
		return (entity != null) ? entity : ResponseEntity.status(status).body(body);
	}

}
