package io.aieducademy.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content lives.
 *
 * @param location the folder holding {@code tracks.yml} and {@code programs/}, as a
 * Spring resource location (default {@code classpath:content/})
 */
@ConfigurationProperties("aieducademy.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location) {
}
