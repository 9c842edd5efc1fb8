package io.aieducademy.catalogue;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the content lives.
 *
 * @param location the folder holding {@code tracks.yml} and {@code programs/}, as a
 * Spring resource location (default {@code classpath:content/})
 */
@ConfigurationProperties("aieducademy.content")
@Validated
public record ContentProperties(@DefaultValue("classpath:content/") @NotBlank String location) {
}
