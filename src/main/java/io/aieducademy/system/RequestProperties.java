package io.aieducademy.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on every request the site accepts, set with {@code aieducademy.requests.*}
 * properties. {@code /api/autograd} has its own, smaller body limit on top.
 *
 * @param maxBodySize the largest request body at any address; a larger declared
 * {@code Content-Length} gets 413 before the body is read, and a chunked body is cut off
 * at the limit (default 256KB)
 */
@ConfigurationProperties("aieducademy.requests")
public record RequestProperties(@DefaultValue("256KB") DataSize maxBodySize) {

	public RequestProperties {
		if (maxBodySize.toBytes() < 1) {
			throw new IllegalArgumentException("aieducademy.requests.max-body-size must be positive");
		}
	}

}
