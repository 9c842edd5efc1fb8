package io.aieducademy.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.aieducademy.accounts.AccountDeleted;
import io.aieducademy.accounts.PersonalData;
import io.aieducademy.accounts.SignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the discussion holds about an account: its posts, reports and suggestions, given
 * in the account's download and deleted with the account.
 */
@Component
class AccountData implements PersonalData {

	private final Discussion discussion;

	private final Suggestions suggestions;

	AccountData(Discussion discussion, Suggestions suggestions) {
		this.discussion = discussion;
		this.suggestions = suggestions;
	}

	/** A post as its author downloads it. */
	record PostExport(long id, String lesson, @Nullable Long replyTo, String text, Instant createdAt,
			@Nullable Instant editedAt, @Nullable String hiddenReason) {
	}

	/** A suggestion as its author downloads it. */
	record SuggestionExport(long id, String lesson, String place, String text, String status, Instant createdAt) {
	}

	@Override
	public String name() {
		return "discussion";
	}

	@Override
	public Object export(SignedIn account) {
		List<PostExport> posts = this.discussion.postsBy(account.accountId())
			.stream()
			.map((post) -> new PostExport(post.id(), post.lessonSlug(), post.parentId(), post.text(), post.createdAt(),
					post.editedAt(), post.hiddenReason()))
			.toList();
		List<SuggestionExport> suggestions = this.suggestions.by(account.accountId())
			.stream()
			.map((suggestion) -> new SuggestionExport(suggestion.id(), suggestion.lessonSlug(), suggestion.place(),
					suggestion.text(), suggestion.status().name().toLowerCase(java.util.Locale.ROOT),
					suggestion.createdAt()))
			.toList();
		return Map.of("posts", posts, "suggestions", suggestions);
	}

	@EventListener
	void deleted(AccountDeleted event) {
		this.discussion.forget(event.accountId());
		this.suggestions.forget(event.accountId());
	}

}
