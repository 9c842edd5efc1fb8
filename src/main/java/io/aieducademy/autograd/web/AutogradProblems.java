package io.aieducademy.autograd.web;

import java.util.Locale;

import io.aieducademy.autograd.ProgramException;
import io.aieducademy.autograd.Span;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Turns every failure of {@code /api/autograd} into an RFC 9457 problem
 * ({@code application/problem+json}) with a sentence a learner understands. Mistakes in a
 * program are 400 (422 when over a limit) and carry {@code line}, {@code column},
 * {@code length} and an {@code excerpt} with a caret under the column; a body over the
 * limit is 413. The rest is {@link ProblemAdvice}'s. The words are the message bundle's
 * {@code problem.*} messages.
 */
@RestControllerAdvice(basePackageClasses = AutogradController.class)
class AutogradProblems extends ProblemAdvice {

	AutogradProblems(MessageSource messages) {
		super(messages,
				new Problems.UnreadableCodes("problem.autograd.empty", "problem.json.invalid", "problem.json.invalidAt",
						"problem.autograd.wrongType", "problem.autograd.wrongTypeIn"),
				"problem.autograd.internal", "/api/autograd");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> programException(ProgramException ex) {
		boolean overLimit = ex.kind() == ProgramException.Kind.TOO_LARGE || ex.kind() == ProgramException.Kind.TOO_DEEP;
		HttpStatus status = overLimit ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = problem(ex, status, ex.messageCode(), titleCode(ex.kind()), ex.arguments());
		problem.setProperty("kind", ex.kind().name().toLowerCase(Locale.ROOT));
		Span span = ex.span();
		if (span != null) {
			problem.setProperty("line", span.line());
			problem.setProperty("column", span.column());
			problem.setProperty("length", span.length());
			problem.setProperty("excerpt", ex.excerpt());
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static String titleCode(ProgramException.Kind kind) {
		return switch (kind) {
			case SYNTAX -> "problem.program.syntax.title";
			case UNKNOWN_NAME -> "problem.program.unknownName.title";
			case BAD_CALL -> "problem.program.badCall.title";
			case BAD_VALUES -> "problem.program.badValues.title";
			case TOO_LARGE -> "problem.program.tooLarge.title";
			case TOO_DEEP -> "problem.program.tooDeep.title";
		};
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(ex, HttpStatus.BAD_REQUEST, "problem.autograd.noExpression",
				"problem.autograd.noExpression.title");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> bodyTooLarge(BoundedRequestBody.BodyTooLargeException ex) {
		ProblemDetail problem = problem(ex, HttpStatus.CONTENT_TOO_LARGE, "problem.autograd.tooLarge",
				"problem.autograd.tooLarge.title", Long.toString(ex.limit()));
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyEvaluations(EvaluationSlots.TooManyEvaluationsException ex) {
		return ex.response(this.messages);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BoundedRequestBody.BodyTooLargeException tooLarge = Problems.cause(ex,
				BoundedRequestBody.BodyTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge(tooLarge).getBody());
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

}
