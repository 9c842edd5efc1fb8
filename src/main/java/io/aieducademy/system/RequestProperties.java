package io.aieducademy.system;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 * @param maxConcurrent how many requests may run the application's code at once
 * ({@link RequestBulkhead}); health probes are not counted (default 0, which means twice
 * the number of available processors)
 * @param admissionTimeout how long a request waits for its turn before it gets 503
 * (default 10s)
 * @param responseBuffer how much of a response is kept back before it goes out to the
 * client, so that a request gives its turn back before it waits for a slow reader
 * (default 129KB: just over the 128KB, 16 times its own default, that Tomcat keeps in an
 * idle connection's processor, so that the larger buffer is dropped when the request ends
 * rather than kept by each of up to 200 idle processors)
 */
@ConfigurationProperties("aieducademy.requests")
@Validated
public record RequestProperties(DataSize maxBodySize, @DefaultValue("0") @PositiveOrZero int maxConcurrent,
		@DefaultValue("10s") Duration admissionTimeout, @DefaultValue("129KB") DataSize responseBuffer) {

	/**
	 * How many requests may run at once, with 0 resolved to twice the number of available
	 * processors.
	 */
	public int concurrency() {
		return (this.maxConcurrent > 0) ? this.maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
	}

	@AssertTrue(message = "admission-timeout must not be negative")
	boolean isAdmissionTimeoutNotNegative() {
		return !this.admissionTimeout.isNegative();
	}

	@AssertTrue(message = "response-buffer must be between 1KB and 16MB")
	boolean isResponseBufferReasonable() {
		return this.responseBuffer.toBytes() >= 1024 && this.responseBuffer.toBytes() <= 16 * 1024 * 1024;
	}

	@AssertTrue(message = "max-body-size must be at least one byte")
	boolean isMaxBodySizePositive() {
		return this.maxBodySize.toBytes() > 0;
	}

}
