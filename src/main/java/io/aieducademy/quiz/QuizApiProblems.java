package io.aieducademy.quiz;

import io.aieducademy.json.BundleProblems;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the quiz API into an RFC 9457 problem with a sentence a learner
 * understands, from the message bundle.
 */
@RestControllerAdvice(assignableTypes = QuizApiController.class)
class QuizApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	QuizApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, "problem.answer.unreadable", headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, "problem.answer.noChoice", headers, request);
	}

	private ResponseEntity<Object> problem(Exception ex, String code, HttpHeaders headers, WebRequest request) {
		Object body = BundleProblems.titledByCode(this.messages, ex, HttpStatus.BAD_REQUEST, code);
		ResponseEntity<Object> entity = handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		return (entity != null) ? entity : ResponseEntity.badRequest().body(body);
	}

}
