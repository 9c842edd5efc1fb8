package io.aieducademy.discussion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of a lesson's discussion as a reader sees it: the same shape for the page and
 * the JSON API.
 *
 * @param lesson the lesson's slug
 * @param count posts and replies under the lesson (deleted ones not counted)
 * @param page this page's number, counted from 0
 * @param pages how many pages there are (at least 1)
 * @param pageSize posts per page, not counting replies
 * @param posts this page's posts, newest first, each with its replies, oldest first
 * @param signedIn whether the reader is signed in and may post
 * @param moderator whether the reader may hide posts
 */
@Schema(description = "One page of a lesson's discussion, newest post first, each with its replies")
public record DiscussionView(String lesson, long count, int page, int pages, int pageSize, List<PostView> posts,
		boolean signedIn, boolean moderator) {

	private static final DateTimeFormatter POSTED_AT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	/** Whether there is a newer page (this is not the first). */
	public boolean hasNewer() {
		return this.page > 0;
	}

	/** Whether there is an older page. */
	public boolean hasOlder() {
		return this.page + 1 < this.pages;
	}

	/**
	 * A post or a reply as this reader sees it.
	 *
	 * @param id the post's id, to reply to it
	 * @param replyTo the post this replies to, or null for a post
	 * @param author the author's username, or null once they deleted it
	 * @param state shown, hidden (by a moderator) or deleted (by its author, kept for its
	 * replies)
	 * @param text the text as typed, empty when this reader may not read it
	 * @param segments the text as shown: plain text, links and line breaks
	 * @param hiddenReason the moderator's reason, for the author and the moderators only
	 * @param createdAt when it was posted
	 * @param editedAt when its author last edited it, or null
	 * @param own whether the reader wrote it (and may delete it)
	 * @param editableUntil until when the reader may edit it, or null if they may not
	 * @param reports how many people reported it, for moderators only (0 for others)
	 * @param reported whether the reader reported it
	 * @param replies the replies, oldest first (always empty for a reply)
	 */
	@Schema(description = "A post or a reply as the reader sees it")
	public record PostView(long id, @Schema(nullable = true) @Nullable Long replyTo,
			@Schema(nullable = true) @Nullable String author, @Schema(allowableValues = {
					"shown", "hidden", "deleted" }) String state,
			String text, List<TextSegment> segments, @Schema(nullable = true) @Nullable String hiddenReason,
			Instant createdAt, @Schema(nullable = true) @Nullable Instant editedAt, boolean own,
			@Schema(nullable = true) @Nullable Instant editableUntil, long reports, boolean reported,
			List<PostView> replies){

		public boolean shown() {
			return "shown".equals(this.state);
		}

		public boolean hidden() {
			return "hidden".equals(this.state);
		}

		public boolean deleted() {
			return "deleted".equals(this.state);
		}

		public boolean editable() {
			return this.editableUntil != null;
		}

		/** When it was posted, for people: "28 Nov 2026, 22:30 UTC". */
		public String postedAt() {
			return POSTED_AT.format(this.createdAt);
		}

	}

}
