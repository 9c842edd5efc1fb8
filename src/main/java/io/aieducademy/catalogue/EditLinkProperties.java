package io.aieducademy.catalogue;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where "Suggest an edit to this lesson" points.
 *
 * @param editBaseUrl the base URL of the content files in the source repository; a
 * lesson's content path is appended
 */
@ConfigurationProperties("aieducademy.site")
@Validated
public record EditLinkProperties(@NotBlank String editBaseUrl) {
}
