package io.aieducademy.accounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Optional sign-in with OpenID Connect providers (a school's Keycloak, Google, GitHub
 * through OAuth 2): on only when {@code spring.security.oauth2.client.registration.*}
 * properties name at least one provider, and then the sign-in and sign-up pages link to
 * each. Without them, Spring Boot makes no {@link ClientRegistrationRepository} and this
 * adds no filter at all. The person the provider names is found again by the provider's
 * issuer and their subject there; their first sign-in makes an account without a
 * password. Signing in then goes on as with a password ({@link SignInSession}): a new
 * session id and form token, and the browser's anonymous progress moves into the account.
 * See docs/accounts.md.
 */
@Configuration(proxyBeanMethods = false)
class ProviderSignIn {

	static final String FAILED = "/signin?providerFailed";

	/**
	 * Spring Security applies every {@code Customizer<HttpSecurity>} bean to the site's
	 * security configuration: this one adds the OAuth 2 login filters when a provider is
	 * configured.
	 */
	@Bean
	Customizer<HttpSecurity> providerSignInFilters(ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<Accounts> accounts, ObjectProvider<SignInSession> session) {
		return (http) -> {
			if (registrations.getIfAvailable() == null) {
				return;
			}
			http.oauth2Login((login) -> login.loginPage("/signin")
				.authorizedClientRepository(new NoAuthorizedClients())
				.successHandler((request, response, authentication) -> signedIn(accounts.getObject(),
						session.getObject(), request, response, authentication))
				.failureHandler(
						(request, response, failure) -> response.sendRedirect(request.getContextPath() + FAILED)));
		};
	}

	/** The configured providers, for the sign-in page's links. */
	@Bean
	Providers signInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		return new Providers(registrations);
	}

	private static void signedIn(Accounts accounts, SignInSession session, HttpServletRequest request,
			HttpServletResponse response, Authentication authentication) throws IOException {
		if (!(authentication instanceof OAuth2AuthenticationToken token)) {
			response.sendRedirect(request.getContextPath() + FAILED);
			return;
		}
		OAuth2User person = token.getPrincipal();
		String issuer;
		List<String> names = new ArrayList<>();
		if (person instanceof OidcUser oidc) {
			issuer = String.valueOf(oidc.getIssuer());
			add(names, oidc.getPreferredUsername());
			add(names, localPart(oidc.getEmail()));
			add(names, oidc.getFullName());
		}
		else {
			// a plain OAuth 2 provider (GitHub) has no issuer: its registration stands in
			issuer = "oauth2:" + token.getAuthorizedClientRegistrationId();
			Map<String, Object> attributes = person.getAttributes();
			add(names, attributes.get("login"));
			add(names, localPart(attributes.get("email")));
			add(names, attributes.get("name"));
		}
		Account account = accounts.signInWithProvider(issuer, person.getName(), names);
		session.start(account, request, response);
		response.sendRedirect(request.getContextPath() + "/account");
	}

	private static void add(List<String> names, @Nullable Object name) {
		if (name instanceof String text && !text.isBlank()) {
			names.add(text);
		}
	}

	private static @Nullable String localPart(@Nullable Object email) {
		if (email instanceof String address && address.indexOf('@') > 0) {
			return address.substring(0, address.indexOf('@'));
		}
		return null;
	}

	/**
	 * The providers listed on the sign-in page, by registration id and the name to show.
	 */
	static final class Providers {

		private final ObjectProvider<ClientRegistrationRepository> registrations;

		Providers(ObjectProvider<ClientRegistrationRepository> registrations) {
			this.registrations = registrations;
		}

		List<Provider> list() {
			ClientRegistrationRepository repository = this.registrations.getIfAvailable();
			List<Provider> providers = new ArrayList<>();
			if (repository instanceof Iterable<?> all) {
				for (Object registration : all) {
					if (registration instanceof ClientRegistration client) {
						providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
					}
				}
			}
			return providers;
		}

	}

	/**
	 * One provider's link on the sign-in page.
	 *
	 * @param id the registration id, in the link /oauth2/authorization/{id}
	 * @param name the name shown ({@code client-name}, by default the id)
	 */
	record Provider(String id, String name) {
	}

	/**
	 * Keeps no provider tokens: the site only learns who someone is and never calls the
	 * provider on their behalf, so no access token is kept in memory or in a session.
	 */
	static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		@SuppressWarnings("TypeParameterUnusedInFormals")
		public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
			// nothing kept
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
			// nothing kept
		}

	}

}
