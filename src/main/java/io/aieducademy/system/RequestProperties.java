package io.aieducademy.system;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.util.unit.DataSize;

/**
 * Limits on every request the site accepts, set with {@code aieducademy.requests.*}
 * properties. {@code /api/autograd} has its own body limit on top.
 *
 * @param maxBodySize the largest request body at any address; a larger declared
 * {@code Content-Length} gets 413 before the body is read, and a chunked body is cut off
 * at the limit. Its default (256KB) is written in application.properties, because
 * Tomcat's own limits on form posts and on the body it swallows read it there too.
 */
@ConfigurationProperties("aieducademy.requests")
@Validated
public record RequestProperties(DataSize maxBodySize) {

	@AssertTrue(message = "max-body-size must be at least one byte")
	boolean isMaxBodySizePositive() {
		return this.maxBodySize.toBytes() > 0;
	}

}
