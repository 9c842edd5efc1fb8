package io.aieducademy.discussion;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Posts by lesson, newest first, with their replies. */
interface PostRepository extends JpaRepository<Post, Long> {

	@Query("select p from Post p where p.lessonSlug = :lessonSlug and p.parentId is null order by p.createdAt desc, p.id desc")
	Page<Post> topLevel(String lessonSlug, Pageable page);

	@Query("select p from Post p where p.parentId in :parents order by p.createdAt asc, p.id asc")
	List<Post> repliesTo(Collection<Long> parents);

	@Query("select count(p) from Post p where p.lessonSlug = :lessonSlug and p.deleted = false")
	long countShown(String lessonSlug);

	@Query("select count(p) from Post p where p.parentId = :parentId")
	long countReplies(long parentId);

	@Query("select p from Post p where p.accountId = :accountId order by p.createdAt asc")
	List<Post> byAccount(long accountId);

}
