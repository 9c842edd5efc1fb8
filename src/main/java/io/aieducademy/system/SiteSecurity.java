package io.aieducademy.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security: a CSRF token on every HTML form that changes something, the session of
 * a signed-in user, and signing out. Every address is permitted here: the accounts
 * feature signs users in with its own forms and its pages send a visitor to sign in
 * themselves, so this configuration knows nothing about accounts. The token lives in a
 * cookie, not in a server session, and nothing is saved in a session before someone signs
 * in, so anonymous readers still get no session; the JSON API is guarded by
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

	/**
	 * The form tokens, a bean so that signing in (in the accounts feature) can issue a
	 * new one.
	 */
	@Bean
	CsrfTokenRepository formTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(TOKEN_COOKIE);
		// only this site's own forms need it; HttpOnly, since no script reads it
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Strict"));
		return tokens;
	}

	@Bean
	SecurityFilterChain siteSecurityFilterChain(HttpSecurity http, CsrfTokenRepository tokens, ApiCors cors) {
		RequestMatcher api = (request) -> SiteErrorController.isApi(request, request.getRequestURI());
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.cors((origins) -> origins.configurationSource(cors))
			.csrf((csrf) -> csrf.csrfTokenRepository(tokens).ignoringRequestMatchers(api))
			.exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, denied) -> ErrorResponses
				.refuse(request, response, HttpStatus.FORBIDDEN.value(), 0)))
			// a session only once someone signs in: the security context is saved only
			// then
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			// a POST with the form token; ends the session, whose cookie goes with it
			.logout((logout) -> logout.logoutUrl("/signout").logoutSuccessUrl("/"));
		return http.build();
	}

}
