package io.aieducademy.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security, for one thing until there are accounts (issue 15): a CSRF token on
 * every HTML form that changes something. Everything else is permitted; there is no login
 * page, no HTTP Basic and no user. The token lives in a cookie, not in a server session,
 * so anonymous readers still get no session; the JSON API is guarded by
 * {@link CrossSiteRequestFilter} instead of a token. The site's own
 * {@link SecurityHeadersFilter} writes the security headers, so Spring Security writes
 * none. Its CORS filter answers the origins listed in
 * {@code aieducademy.api.cors.allowed-origins} ({@link ApiCors}). See
 * docs/decisions/cross-site-requests.md.
 */
@Configuration(proxyBeanMethods = false)
class SiteSecurity {

	/** The cookie that holds the form token (the token in each form is masked anew). */
	static final String TOKEN_COOKIE = "XSRF-TOKEN";

	@Bean
	SecurityFilterChain siteSecurityFilterChain(HttpSecurity http, ApiCors cors) {
		RequestMatcher api = (request) -> SiteErrorController.isApi(request, request.getRequestURI());
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(TOKEN_COOKIE);
		// only this site's own forms need it; HttpOnly, since no script reads it
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Strict"));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.cors((origins) -> origins.configurationSource(cors))
			.csrf((csrf) -> csrf.csrfTokenRepository(tokens).ignoringRequestMatchers(api))
			.exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, denied) -> ErrorResponses
				.refuse(request, response, HttpStatus.FORBIDDEN.value(), 0)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
