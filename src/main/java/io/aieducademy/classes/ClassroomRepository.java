package io.aieducademy.classes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Classes, by teacher and by join code. */
interface ClassroomRepository extends ListCrudRepository<Classroom, Long> {

	List<Classroom> findByTeacherIdOrderByCreatedAtAscIdAsc(long teacherId);

	long countByTeacherId(long teacherId);

	Optional<Classroom> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	@Modifying
	@Query("delete from Classroom c where c.teacherId = ?1")
	int deleteByTeacher(long teacherId);

}
