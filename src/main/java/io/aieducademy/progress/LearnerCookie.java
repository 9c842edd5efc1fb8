package io.aieducademy.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Identifies an anonymous learner by a long-lived random id in a cookie, the same for
 * pages and for the API. The cookie is created on a learner's first answer, never just
 * for reading.
 */
final class LearnerCookie {

	static final String NAME = "aie_learner";

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	private static final Duration LIFETIME = Duration.ofDays(730);

	/** The learner of this request, if their browser has sent a valid learner cookie. */
	Optional<UUID> current(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				// Only the canonical form the site issues: UUID.fromString also accepts
				// shortened forms such as 0-0-0-0-0. A tampered or truncated cookie is
				// treated as no cookie.
				String value = cookie.getValue();
				return CANONICAL.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Removes the learner cookie from the browser. */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(NAME, "")
			.path("/")
			.maxAge(0)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** Issues a new learner id and sets its cookie on the response. */
	UUID issue(HttpServletRequest request, HttpServletResponse response) {
		UUID learner = UUID.randomUUID();
		ResponseCookie cookie = ResponseCookie.from(NAME, learner.toString())
			.path("/")
			.maxAge(LIFETIME)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return learner;
	}

}
