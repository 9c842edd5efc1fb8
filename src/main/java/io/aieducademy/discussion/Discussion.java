package io.aieducademy.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.aieducademy.accounts.Account;
import io.aieducademy.accounts.AccountRepository;
import io.aieducademy.accounts.SignedIn;
import io.aieducademy.discussion.DiscussionView.PostView;
import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lesson discussion: reading a page of it, and every write with who may make it.
 * Authorisation is decided here, for the forms and the API alike: learners post, reply,
 * edit their own post within the edit window and delete it; moderators hide posts with a
 * reason; anyone signed in reports a post once. Every write of one account takes from its
 * bucket ({@link DiscussionProperties#writeBurst()}).
 */
@Service
class Discussion {

	private final PostRepository posts;

	private final ReportRepository reports;

	private final AccountRepository accounts;

	private final DiscussionProperties properties;

	private final Clock clock;

	private final TokenBuckets buckets;

	Discussion(PostRepository posts, ReportRepository reports, AccountRepository accounts,
			DiscussionProperties properties, Clock clock) {
		this.posts = posts;
		this.reports = reports;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.buckets = new TokenBuckets(properties.maxTrackedAccounts());
	}

	DiscussionProperties properties() {
		return this.properties;
	}

	@Transactional(readOnly = true)
	long count(String lessonSlug) {
		return this.posts.countShown(lessonSlug);
	}

	/**
	 * Page {@code page} (from 0) of the lesson's discussion, as {@code reader} sees it.
	 */
	@Transactional(readOnly = true)
	DiscussionView page(String lessonSlug, int page, @Nullable SignedIn reader) {
		int size = this.properties.pageSize();
		Page<Post> top = this.posts.topLevel(lessonSlug, PageRequest.of(Math.max(0, page), size));
		int pages = Math.max(1, top.getTotalPages());
		if (page >= pages && top.getTotalElements() > 0) {
			top = this.posts.topLevel(lessonSlug, PageRequest.of(pages - 1, size));
		}
		List<Post> shown = top.getContent();
		Map<Long, List<Post>> replies = new LinkedHashMap<>();
		List<Long> ids = shown.stream().map(Post::id).toList();
		List<Post> all = new ArrayList<>(shown);
		if (!ids.isEmpty()) {
			for (Post reply : this.posts.repliesTo(ids)) {
				Long parent = reply.parentId();
				if (parent != null) {
					replies.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(reply);
					all.add(reply);
				}
			}
		}
		Map<Long, String> names = usernames(all);
		boolean moderator = reader != null && reader.role().moderates();
		Map<Long, Long> reportCounts = moderator ? reportCounts(all) : Map.of();
		Set<Long> reportedByReader = (reader != null) ? reportedBy(reader, all) : Set.of();
		List<PostView> views = new ArrayList<>();
		for (Post post : shown) {
			List<PostView> replyViews = replies.getOrDefault(post.id(), List.of())
				.stream()
				.map((reply) -> view(reply, reader, names, reportCounts, reportedByReader, List.of()))
				.toList();
			views.add(view(post, reader, names, reportCounts, reportedByReader, replyViews));
		}
		// no post at the top means no post at all: a lesson without a discussion costs
		// one query
		long count = (top.getTotalElements() == 0) ? 0 : this.posts.countShown(lessonSlug);
		return new DiscussionView(lessonSlug, count, top.getNumber(), pages, size, views, reader != null, moderator);
	}

	/** One post as {@code reader} sees it, without its replies. */
	@Transactional(readOnly = true)
	PostView view(Post post, SignedIn reader) {
		return view(post, reader, Map.of(reader.accountId(), reader.username()), Map.of(), Set.of(), List.of());
	}

	private PostView view(Post post, @Nullable SignedIn reader, Map<Long, String> names, Map<Long, Long> reportCounts,
			Set<Long> reportedByReader, List<PostView> replies) {
		boolean own = reader != null && post.isBy(reader.accountId());
		boolean moderator = reader != null && reader.role().moderates();
		String state = post.deleted() ? "deleted" : post.hidden() ? "hidden" : "shown";
		boolean readable = !post.deleted() && (!post.hidden() || own || moderator);
		String text = readable ? post.text() : "";
		Long author = post.accountId();
		Instant editableUntil = (own && !post.deleted() && !post.hidden()) ? editableUntil(post) : null;
		return new PostView(post.id(), post.parentId(), (author != null) ? names.get(author) : null, state, text,
				PostText.segments(text), (own || moderator) ? post.hiddenReason() : null, post.createdAt(),
				post.editedAt(), own, editableUntil, reportCounts.getOrDefault(post.id(), 0L),
				reportedByReader.contains(post.id()), replies);
	}

	private @Nullable Instant editableUntil(Post post) {
		Instant until = post.createdAt().plus(this.properties.editWindow());
		return this.clock.instant().isBefore(until) ? until : null;
	}

	private Map<Long, String> usernames(List<Post> posts) {
		Set<Long> ids = new HashSet<>();
		for (Post post : posts) {
			Long author = post.accountId();
			if (author != null) {
				ids.add(author);
			}
		}
		Map<Long, String> names = new HashMap<>();
		for (Account account : this.accounts.findAllById(ids)) {
			Long id = account.getId();
			if (id != null) {
				names.put(id, account.getUsername());
			}
		}
		return names;
	}

	private Map<Long, Long> reportCounts(List<Post> posts) {
		Map<Long, Long> counts = new HashMap<>();
		if (!posts.isEmpty()) {
			for (Object[] row : this.reports.countByPost(posts.stream().map(Post::id).toList())) {
				counts.put((Long) row[0], (Long) row[1]);
			}
		}
		return counts;
	}

	private Set<Long> reportedBy(SignedIn reader, List<Post> posts) {
		if (posts.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.reports.reportedBy(reader.accountId(), posts.stream().map(Post::id).toList()));
	}

	/**
	 * A new post, or a reply when {@code replyTo} names a post of the same lesson (a
	 * reply to a reply goes under the same post: one level of replies).
	 */
	@Transactional
	Post post(String lessonSlug, @Nullable SignedIn author, String typed, @Nullable Long replyTo) {
		SignedIn user = signedIn(author);
		String text = text(typed);
		Long parent = null;
		if (replyTo != null) {
			Post to = this.posts.findById(replyTo)
				.filter((post) -> post.lessonSlug().equals(lessonSlug) && !post.deleted())
				.orElseThrow(() -> new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.noSuchParent",
						replyTo));
			Long grandparent = to.parentId();
			parent = (grandparent != null) ? grandparent : to.id();
		}
		spend(user);
		return this.posts.save(new Post(lessonSlug, user.accountId(), parent, text, this.clock.instant()));
	}

	@Transactional
	Post edit(long postId, @Nullable SignedIn author, String typed) {
		SignedIn user = signedIn(author);
		Post post = find(postId);
		if (!post.isBy(user.accountId())) {
			throw new DiscussionException(HttpStatus.FORBIDDEN, "problem.discussion.notYours");
		}
		if (post.hidden() || editableUntil(post) == null) {
			throw new DiscussionException(HttpStatus.FORBIDDEN, "problem.discussion.editWindow",
					this.properties.editWindow().toMinutes());
		}
		String text = text(typed);
		spend(user);
		post.edit(text, this.clock.instant());
		return post;
	}

	/** Deletes the author's own post; one with replies keeps an empty row for them. */
	@Transactional
	Post delete(long postId, @Nullable SignedIn author) {
		SignedIn user = signedIn(author);
		Post post = find(postId);
		if (!post.isBy(user.accountId())) {
			throw new DiscussionException(HttpStatus.FORBIDDEN, "problem.discussion.notYours");
		}
		remove(post);
		return post;
	}

	@Transactional
	Post hide(long postId, @Nullable SignedIn moderator, String typedReason) {
		SignedIn user = signedIn(moderator);
		if (!user.role().moderates()) {
			throw new DiscussionException(HttpStatus.FORBIDDEN, "problem.discussion.notModerator");
		}
		Post post = find(postId);
		String reason = PostText.clean(typedReason).replace('\n', ' ');
		if (reason.isEmpty()) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.noReason");
		}
		if (PostText.length(reason) > this.properties.maxReasonLength()) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.reasonTooLong",
					this.properties.maxReasonLength(), PostText.length(reason));
		}
		post.hide(reason, user.accountId(), this.clock.instant());
		return post;
	}

	/** Reports a post; false if this account had reported it already. */
	@Transactional
	boolean report(long postId, @Nullable SignedIn reporter) {
		SignedIn user = signedIn(reporter);
		Post post = find(postId);
		if (this.reports.existsByPostIdAndAccountId(post.id(), user.accountId())) {
			return false;
		}
		spend(user);
		this.reports.save(new Report(post.id(), user.accountId(), this.clock.instant()));
		return true;
	}

	/**
	 * Everything the account wrote goes; posts with others' replies keep an empty row.
	 */
	@Transactional
	void forget(long accountId) {
		this.reports.deleteByAccount(accountId);
		for (Post post : this.posts.byAccount(accountId)) {
			remove(post);
		}
	}

	@Transactional(readOnly = true)
	List<Post> postsBy(long accountId) {
		return this.posts.byAccount(accountId);
	}

	private void remove(Post post) {
		this.reports.deleteByPost(post.id());
		if (post.parentId() == null && this.posts.countReplies(post.id()) > 0) {
			post.empty();
			return;
		}
		this.posts.delete(post);
		Long parentId = post.parentId();
		if (parentId != null) {
			this.posts.flush();
			this.posts.findById(parentId)
				.filter((parent) -> parent.deleted() && this.posts.countReplies(parentId) == 0)
				.ifPresent(this.posts::delete);
		}
	}

	/** The post {@code postId}, or 404. */
	Post find(long postId) {
		return this.posts.findById(postId)
			.filter((post) -> !post.deleted())
			.orElseThrow(() -> new DiscussionException(HttpStatus.NOT_FOUND, "problem.discussion.noSuchPost", postId));
	}

	private static SignedIn signedIn(@Nullable SignedIn user) {
		if (user == null) {
			throw new DiscussionException(HttpStatus.UNAUTHORIZED, "problem.discussion.signIn");
		}
		return user;
	}

	/** The cleaned text, or 400 if it is empty or too long. */
	String text(String typed) {
		String text = PostText.clean(typed);
		if (text.isEmpty()) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.empty");
		}
		int length = PostText.length(text);
		if (length > this.properties.maxLength()) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.tooLong",
					this.properties.maxLength(), length);
		}
		return text;
	}

	/** Takes one write from the account's bucket, or refuses with 429. */
	void spend(SignedIn user) {
		long now = System.nanoTime();
		TokenBucket bucket = this.buckets.bucket("account:" + user.accountId(), this.properties.writeBurst(),
				this.properties.writesPerHour() / 3600.0);
		long wait = bucket.nanosUntil(1, now);
		if (wait > 0) {
			throw DiscussionException.tooFast((wait + 999_999_999) / 1_000_000_000);
		}
		bucket.take(1, now);
	}

}
