package io.aieducademy.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) any request that would change something and that a browser says comes
 * from another site, before it can touch a cookie or the database. Browsers say so in
 * {@code Sec-Fetch-Site}; older ones in {@code Origin}. Only {@code same-origin} and
 * {@code none} (typed or bookmarked) pass: {@code same-site} is refused too, since
 * another port or subdomain of the same host is another application. A request with
 * neither header (curl, scripts, very old browsers) is let through: such a client carries
 * no victim's cookies. The one exception is a page on an origin listed in
 * {@code aieducademy.api.cors.allowed-origins} calling the engine ({@link ApiCors}): it
 * sends {@code Origin}, and gets no credentials. See
 * docs/decisions/cross-site-requests.md and docs/http-caching-and-cors.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ApiCors cors;

	CrossSiteRequestFilter(ApiCors cors) {
		this.cors = cors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)
				&& !this.cors.allowsAcrossSites(request)) {
			ErrorResponses.refuse(request, response, HttpStatus.FORBIDDEN.value(), 0);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			String value = site.trim().toLowerCase(Locale.ROOT);
			return !value.equals("same-origin") && !value.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin != null) {
			return !origin.trim().equalsIgnoreCase(ownOrigin(request));
		}
		return false;
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

}
