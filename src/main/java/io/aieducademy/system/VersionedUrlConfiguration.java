package io.aieducademy.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Registers {@link VersionedUrlFilter} in place of Spring Boot's own resource URL filter
 * (which steps aside when one is registered), for pages and error pages alike.
 */
@Configuration(proxyBeanMethods = false)
class VersionedUrlConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> versionedUrlFilter(ResourceUrlProvider mvcResourceUrlProvider,
			WebProperties web) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new VersionedUrlFilter(mvcResourceUrlProvider, web.getResources().getChain().isCache()));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
