package io.aieducademy.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A lesson a learner has completed. */
@Entity
@Table(name = "lesson_completion")
public class Completion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private UUID learnerId;

	@Column(nullable = false, length = 100)
	private String programSlug;

	@Column(nullable = false, length = 100)
	private String lessonSlug;

	@Column(nullable = false)
	private Instant completedAt;

	protected Completion() {
		this.learnerId = new UUID(0, 0);
		this.programSlug = "";
		this.lessonSlug = "";
		this.completedAt = Instant.EPOCH;
	}

	public Completion(UUID learnerId, String programSlug, String lessonSlug, Instant completedAt) {
		this.learnerId = learnerId;
		this.programSlug = programSlug;
		this.lessonSlug = lessonSlug;
		this.completedAt = completedAt;
	}

	public UUID getLearnerId() {
		return this.learnerId;
	}

	public String getProgramSlug() {
		return this.programSlug;
	}

	public String getLessonSlug() {
		return this.lessonSlug;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

}
