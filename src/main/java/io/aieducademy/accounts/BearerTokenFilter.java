package io.aieducademy.accounts;

import io.aieducademy.ratelimit.Quota;
import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token, in the token
 * requests' own filter chain ({@link TokenSecurity}): the request then acts as the
 * token's owner, without a session. An unknown, revoked or expired token gets 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}; a token over its rate gets 429
 * with {@code Retry-After}; a {@code read} token on a request that could change something
 * gets 403 with {@code error="insufficient_scope"}. Every answer to a valid token carries
 * its RateLimit fields, unless the endpoint writes its own quota's (the quiz's writes,
 * the engine). Each refusal is a problem (RFC 9457) in the message bundle's words.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "bearer";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final AccessTokens tokens;

	private final AccessTokensProperties limits;

	private final MessageSource messages;

	private final TokenBuckets buckets;

	BearerTokenFilter(AccessTokens tokens, AccessTokensProperties limits, MessageSource messages) {
		this.tokens = tokens;
		this.limits = limits;
		this.messages = messages;
		this.buckets = new TokenBuckets(limits.maxTrackedTokens());
	}

	/**
	 * Whether a request is a token's: under {@code /api}, with an
	 * {@code Authorization: Bearer} field (the scheme in any case).
	 */
	static boolean isTokenRequest(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/")
				&& presented(request) != null;
	}

	/**
	 * The credentials after {@code Bearer}, trimmed (possibly empty); null without that
	 * scheme.
	 */
	static @Nullable String presented(HttpServletRequest request) {
		String field = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (field == null) {
			return null;
		}
		String value = field.strip();
		if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| (value.length() > SCHEME.length() && value.charAt(SCHEME.length()) != ' ')) {
			return null;
		}
		return value.substring(SCHEME.length()).strip();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presented(request);
		Optional<AccessTokens.Bearer> found = (presented != null) ? this.tokens.authenticate(presented)
				: Optional.empty();
		if (found.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			refuse(request, response, HttpStatus.UNAUTHORIZED, "problem.token.invalid");
			return;
		}
		AccessTokens.Bearer bearer = found.get();
		long now = System.nanoTime();
		TokenBucket bucket = this.buckets.bucket(bearer.lookupId(), this.limits.burst(),
				this.limits.perMinute() / 60.0);
		long wait = (bucket.nanosUntil(1, now) + 999_999_999) / 1_000_000_000;
		if (wait > 0) {
			bucket.quota(1, now).writeTo(response);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.token.tooMany", wait);
			return;
		}
		bucket.take(1, now);
		Quota quota = bucket.quota(1, now);
		quota.writeTo(response);
		if (!bearer.scope().allows(request.getMethod())) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"insufficient_scope\", scope=\"" + TokenScope.READ_WRITE.value() + "\"");
			refuse(request, response, HttpStatus.FORBIDDEN, "problem.token.readOnly");
			return;
		}
		SignedIn user = bearer.user();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()),
						new SimpleGrantedAuthority("SCOPE_" + bearer.scope().value()))));
		this.holder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.holder.clearContext();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... arguments) throws IOException {
		Locale locale = request.getLocale();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.getMessage(code + ".title", null, locale));
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(code, arguments, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
