package io.aieducademy.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Someone signed in told the moderators that a post needs a look (once per post). */
@Entity
@Table(name = "post_report")
class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private long postId;

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false)
	private Instant createdAt;

	protected Report() {
		this.createdAt = Instant.EPOCH;
	}

	Report(long postId, long accountId, Instant createdAt) {
		this.postId = postId;
		this.accountId = accountId;
		this.createdAt = createdAt;
	}

	long postId() {
		return this.postId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
