package io.aieducademy.accounts;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The filter chain of API requests that carry {@code Authorization: Bearer}: ahead of the
 * site's chain, and used instead of it for them. It is stateless (no session is read or
 * created, nothing is saved between requests), needs no form token (a browser never adds
 * this field by itself, so another site's page cannot make a victim send it) and
 * authenticates the token with {@link BearerTokenFilter}. Every other request, a bearer
 * field outside {@code /api} included, goes through the site's chain as before.
 */
@Configuration(proxyBeanMethods = false)
class TokenSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain tokenSecurityFilterChain(HttpSecurity http, AccessTokens tokens, AccessTokensProperties limits,
			MessageSource messages) {
		http.securityMatcher(BearerTokenFilter::isTokenRequest)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new BearerTokenFilter(tokens, limits, messages), AuthorizationFilter.class)
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
