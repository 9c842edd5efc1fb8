package io.aieducademy.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How clients and caches may keep the API's answers (docs/http-caching-and-cors.md).
 * <ul>
 * <li><b>Content</b> ({@code GET} and {@code HEAD} of the programs, a program's lessons,
 * a lesson and the language's operations) is the same for everyone and never changes
 * while the application runs: {@code Cache-Control: public, max-age=300} and a strong
 * {@code ETag}, a hash of the exact bytes of the answer. A matching {@code If-None-Match}
 * (a list, weak comparison or {@code *}, as RFC 9110 says) gets 304 with no body. Each
 * address's tag is computed once, from its first answer, and kept; later requests that
 * match are answered before any controller runs.</li>
 * <li><b>Evaluations</b> ({@code /api/autograd}, {@code /api/playground/train}) answer a
 * {@code POST} from its body alone, and their RateLimit fields are the client's:
 * {@code Cache-Control: no-store}.</li>
 * <li><b>Everything else</b> under {@code /api} is a learner's (answers, completion,
 * progress) or an error: {@code Cache-Control: private, no-store}.</li>
 * </ul>
 */
@Component
// after Spring Security's filters (-100), so that a 304 carries the CORS fields too
@Order(0)
class ApiCaching extends OncePerRequestFilter {

	static final String PUBLIC = "public, max-age=300";

	static final String NOT_STORED = "no-store";

	static final String PRIVATE = "private, no-store";

	/** More than the catalogue has lessons, so that no client can grow the tags' map. */
	private static final int MAX_TAGS = 4096;

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private static final List<PathPattern> CONTENT = patterns("/api/programs", "/api/programs/{program}/lessons",
			"/api/lessons/{slug}", "/api/autograd/operations");

	private static final List<PathPattern> EVALUATIONS = patterns("/api/autograd", "/api/playground/train");

	private final Map<String, String> tags = new ConcurrentHashMap<>();

	private final ApiCors cors;

	ApiCaching(ApiCors cors) {
		this.cors = cors;
	}

	private static List<PathPattern> patterns(String... patterns) {
		return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	/**
	 * Whether {@code path} (within the application) is content that any cache may keep.
	 */
	static boolean isContent(String path) {
		return matches(CONTENT, path);
	}

	/** Whether {@code path} (within the application) is an API that evaluates. */
	static boolean isEvaluation(String path) {
		return matches(EVALUATIONS, path);
	}

	private static boolean matches(List<PathPattern> patterns, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return patterns.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PATHS.getPathWithinApplication(request);
		if (!path.startsWith("/api/")) {
			chain.doFilter(request, response);
			return;
		}
		String method = request.getMethod();
		if (("GET".equals(method) || "HEAD".equals(method)) && isContent(path)) {
			content(request, response, chain, path);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, isEvaluation(path) ? NOT_STORED : PRIVATE);
		chain.doFilter(request, new WholeJsonAnswer(response));
	}

	private void content(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
			throws ServletException, IOException {
		if (this.cors.isEnabled() && response.getHeaders(HttpHeaders.VARY)
			.stream()
			.noneMatch((vary) -> vary.contains(HttpHeaders.ORIGIN))) {
			// a listed origin's answer carries CORS fields that another's lacks
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		}
		String known = this.tags.get(path);
		if (known != null && notModified(request, response, known)) {
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		// a HEAD is answered as a GET whose body is dropped here, so that its tag is the
		// tag of the body a GET gets
		chain.doFilter(head ? asGet(request) : request, buffered);
		if (buffered.getStatus() != HttpServletResponse.SC_OK) {
			buffered.setHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
			buffered.copyBodyToResponse();
			return;
		}
		byte[] body = buffered.getContentAsByteArray();
		String tag = (known != null) ? known : remember(path, strongTag(body));
		if (known == null && notModified(request, response, tag)) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, tag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		if (head) {
			response.setContentLength(body.length);
			return;
		}
		buffered.copyBodyToResponse();
	}

	/**
	 * Answers 304 with no body when the request's {@code If-None-Match} matches
	 * {@code tag}, by RFC 9110's rules: a list of tags in one or more fields, compared
	 * weakly ({@code W/} ignored), and {@code *}, which matches any representation that
	 * exists (which this one does: it has a tag).
	 */
	private static boolean notModified(HttpServletRequest request, HttpServletResponse response, String tag) {
		Enumeration<String> fields = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		while (fields != null && fields.hasMoreElements()) {
			if (matches(fields.nextElement(), tag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				response.setHeader(HttpHeaders.ETAG, tag);
				response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one {@code If-None-Match} field, {@code *} or a comma-separated list of
	 * entity tags (a tag may hold a comma between its quotes), matches {@code tag}. A
	 * malformed list matches nothing from where it goes wrong.
	 */
	static boolean matches(String field, String tag) {
		int at = 0;
		int length = field.length();
		while (at < length) {
			char c = field.charAt(at);
			if (c == ' ' || c == '\t' || c == ',') {
				at++;
				continue;
			}
			if (c == '*') {
				return true;
			}
			if (field.startsWith("W/", at)) {
				at += 2;
			}
			if (at >= length || field.charAt(at) != '"') {
				return false;
			}
			int end = field.indexOf('"', at + 1);
			if (end < 0) {
				return false;
			}
			if (field.regionMatches(at, tag, 0, tag.length()) && end + 1 - at == tag.length()) {
				return true;
			}
			at = end + 1;
		}
		return false;
	}

	private String remember(String path, String tag) {
		if (this.tags.size() < MAX_TAGS) {
			this.tags.putIfAbsent(path, tag);
		}
		return tag;
	}

	/** A strong entity tag: 128 bits of the SHA-256 of the bytes, in base64url. */
	static String strongTag(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private static HttpServletRequest asGet(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		};
	}

}
