package io.aieducademy.system;

import io.aieducademy.json.StrictScalars;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON that arrives is read as written ({@link StrictScalars}): a value of the wrong type
 * is a mistake (a 400 problem), never silently converted. The rule is set here once, for
 * every API, through Jackson's coercion settings.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictScalars() {
		return StrictScalars::apply;
	}

}
