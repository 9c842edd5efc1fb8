package io.aieducademy.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The title, version and licence of the OpenAPI document that Swagger UI shows at
 * /swagger-ui.html.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI aiEducademyApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI().info(new Info().title("AI Educademy API")
			.version((properties != null) ? properties.getVersion() : "development")
			.description("Run the autograd engine on a program and read every value and gradient; read lessons and "
					+ "their quick checks, answer them (graded on the server) and follow a learner's progress. "
					+ "Errors are RFC 9457 problem details with a sentence a learner understands.")
			.license(new License().name("MIT")));
	}

}
