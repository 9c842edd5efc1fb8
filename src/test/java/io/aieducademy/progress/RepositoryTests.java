package io.aieducademy.progress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The learner-data repositories on the schema that Flyway builds, with only JPA started:
 * the queries the quiz and progress features rely on, and the database's own rule that a
 * lesson is completed once. {@link PostgresRepositoryTests} runs the same on PostgreSQL.
 */
@DataJpaTest
class RepositoryTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	@Autowired
	private AnswerAttemptRepository attempts;

	@Autowired
	private CompletionRepository completions;

	@Autowired
	private TestEntityManager entities;

	@Test
	void findsOnlyTheQuickChecksThisLearnerAnsweredCorrectlyAmongThoseAsked() {
		UUID learner = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		this.attempts.saveAll(List.of(new AnswerAttempt(learner, "lesson.a", 1, false, NOW),
				new AnswerAttempt(learner, "lesson.a", 2, true, NOW.plusSeconds(1)),
				new AnswerAttempt(learner, "lesson.a", 2, true, NOW.plusSeconds(2)),
				new AnswerAttempt(learner, "lesson.b", 0, false, NOW),
				new AnswerAttempt(learner, "other.c", 3, true, NOW),
				new AnswerAttempt(other, "lesson.b", 1, true, NOW)));

		assertThat(this.attempts.findCorrectlyAnswered(learner, List.of("lesson.a", "lesson.b")))
			.containsExactly("lesson.a");
	}

	@Test
	void theLatestAnswerToAQuickCheckIsTheLastOneSaved() {
		UUID learner = UUID.randomUUID();
		this.attempts.save(new AnswerAttempt(learner, "lesson.a", 1, false, NOW));
		this.attempts.save(new AnswerAttempt(learner, "lesson.a", 3, true, NOW));

		assertThat(this.attempts.findFirstByLearnerIdAndQuickCheckIdOrderByIdDesc(learner, "lesson.a")).get()
			.extracting(AnswerAttempt::getChoice, AnswerAttempt::isCorrect)
			.containsExactly(3, true);
		assertThat(this.attempts.findFirstByLearnerIdAndQuickCheckIdOrderByIdDesc(learner, "lesson.b")).isEmpty();
	}

	@Test
	void aLessonIsCompletedOncePerLearner() {
		UUID learner = UUID.randomUUID();
		this.completions.save(new Completion(learner, "program", "lesson", NOW));
		this.entities.flush();

		assertThat(this.completions.existsByLearnerIdAndLessonSlug(learner, "lesson")).isTrue();
		assertThat(this.completions.existsByLearnerIdAndLessonSlug(learner, "other")).isFalse();
		assertThat(this.completions.findByLearnerId(learner)).extracting(Completion::getLessonSlug)
			.containsExactly("lesson");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.completions.save(new Completion(learner, "program", "lesson", NOW));
			this.entities.flush();
		});
	}

}
