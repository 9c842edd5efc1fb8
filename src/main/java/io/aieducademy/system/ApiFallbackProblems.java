package io.aieducademy.system;

import java.util.Set;

import io.aieducademy.catalogue.NotInCatalogueException;

import jakarta.servlet.http.HttpServletRequest;

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

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return problem(HttpStatus.NOT_FOUND, "There is nothing at " + request.getRequestURI()
				+ ". The API documentation at /swagger-ui.html lists every address.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.METHOD_NOT_ALLOWED,
				request.getRequestURI() + " does not accept " + ex.getMethod() + ".");
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers((headers) -> {
			Set<HttpMethod> supported = ex.getSupportedHttpMethods();
			if (supported != null) {
				headers.setAllow(supported);
			}
		}).body(problem.getBody());
	}

	@ExceptionHandler(NotInCatalogueException.class)
	ResponseEntity<ProblemDetail> notInCatalogue(NotInCatalogueException ex, HttpServletRequest request) {
		if (!isApi(request)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.detail());
		problem.setTitle(ex.title());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
