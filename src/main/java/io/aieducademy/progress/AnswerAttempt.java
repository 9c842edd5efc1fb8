package io.aieducademy.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** One answer a learner gave to a quick check, right or wrong. */
@Entity
public class AnswerAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private UUID learnerId;

	@Column(nullable = false, length = 200)
	private String quickCheckId;

	@Column(name = "choice_index", nullable = false)
	private int choice;

	@Column(nullable = false)
	private boolean correct;

	@Column(nullable = false)
	private Instant answeredAt;

	protected AnswerAttempt() {
		this.learnerId = new UUID(0, 0);
		this.quickCheckId = "";
		this.answeredAt = Instant.EPOCH;
	}

	public AnswerAttempt(UUID learnerId, String quickCheckId, int choice, boolean correct, Instant answeredAt) {
		this.learnerId = learnerId;
		this.quickCheckId = quickCheckId;
		this.choice = choice;
		this.correct = correct;
		this.answeredAt = answeredAt;
	}

	public UUID getLearnerId() {
		return this.learnerId;
	}

	public String getQuickCheckId() {
		return this.quickCheckId;
	}

	public int getChoice() {
		return this.choice;
	}

	public boolean isCorrect() {
		return this.correct;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
