package io.aieducademy.system;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which other origins' pages may call the API from a browser, set with
 * {@code aieducademy.api.cors.*} properties (docs/http-caching-and-cors.md). They may
 * read the content (programs, lessons, the language's operations) and call the engine
 * ({@code POST /api/autograd}, {@code POST /api/playground/train}), never with the
 * learner's cookie; the learner's own endpoints stay closed to them.
 *
 * @param allowedOrigins the origins, each {@code scheme://host} or
 * {@code scheme://host:port} with the scheme http or https, or {@code *} for every origin
 * (default none: no origin gets CORS headers)
 * @param maxAge how long a browser may keep a preflight's answer (default 1h)
 */
@ConfigurationProperties("aieducademy.api.cors")
@Validated
public record ApiCorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

	private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[^/?#@\\s:]+(:[0-9]{1,5})?");

	@AssertTrue(message = "allowed-origins must each be *, or an origin such as https://school.example "
			+ "(http or https, a host and an optional port; no path, no trailing slash)")
	boolean isEveryOriginAnOrigin() {
		return this.allowedOrigins.stream().allMatch((origin) -> ORIGIN.matcher(origin).matches());
	}

	@AssertTrue(message = "max-age must not be negative")
	boolean isMaxAgeNotNegative() {
		return !this.maxAge.isNegative();
	}

}
