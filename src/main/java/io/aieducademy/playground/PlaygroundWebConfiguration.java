package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every answer of {@code POST /api/playground/train} carries the client's RateLimit
 * fields, also those that never reach an evaluation (a body that cannot be read).
 */
@Configuration(proxyBeanMethods = false)
class PlaygroundWebConfiguration implements WebMvcConfigurer {

	// absent in MVC test slices of other features, which pick up this configuration
	private final ObjectProvider<EvaluationSlots> slots;

	PlaygroundWebConfiguration(ObjectProvider<EvaluationSlots> slots) {
		this.slots = slots;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		EvaluationSlots slots = this.slots.getIfAvailable();
		if (slots != null) {
			registry.addInterceptor(slots.quotaFields()).addPathPatterns("/api/playground/train");
		}
	}

}
