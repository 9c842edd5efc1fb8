package io.aieducademy.system;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Links the site shows about itself.
 *
 * @param sourceUrl the public source repository, linked from the footer
 */
@ConfigurationProperties("aieducademy.site")
@Validated
public record SiteProperties(@NotBlank String sourceUrl) {
}
