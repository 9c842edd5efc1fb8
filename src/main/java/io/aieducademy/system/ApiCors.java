package io.aieducademy.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * The API's cross-origin policy ({@link ApiCorsProperties}), for Spring Security's CORS
 * filter and for {@link CrossSiteRequestFilter}. A request gets a configuration, and so
 * CORS headers, only when its origin is listed and it is one the policy opens: a read of
 * content ({@link ApiCaching#isContent}) or a call of the engine. Everything else gets
 * none, so that the browser keeps the answer from the other page: an origin not listed,
 * and every learner endpoint (answers, completion, progress), which also stay refused
 * across sites. Credentials are never allowed: a listed origin's page calls the engine as
 * an anonymous client, so it can neither read nor write a learner's data.
 */
@Component
class ApiCors implements CorsConfigurationSource {

	/** The answers' fields a page on a listed origin may read, besides the safelisted. */
	static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, "RateLimit-Limit", "RateLimit-Remaining",
			"RateLimit-Reset", HttpHeaders.RETRY_AFTER);

	private final List<String> origins;

	private final @Nullable CorsConfiguration read;

	private final @Nullable CorsConfiguration evaluate;

	ApiCors(ApiCorsProperties properties) {
		this.origins = List.copyOf(properties.allowedOrigins());
		this.read = this.origins.isEmpty() ? null : configuration(properties, HttpMethod.GET, HttpMethod.HEAD);
		this.evaluate = this.origins.isEmpty() ? null : configuration(properties, HttpMethod.POST);
	}

	private static CorsConfiguration configuration(ApiCorsProperties properties, HttpMethod... methods) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(properties.allowedOrigins());
		for (HttpMethod method : methods) {
			configuration.addAllowedMethod(method);
		}
		// no credentials, so any request field is harmless (Content-Type:
		// application/json
		// and If-None-Match are the ones that matter)
		configuration.addAllowedHeader(CorsConfiguration.ALL);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(properties.maxAge());
		return configuration;
	}

	/** Whether any origin is listed: then the content's answers vary by Origin. */
	boolean isEnabled() {
		return !this.origins.isEmpty();
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		CorsConfiguration configuration = configurationFor(request);
		if (origin == null || configuration == null || configuration.checkOrigin(origin) == null) {
			return null;
		}
		return configuration;
	}

	/**
	 * Whether a request that changes something comes from a listed origin's page and
	 * calls the engine: then {@link CrossSiteRequestFilter} lets it through.
	 */
	boolean allowsAcrossSites(HttpServletRequest request) {
		return getCorsConfiguration(request) == this.evaluate && this.evaluate != null;
	}

	private @Nullable CorsConfiguration configurationFor(HttpServletRequest request) {
		String method = request.getMethod();
		if (CorsUtils.isPreFlightRequest(request)) {
			method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		}
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (("GET".equals(method) || "HEAD".equals(method)) && ApiCaching.isContent(path)) {
			return this.read;
		}
		if ("POST".equals(method) && ApiCaching.isEvaluation(path)) {
			return this.evaluate;
		}
		return null;
	}

}
