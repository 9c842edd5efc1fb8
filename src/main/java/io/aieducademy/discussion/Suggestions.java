package io.aieducademy.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.aieducademy.accounts.Account;
import io.aieducademy.accounts.AccountRepository;
import io.aieducademy.accounts.Role;
import io.aieducademy.accounts.SignedIn;
import io.aieducademy.discussion.Suggestion.Status;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested edits: sent by anyone signed in from a lesson page, reviewed by
 * administrators, who mark each done or dismiss it. Nothing leaves the site.
 */
@Service
class Suggestions {

	/** Suggestions on one page of the review. */
	static final int REVIEW_PAGE_SIZE = 50;

	private final SuggestionRepository suggestions;

	private final AccountRepository accounts;

	private final Discussion discussion;

	private final Clock clock;

	Suggestions(SuggestionRepository suggestions, AccountRepository accounts, Discussion discussion, Clock clock) {
		this.suggestions = suggestions;
		this.accounts = accounts;
		this.discussion = discussion;
		this.clock = clock;
	}

	/**
	 * One suggestion for the review.
	 *
	 * @param id its id
	 * @param lesson the lesson's slug
	 * @param author who sent it
	 * @param place where in the lesson
	 * @param text what to change
	 * @param segments the text as shown
	 * @param status open, done or dismissed
	 * @param createdAt when it was sent
	 */
	public record SuggestionView(long id, String lesson, String author, String place, String text,
			List<TextSegment> segments, String status, Instant createdAt) {

		/** The day it was sent, for people: "28 Nov 2026". */
		public String sentOn() {
			return SENT_ON.format(this.createdAt);
		}

	}

	private static final DateTimeFormatter SENT_ON = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK)
		.withZone(ZoneOffset.UTC);

	@Transactional
	Suggestion suggest(String lessonSlug, @Nullable SignedIn author, String typedPlace, String typed) {
		if (author == null) {
			throw new DiscussionException(HttpStatus.UNAUTHORIZED, "problem.discussion.signIn");
		}
		String place = PostText.clean(typedPlace).replace('\n', ' ');
		if (place.isEmpty()) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.suggestion.noPlace");
		}
		int maxPlace = this.discussion.properties().maxPlaceLength();
		if (PostText.length(place) > maxPlace) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.suggestion.placeTooLong", maxPlace,
					PostText.length(place));
		}
		String text = this.discussion.text(typed);
		this.discussion.spend(author);
		return this.suggestions.save(new Suggestion(lessonSlug, author.accountId(), place, text, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	Page<SuggestionView> review(@Nullable SignedIn reviewer, Status status, int page) {
		administrator(reviewer);
		Page<Suggestion> found = this.suggestions.byStatus(status, PageRequest.of(Math.max(0, page), REVIEW_PAGE_SIZE));
		Map<Long, String> names = new HashMap<>();
		for (Account account : this.accounts
			.findAllById(found.getContent().stream().map(Suggestion::accountId).distinct().toList())) {
			Long id = account.getId();
			if (id != null) {
				names.put(id, account.getUsername());
			}
		}
		return found.map((suggestion) -> new SuggestionView(suggestion.id(), suggestion.lessonSlug(),
				names.getOrDefault(suggestion.accountId(), ""), suggestion.place(), suggestion.text(),
				PostText.segments(suggestion.text()), suggestion.status().name().toLowerCase(Locale.ROOT),
				suggestion.createdAt()));
	}

	@Transactional
	void mark(@Nullable SignedIn reviewer, long id, Status status) {
		administrator(reviewer);
		Suggestion suggestion = this.suggestions.findById(id)
			.orElseThrow(() -> new DiscussionException(HttpStatus.NOT_FOUND, "problem.suggestion.noSuch", id));
		suggestion.review(status, this.clock.instant());
	}

	@Transactional(readOnly = true)
	List<Suggestion> by(long accountId) {
		return this.suggestions.byAccount(accountId);
	}

	@Transactional
	void forget(long accountId) {
		this.suggestions.deleteByAccount(accountId);
	}

	private static void administrator(@Nullable SignedIn user) {
		if (user == null) {
			throw new DiscussionException(HttpStatus.UNAUTHORIZED, "problem.discussion.signIn");
		}
		if (user.role() != Role.ADMINISTRATOR) {
			throw new DiscussionException(HttpStatus.FORBIDDEN, "problem.suggestion.notAdministrator");
		}
	}

}
