package io.aieducademy.classes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A class a teacher created: its name, its join code and its teacher's account. */
@Entity
@Table(name = "classroom")
class Classroom {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 20, unique = true)
	private String joinCode;

	@Column(nullable = false)
	private long teacherId;

	@Column(nullable = false)
	private Instant createdAt;

	protected Classroom() {
		this.name = "";
		this.joinCode = "";
		this.createdAt = Instant.EPOCH;
	}

	Classroom(String name, String joinCode, long teacherId, Instant createdAt) {
		this.name = name;
		this.joinCode = joinCode;
		this.teacherId = teacherId;
		this.createdAt = createdAt;
	}

	public long id() {
		Long id = this.id;
		if (id == null) {
			throw new IllegalStateException("A class has an id once it is saved");
		}
		return id;
	}

	public String name() {
		return this.name;
	}

	public String joinCode() {
		return this.joinCode;
	}

	public long teacherId() {
		return this.teacherId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
