package io.aieducademy.discussion;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Reports of posts, counted for the moderators. */
interface ReportRepository extends JpaRepository<Report, Long> {

	boolean existsByPostIdAndAccountId(long postId, long accountId);

	/** Each reported post's id and its number of reports. */
	@Query("select r.postId, count(r) from Report r where r.postId in :posts group by r.postId")
	List<Object[]> countByPost(Collection<Long> posts);

	@Query("select r.postId from Report r where r.accountId = :accountId and r.postId in :posts")
	List<Long> reportedBy(long accountId, Collection<Long> posts);

	@Query("select r from Report r where r.accountId = :accountId order by r.createdAt asc")
	List<Report> byAccount(long accountId);

	@Modifying
	@Query("delete from Report r where r.accountId = :accountId")
	int deleteByAccount(long accountId);

	@Modifying
	@Query("delete from Report r where r.postId = :postId")
	int deleteByPost(long postId);

}
