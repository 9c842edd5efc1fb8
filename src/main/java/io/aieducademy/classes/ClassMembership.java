package io.aieducademy.classes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A learner's account in a class, from the moment they joined until they leave. */
@Entity
@Table(name = "class_membership")
class ClassMembership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "classroom_id", nullable = false)
	private long classroomId;

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false)
	private Instant joinedAt;

	protected ClassMembership() {
		this.joinedAt = Instant.EPOCH;
	}

	ClassMembership(long classroomId, long accountId, Instant joinedAt) {
		this.classroomId = classroomId;
		this.accountId = accountId;
		this.joinedAt = joinedAt;
	}

	long classroomId() {
		return this.classroomId;
	}

	long accountId() {
		return this.accountId;
	}

	Instant joinedAt() {
		return this.joinedAt;
	}

}
