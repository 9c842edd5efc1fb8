package io.aieducademy.quiz;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on writing answers and completions, set with {@code aieducademy.quiz.*}
 * properties. Each learner and each address has a bucket of writes: it holds a burst and
 * refills at a steady rate per minute. An empty bucket gets 429 with {@code Retry-After}.
 * A value below 1 stops start-up with the property's name.
 *
 * @param learnerBurst writes one learner may make at once (default 30)
 * @param learnerPerMinute writes one learner may make per minute after that (default 60)
 * @param addressBurst writes one address may make at once, for all its learners (default
 * 60)
 * @param addressPerMinute writes one address may make per minute after that (default 300)
 * @param maxTrackedClients how many learners' and addresses' buckets are remembered
 * (default 10000)
 */
@ConfigurationProperties("aieducademy.quiz")
@Validated
public record QuizProperties(@DefaultValue("30") @Positive int learnerBurst,
		@DefaultValue("60") @Positive int learnerPerMinute, @DefaultValue("60") @Positive int addressBurst,
		@DefaultValue("300") @Positive int addressPerMinute, @DefaultValue("10000") @Positive int maxTrackedClients) {

}
