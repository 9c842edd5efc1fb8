package io.aieducademy.system;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the site warms itself up before it reports itself ready ({@link WarmUp}).
 *
 * @param rounds how many times each warm-up request is sent (default 1: one round brings
 * the first worked example after ready from about 50 ms to under 10 ms, and each further
 * round costs start-up about a third of a second for little more; README, issue 13); 0
 * sends none
 */
@ConfigurationProperties("aieducademy.warm-up")
@Validated
public record WarmUpProperties(@DefaultValue("1") @PositiveOrZero int rounds) {
}
