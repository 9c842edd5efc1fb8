package io.aieducademy.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * How the site's filters refuse a request: a problem written at once under {@code /api},
 * the site's error page (through {@code sendError}) everywhere else.
 */
final class ErrorResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long bodyLimit)
			throws IOException {
		String path = request.getRequestURI();
		if (!SiteErrorController.isApi(request, path)) {
			response.sendError(status);
			return;
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), SiteErrorController.problem(status, path, bodyLimit));
	}

}
