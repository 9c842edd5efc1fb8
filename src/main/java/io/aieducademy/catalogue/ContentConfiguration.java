package io.aieducademy.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the catalogue once, at start-up; a content mistake stops the application there.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	@Bean
	Catalogue catalogue(ContentProperties properties, ResourcePatternResolver resources) {
		return new CatalogueLoader(resources, properties.location()).load();
	}

}
