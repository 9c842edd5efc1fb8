package io.aieducademy.autograd.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;

/**
 * Every answer of {@code POST /api/autograd} carries the client's RateLimit fields, also
 * those that never reach an evaluation (a body that cannot be read).
 */
@Configuration(proxyBeanMethods = false)
class AutogradWebConfiguration extends QuotaFieldsConfigurer {

	AutogradWebConfiguration(ObjectProvider<EvaluationSlots> slots) {
		super(slots, "/api/autograd");
	}

}
