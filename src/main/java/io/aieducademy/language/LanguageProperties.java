package io.aieducademy.language;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of {@code POST /api/tokeniser} and {@code POST /api/next-word}, set with
 * {@code aieducademy.language.*} properties. A longer text gets a 400 problem. A value
 * out of range stops start-up with the property's name.
 *
 * @param maxTextLength the most characters (Unicode code points) of a text to tokenise or
 * to predict after (default 500)
 */
@ConfigurationProperties("aieducademy.language")
@Validated
public record LanguageProperties(@DefaultValue("500") @Positive int maxTextLength) {
}
