package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;
import io.aieducademy.autograd.web.QuotaFieldsConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;

/**
 * Every answer of {@code POST /api/playground/train} carries the client's RateLimit
 * fields, also those that never reach an evaluation (a body that cannot be read).
 */
@Configuration(proxyBeanMethods = false)
class PlaygroundWebConfiguration extends QuotaFieldsConfigurer {

	PlaygroundWebConfiguration(ObjectProvider<EvaluationSlots> slots) {
		super(slots, "/api/playground/train");
	}

}
