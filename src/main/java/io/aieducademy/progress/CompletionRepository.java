package io.aieducademy.progress;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Stores and finds lesson completions. */
public interface CompletionRepository extends ListCrudRepository<Completion, Long> {

	List<Completion> findByLearnerId(UUID learnerId);

	boolean existsByLearnerId(UUID learnerId);

	boolean existsByLearnerIdAndLessonSlug(UUID learnerId, String lessonSlug);

}
