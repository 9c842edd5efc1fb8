package io.aieducademy.accounts;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider, Spring Authorization Server on its own embedded Tomcat
 * at http://localhost:PORT, for tests of signing in with a provider. It knows one client,
 * the site, whose redirect address is on the loopback address 127.0.0.1 (any port, as RFC
 * 8252 allows), and a few people, each with a password and the names its ID tokens give.
 */
final class TestOpenIdProvider implements AutoCloseable {

	static final String CLIENT_ID = "aieducademy";

	static final String CLIENT_SECRET = "a-secret-for-the-test-only";

	static final String PASSWORD = "provider password";

	/** The people the provider knows: subject, then preferred_username and email. */
	static final Map<String, String[]> PEOPLE = Map.of("subject-ada",
			new String[] { "Ada.Lovelace!", "ada@example.org" }, "subject-grace",
			new String[] { "Grace", "grace@example.org" }, "subject-head",
			new String[] { "HeadTeacher", "head@example.org" }, "subject-nameless", new String[] { "", "" });

	private final ConfigurableApplicationContext context;

	private TestOpenIdProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static TestOpenIdProvider start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
			.properties("spring.config.name=test-openid-provider", "server.port=0", "server.address=localhost",
					"spring.main.banner-mode=off")
			.run();
		return new TestOpenIdProvider(context);
	}

	/** The issuer, as the site's {@code issuer-uri} names it. */
	String issuer() {
		return "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
	}

	@Override
	public void close() {
		this.context.close();
	}

	// a test configuration, so that the site's component scan in other tests leaves it
	// out
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
	static class Provider {

		@Bean
		@Order(1)
		SecurityFilterChain providerEndpoints(HttpSecurity http) {
			http.oauth2AuthorizationServer((server) -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain providerLoginForm(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService people() {
			InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
			PEOPLE.keySet()
				.forEach((subject) -> people
					.createUser(User.withUsername(subject).password("{noop}" + PASSWORD).roles("USER").build()));
			return people;
		}

		@Bean
		RegisteredClientRepository clients() {
			RegisteredClient site = RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://127.0.0.1/login/oauth2/code/school")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build();
			return new InMemoryRegisteredClientRepository(site);
		}

		/** The names in each ID token, as a school's provider would give them. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> names() {
			return (context) -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					String[] names = PEOPLE.get(context.getPrincipal().getName());
					if (names != null && !names[0].isEmpty()) {
						context.getClaims().claim("preferred_username", names[0]).claim("email", names[1]);
					}
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		/** Reads the access tokens that the user-info endpoint is called with. */
		@Bean
		JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
