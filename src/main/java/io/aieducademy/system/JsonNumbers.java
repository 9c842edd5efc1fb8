package io.aieducademy.system;

import tools.jackson.core.StreamWriteFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Numbers are written in their shortest form that reads back exactly, by Jackson's
 * Schubfach writer rather than Java 17's {@code Double.toString}, whose slow path took
 * about a third of the time of a playground answer (thousands of heatmap cells). Every
 * API writes its numbers this way.
 */
@Configuration(proxyBeanMethods = false)
public class JsonNumbers {

	@Bean
	JsonMapperBuilderCustomizer fastNumbers() {
		return (builder) -> builder.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
	}

}
