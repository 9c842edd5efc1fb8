package io.aieducademy.progress;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records what learners do and answers questions about their progress. */
@Service
public class Progress {

	private final AnswerAttemptRepository attempts;

	private final CompletionRepository completions;

	private final Clock clock;

	Progress(AnswerAttemptRepository attempts, CompletionRepository completions, Clock clock) {
		this.attempts = attempts;
		this.completions = completions;
		this.clock = clock;
	}

	/**
	 * Records an answer. The same choice given again as the learner's latest answer to
	 * that quick check is recorded once: repeating it changes nothing, and must not grow
	 * the database.
	 */
	@Transactional
	public void recordAnswer(UUID learner, String quickCheckId, int choice, boolean correct) {
		Optional<AnswerAttempt> latest = this.attempts.findFirstByLearnerIdAndQuickCheckIdOrderByIdDesc(learner,
				quickCheckId);
		if (latest.isPresent() && latest.get().getChoice() == choice) {
			return;
		}
		this.attempts.save(new AnswerAttempt(learner, quickCheckId, choice, correct, this.clock.instant()));
	}

	/**
	 * Whether the site has stored anything for this learner: only such ids, which the
	 * site issued with a first answer or completion, are believed from a cookie.
	 */
	@Transactional(readOnly = true)
	public boolean isKnown(UUID learner) {
		return this.attempts.existsByLearnerId(learner) || this.completions.existsByLearnerId(learner);
	}

	/** This learner's most recent answer to a quick check. */
	@Transactional(readOnly = true)
	public Optional<AnswerAttempt> latestAnswer(@Nullable UUID learner, String quickCheckId) {
		if (learner == null) {
			return Optional.empty();
		}
		return this.attempts.findFirstByLearnerIdAndQuickCheckIdOrderByIdDesc(learner, quickCheckId);
	}

	/**
	 * Which of the given quick checks this learner has answered correctly (none for an
	 * unknown learner).
	 */
	@Transactional(readOnly = true)
	public Set<String> correctlyAnswered(@Nullable UUID learner, Collection<String> quickCheckIds) {
		if (learner == null || quickCheckIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.attempts.findCorrectlyAnswered(learner, quickCheckIds));
	}

	/**
	 * Records a completion; completing a lesson twice is harmless and keeps the first
	 * time. Not transactional itself, so that a lost race on the unique constraint does
	 * not mark a surrounding transaction for rollback.
	 */
	public void recordCompletion(UUID learner, String programSlug, String lessonSlug) {
		if (this.completions.existsByLearnerIdAndLessonSlug(learner, lessonSlug)) {
			return;
		}
		try {
			this.completions.save(new Completion(learner, programSlug, lessonSlug, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Two requests raced to complete the same lesson; the unique constraint kept
			// one, which is all we want.
		}
	}

	/**
	 * The slugs of every lesson this learner has completed (none for an unknown learner).
	 */
	@Transactional(readOnly = true)
	public Set<String> completedLessons(@Nullable UUID learner) {
		if (learner == null) {
			return Set.of();
		}
		return this.completions.findByLearnerId(learner)
			.stream()
			.map(Completion::getLessonSlug)
			.collect(Collectors.toUnmodifiableSet());
	}

	public ProgramProgress programProgress(@Nullable UUID learner, String programSlug, List<String> lessonSlugs) {
		return ProgramProgress.of(programSlug, lessonSlugs, completedLessons(learner));
	}

	/**
	 * Moves everything stored under one learner id to another: an anonymous learner's
	 * answers and completions to the account they signed up or in with. A lesson both
	 * have completed is kept once, with the account's time.
	 */
	@Transactional
	public void move(UUID from, UUID to) {
		if (from.equals(to)) {
			return;
		}
		this.attempts.moveLearner(from, to);
		this.completions.deleteCompletedByBoth(from, to);
		this.completions.moveLearner(from, to);
	}

	/** Deletes every answer and completion stored under this learner id. */
	@Transactional
	public void forget(UUID learner) {
		this.attempts.deleteByLearnerId(learner);
		this.completions.deleteByLearnerId(learner);
	}

	/** Every answer of this learner, oldest first, for the learner's own download. */
	@Transactional(readOnly = true)
	public List<AnswerAttempt> answers(UUID learner) {
		return this.attempts.findByLearnerIdOrderById(learner);
	}

	/** Every completion of this learner, oldest first, for the learner's own download. */
	@Transactional(readOnly = true)
	public List<Completion> completions(UUID learner) {
		return this.completions.findByLearnerIdOrderById(learner);
	}

}
