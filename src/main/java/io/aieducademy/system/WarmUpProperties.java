package io.aieducademy.system;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the site warms itself up before it reports itself ready ({@link WarmUp}).
 *
 * @param rounds how many times each warm-up request is sent (default 10); 0 sends none
 */
@ConfigurationProperties("aieducademy.warm-up")
@Validated
public record WarmUpProperties(@DefaultValue("10") @PositiveOrZero int rounds) {
}
