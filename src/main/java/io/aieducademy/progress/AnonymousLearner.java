package io.aieducademy.progress;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The anonymous learner of a request, by their cookie, for a feature that takes their
 * progress over (signing up or in moves it to the account).
 */
@Component
public class AnonymousLearner {

	private final LearnerCookie cookie = new LearnerCookie();

	private final Progress progress;

	AnonymousLearner(Progress progress) {
		this.progress = progress;
	}

	/**
	 * The learner id of this request's cookie, when the site has stored something under
	 * it.
	 */
	public Optional<UUID> of(HttpServletRequest request) {
		return this.cookie.current(request).filter(this.progress::isKnown);
	}

	/** Whether this request carries a learner cookie, known or not. */
	public boolean hasCookie(HttpServletRequest request) {
		return this.cookie.current(request).isPresent();
	}

	/** Tells the browser to forget its learner cookie. */
	public void forget(HttpServletRequest request, HttpServletResponse response) {
		this.cookie.clear(request, response);
	}

}
