package io.aieducademy.system;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}):
 * its title, version, licence, server and security schemes here, the problem responses
 * that every operation shares in {@link ApiProblemResponses}. A copy is committed as
 * docs/openapi.json; docs/api.md says how to update it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** The security scheme of the learner cookie. */
	static final String LEARNER_COOKIE = "learnerCookie";

	/** The security scheme of personal access tokens. */
	static final String BEARER_TOKEN = "bearerToken";

	@Bean
	OpenAPI aiEducademyApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("AI Educademy API")
				.version((properties != null) ? properties.getVersion() : "development")
				.description("Run the autograd engine on a program and read every value and gradient; train a small "
						+ "network step by step; read lessons and their quick checks, answer them (graded on the "
						+ "server) and follow a learner's progress. Errors are RFC 9457 problem details "
						+ "(application/problem+json) with a sentence a learner understands. /api stays backward "
						+ "compatible and info.version is the application's version: see docs/api.md.")
				.license(new License().name("MIT").identifier("MIT")))
			// relative, so that the document is true for every instance that serves it
			.servers(List.of(new Server().url("/").description("The instance that serves this document")))
			.components(new Components()
				.addSecuritySchemes(LEARNER_COOKIE,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("aie_learner")
							.description("The learner: an opaque id the server sets in this cookie with the first "
									+ "answer it records. Send it back to answer, complete and read progress as the "
									+ "same learner; without it the quiz answers for a new learner. The evaluating "
									+ "APIs read it only to share the engine's time fairly. An id the server never "
									+ "issued is ignored."))
				.addSecuritySchemes(BEARER_TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token (aied_ and 55 letters and digits) that a signed-in "
									+ "user creates on their account page, scoped read or read-write, for at most a "
									+ "year. The request acts as the token's owner, without a session or form token. "
									+ "A read token may only GET and HEAD (403 otherwise); an unknown, revoked or "
									+ "expired token gets 401. Each token has its own rate limit (429), and its "
									+ "RateLimit fields come with every answer unless the operation sends its own. "
									+ "See docs/api.md, \"Tokens\".")))
			// every operation may be called without the cookie, with it, or with a token
			.security(List.of(new SecurityRequirement().addList(LEARNER_COOKIE),
					new SecurityRequirement().addList(BEARER_TOKEN), new SecurityRequirement()));
	}

	@Bean
	ApiProblemResponses apiProblemResponses(RequestProperties requests) {
		return new ApiProblemResponses(requests.maxBodySize().toBytes());
	}

}
