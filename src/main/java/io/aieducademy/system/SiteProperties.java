package io.aieducademy.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Links the site shows about itself.
 *
 * @param sourceUrl the public source repository, linked from the footer
 * @param editBaseUrl the base URL for "Suggest an edit to this lesson"; a lesson's
 * content path is appended
 */
@ConfigurationProperties("aieducademy.site")
public record SiteProperties(String sourceUrl, String editBaseUrl) {
}
