package io.aieducademy.classes;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Who belongs to which class. */
interface ClassMembershipRepository extends ListCrudRepository<ClassMembership, Long> {

	boolean existsByClassroomIdAndAccountId(long classroomId, long accountId);

	long countByClassroomId(long classroomId);

	List<ClassMembership> findByAccountIdOrderByJoinedAtAscIdAsc(long accountId);

	/** The members of a class: their account id, username and learner id, by username. */
	@Query("select new io.aieducademy.classes.Member(a.id, a.username, a.learnerId) from ClassMembership m, "
			+ "io.aieducademy.accounts.Account a where a.id = m.accountId and m.classroomId = ?1 order by a.username")
	List<Member> findMembers(long classroomId);

	@Modifying
	@Query("delete from ClassMembership m where m.classroomId = ?1 and m.accountId = ?2")
	int leave(long classroomId, long accountId);

	@Modifying
	@Query("delete from ClassMembership m where m.accountId = ?1")
	int deleteByAccount(long accountId);

	@Modifying
	@Query("delete from ClassMembership m where m.classroomId in (select c.id from Classroom c where c.teacherId = ?1)")
	int deleteInClassesTaughtBy(long teacherId);

	@Modifying
	@Query("delete from ClassMembership m where m.classroomId = ?1")
	int deleteByClassroom(long classroomId);

}
