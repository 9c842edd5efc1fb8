package io.aieducademy.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A suggested edit to a lesson: where, and what to change; administrators review it. */
@Entity
@Table(name = "suggestion")
class Suggestion {

	/** Where a suggestion is in its review. */
	enum Status {

		OPEN, DONE, DISMISSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 100)
	private String lessonSlug;

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(name = "body", nullable = false, length = 10000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant reviewedAt;

	protected Suggestion() {
		this.lessonSlug = "";
		this.place = "";
		this.text = "";
		this.status = Status.OPEN;
		this.createdAt = Instant.EPOCH;
	}

	Suggestion(String lessonSlug, long accountId, String place, String text, Instant createdAt) {
		this.lessonSlug = lessonSlug;
		this.accountId = accountId;
		this.place = place;
		this.text = text;
		this.status = Status.OPEN;
		this.createdAt = createdAt;
	}

	long id() {
		Long id = this.id;
		if (id == null) {
			throw new IllegalStateException("A suggestion has an id once it is saved");
		}
		return id;
	}

	String lessonSlug() {
		return this.lessonSlug;
	}

	long accountId() {
		return this.accountId;
	}

	String place() {
		return this.place;
	}

	String text() {
		return this.text;
	}

	Status status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant reviewedAt() {
		return this.reviewedAt;
	}

	void review(Status status, Instant at) {
		this.status = status;
		this.reviewedAt = at;
	}

}
