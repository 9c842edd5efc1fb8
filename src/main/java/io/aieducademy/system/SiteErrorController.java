package io.aieducademy.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error that reaches {@code /error}: problem details
 * ({@code application/problem+json}) for addresses under {@code /api}, the site's error
 * page in its layout otherwise. It replaces Spring Boot's default error controller, so
 * its default JSON never appears. {@code /error} asked for directly is a 404.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final long bodyLimit;

	SiteErrorController(RequestProperties properties) {
		this.bodyLimit = properties.maxBodySize().toBytes();
	}

	@RequestMapping
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : 404;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String value) ? value : request.getRequestURI();
		response.setStatus(status);
		if (isApi(request, path)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem(status, path, limit(request)));
			return null;
		}
		ModelAndView page = new ModelAndView((status == 404) ? "error/404" : "error");
		page.addObject("status", status);
		return page;
	}

	private long limit(HttpServletRequest request) {
		Object limit = request.getAttribute(RequestBodyFilter.LIMIT_ATTRIBUTE);
		return (limit instanceof Long value) ? value : this.bodyLimit;
	}

	static boolean isApi(HttpServletRequest request, String path) {
		return path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api");
	}

	static Map<String, Object> problem(int status, String path, long bodyLimit) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", ErrorSentences.title(status));
		problem.put("status", status);
		problem.put("detail", ErrorSentences.detail(status, bodyLimit));
		problem.put("instance", path);
		return problem;
	}

}
