package io.aieducademy.progress;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores and finds lesson completions. */
public interface CompletionRepository extends ListCrudRepository<Completion, Long> {

	List<Completion> findByLearnerId(UUID learnerId);

	boolean existsByLearnerId(UUID learnerId);

	boolean existsByLearnerIdAndLessonSlug(UUID learnerId, String lessonSlug);

	List<Completion> findByLearnerIdOrderById(UUID learnerId);

	/**
	 * Deletes the completions of {@code from} of lessons that {@code to} has completed
	 * too.
	 */
	@Modifying
	@Query("delete from Completion c where c.learnerId = ?1 and c.lessonSlug in "
			+ "(select d.lessonSlug from Completion d where d.learnerId = ?2)")
	int deleteCompletedByBoth(UUID from, UUID to);

	@Modifying
	@Query("update Completion c set c.learnerId = ?2 where c.learnerId = ?1")
	int moveLearner(UUID from, UUID to);

	@Modifying
	@Query("delete from Completion c where c.learnerId = ?1")
	int deleteByLearnerId(UUID learnerId);

}
