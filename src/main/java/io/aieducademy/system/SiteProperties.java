package io.aieducademy.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Links the site shows about itself.
 *
 * @param sourceUrl the public source repository, linked from the footer
 */
@ConfigurationProperties("aieducademy.site")
public record SiteProperties(String sourceUrl) {
}
