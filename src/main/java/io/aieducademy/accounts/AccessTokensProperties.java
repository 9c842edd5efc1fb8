package io.aieducademy.accounts;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of personal access tokens, set with {@code aieducademy.tokens.*} properties.
 * Each token has a bucket of requests, refilled at a steady rate; an empty bucket answers
 * 429. A value below 1 stops start-up with the property's name.
 *
 * @param maxPerAccount the most tokens one account may hold, expired ones included
 * (default 20)
 * @param burst the requests one token may make at once (default 60)
 * @param perMinute the requests a token gets back each minute (default 60)
 * @param maxTrackedTokens how many tokens' buckets are remembered (default 10000)
 */
@ConfigurationProperties("aieducademy.tokens")
@Validated
public record AccessTokensProperties(@DefaultValue("20") @Positive int maxPerAccount,
		@DefaultValue("60") @Positive int burst, @DefaultValue("60") @Positive int perMinute,
		@DefaultValue("10000") @Positive int maxTrackedTokens) {

}
