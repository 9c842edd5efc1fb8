package io.aieducademy.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A post under a lesson, or a reply to one. Its text is stored as the learner typed it
 * and rendered as escaped segments ({@link PostText}), never as HTML.
 */
@Entity
@Table(name = "post")
class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 100)
	private String lessonSlug;

	// null once the author deleted the post or their account while replies hang under it
	private @Nullable Long accountId;

	private @Nullable Long parentId;

	@Column(name = "body", nullable = false, length = 10000)
	private String text;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant editedAt;

	@Column(nullable = false)
	private boolean deleted;

	@Column(length = 500)
	private @Nullable String hiddenReason;

	private @Nullable Long hiddenBy;

	private @Nullable Instant hiddenAt;

	protected Post() {
		this.lessonSlug = "";
		this.text = "";
		this.createdAt = Instant.EPOCH;
	}

	Post(String lessonSlug, long accountId, @Nullable Long parentId, String text, Instant createdAt) {
		this.lessonSlug = lessonSlug;
		this.accountId = accountId;
		this.parentId = parentId;
		this.text = text;
		this.createdAt = createdAt;
	}

	long id() {
		Long id = this.id;
		if (id == null) {
			throw new IllegalStateException("A post has an id once it is saved");
		}
		return id;
	}

	String lessonSlug() {
		return this.lessonSlug;
	}

	@Nullable Long accountId() {
		return this.accountId;
	}

	@Nullable Long parentId() {
		return this.parentId;
	}

	String text() {
		return this.text;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant editedAt() {
		return this.editedAt;
	}

	boolean deleted() {
		return this.deleted;
	}

	boolean hidden() {
		return this.hiddenAt != null;
	}

	@Nullable String hiddenReason() {
		return this.hiddenReason;
	}

	boolean isBy(long accountId) {
		Long author = this.accountId;
		return author != null && author == accountId;
	}

	void edit(String text, Instant at) {
		this.text = text;
		this.editedAt = at;
	}

	void hide(String reason, long moderatorId, Instant at) {
		this.hiddenReason = reason;
		this.hiddenBy = moderatorId;
		this.hiddenAt = at;
	}

	/** Keeps the row for the replies under it, and nothing of its author. */
	void empty() {
		this.text = "";
		this.accountId = null;
		this.deleted = true;
		this.hiddenReason = null;
		this.hiddenBy = null;
		this.hiddenAt = null;
	}

}
