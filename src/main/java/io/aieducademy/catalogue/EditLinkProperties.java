package io.aieducademy.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where "Suggest an edit to this lesson" points.
 *
 * @param editBaseUrl the base URL of the content files in the source repository; a
 * lesson's content path is appended
 */
@ConfigurationProperties("aieducademy.site")
public record EditLinkProperties(String editBaseUrl) {
}
