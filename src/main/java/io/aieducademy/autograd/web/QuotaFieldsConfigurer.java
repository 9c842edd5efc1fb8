package io.aieducademy.autograd.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every answer of an API that runs in the {@link EvaluationSlots} carries the client's
 * RateLimit fields, also the answers that never reach an evaluation (a body that cannot
 * be read). Each such API's configuration extends this with its path.
 */
public abstract class QuotaFieldsConfigurer implements WebMvcConfigurer {

	// absent in MVC test slices of other features, which pick up the configurations
	private final ObjectProvider<EvaluationSlots> slots;

	private final String path;

	protected QuotaFieldsConfigurer(ObjectProvider<EvaluationSlots> slots, String path) {
		this.slots = slots;
		this.path = path;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		EvaluationSlots slots = this.slots.getIfAvailable();
		if (slots != null) {
			registry.addInterceptor(slots.quotaFields()).addPathPatterns(this.path);
		}
	}

}
