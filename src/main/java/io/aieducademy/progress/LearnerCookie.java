package io.aieducademy.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

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

	private static final Duration LIFETIME = Duration.ofDays(730);

	/** The learner of this request, if their browser has sent a valid learner cookie. */
	Optional<UUID> current(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				try {
					return Optional.of(UUID.fromString(cookie.getValue()));
				}
				catch (IllegalArgumentException ex) {
					// A tampered or truncated cookie is treated as no cookie; a new one
					// replaces it.
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
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
