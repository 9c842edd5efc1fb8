package io.aieducademy.discussion;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Suggested edits, oldest open first for the review. */
interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

	@Query("select s from Suggestion s where s.status = :status order by s.createdAt asc, s.id asc")
	Page<Suggestion> byStatus(Suggestion.Status status, Pageable page);

	@Query("select s from Suggestion s where s.accountId = :accountId order by s.createdAt asc")
	List<Suggestion> byAccount(long accountId);

	@Modifying
	@Query("delete from Suggestion s where s.accountId = :accountId")
	int deleteByAccount(long accountId);

}
