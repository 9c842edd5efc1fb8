package io.aieducademy.system;

import io.aieducademy.json.BundleProblems;

import java.util.Set;

import io.aieducademy.catalogue.NotInCatalogueException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API clients get RFC 9457 problems even for mistakes no API controller sees: an address
 * under {@code /api} that does not exist, or a method it does not accept. Everything else
 * goes on to the site's own error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

	private final MessageSource messages;

	ApiFallbackProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(ex, HttpStatus.NOT_FOUND, "problem.noAddress", request.getRequestURI()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		ProblemDetail problem = problem(ex, HttpStatus.METHOD_NOT_ALLOWED, "problem.noMethod", request.getRequestURI(),
				ex.getMethod());
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers((headers) -> {
			Set<HttpMethod> supported = ex.getSupportedHttpMethods();
			if (supported != null) {
				headers.setAllow(supported);
			}
		}).body(problem);
	}

	@ExceptionHandler(NotInCatalogueException.class)
	ResponseEntity<ProblemDetail> notInCatalogue(NotInCatalogueException ex, HttpServletRequest request) {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(ex, HttpStatus.NOT_FOUND, ex.messageCode(), ex.name()));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * The problem whose detail is the bundle's message {@code code} and title
	 * {@code code.title}.
	 */
	private ProblemDetail problem(Exception ex, HttpStatus status, String code, Object... arguments) {
		return BundleProblems.titledByCode(this.messages, ex, status, code, arguments);
	}

}
