package io.aieducademy.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores and finds answer attempts. */
public interface AnswerAttemptRepository extends ListCrudRepository<AnswerAttempt, Long> {

	/**
	 * The ids, among those given, of the quick checks this learner has answered correctly
	 * at least once.
	 */
	@Query("select distinct a.quickCheckId from AnswerAttempt a where a.learnerId = ?1 and a.correct = true"
			+ " and a.quickCheckId in ?2")
	List<String> findCorrectlyAnswered(UUID learnerId, Collection<String> quickCheckIds);

	boolean existsByLearnerId(UUID learnerId);

	Optional<AnswerAttempt> findFirstByLearnerIdAndQuickCheckIdOrderByIdDesc(UUID learnerId, String quickCheckId);

	List<AnswerAttempt> findByLearnerIdOrderById(UUID learnerId);

	@Modifying
	@Query("update AnswerAttempt a set a.learnerId = ?2 where a.learnerId = ?1")
	int moveLearner(UUID from, UUID to);

	@Modifying
	@Query("delete from AnswerAttempt a where a.learnerId = ?1")
	int deleteByLearnerId(UUID learnerId);

}
