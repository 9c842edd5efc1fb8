package io.aieducademy.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers to every response. Scripts and styles may only come from the
 * site itself, so neither inline scripts nor inline event handlers can run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	// Swagger UI sets inline styles on its elements; scripts stay as strict as everywhere
	// else.
	static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/**
	 * Error pages need the headers too: a failed request's headers are reset before them.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean apiDocs = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
		headers(apiDocs).forEach(response::setHeader);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000");
		}
		chain.doFilter(request, response);
	}

	/**
	 * The headers every response carries, also those Tomcat writes itself
	 * ({@link ContainerErrorValve}).
	 */
	static Map<String, String> headers(boolean apiDocs) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		return headers;
	}

}
