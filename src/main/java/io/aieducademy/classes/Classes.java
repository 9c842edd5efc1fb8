package io.aieducademy.classes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.aieducademy.accounts.AccountDeleted;
import io.aieducademy.accounts.SignedIn;
import io.aieducademy.ratelimit.TokenBucket;
import io.aieducademy.ratelimit.TokenBuckets;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, joining, leaving and deleting classes, within the limits of
 * {@link ClassesProperties}. Joining is rate-limited per account, so that join codes
 * cannot be guessed by trying many.
 */
@Service
class Classes {

	private final ClassroomRepository classrooms;

	private final ClassMembershipRepository memberships;

	private final ClassesProperties limits;

	private final Clock clock;

	private final TokenBuckets joinAttempts;

	Classes(ClassroomRepository classrooms, ClassMembershipRepository memberships, ClassesProperties limits,
			Clock clock) {
		this.classrooms = classrooms;
		this.memberships = memberships;
		this.limits = limits;
		this.clock = clock;
		this.joinAttempts = new TokenBuckets(limits.maxTrackedAccounts());
	}

	/** What became of a request to create a class. */
	sealed interface Created {

		/** The class was created. */
		record Done(Classroom classroom) implements Created {
		}

		/** The class was not created: a message code and its arguments say why. */
		record Refused(String messageCode, Object... arguments) implements Created {
		}

	}

	/** What became of an attempt to join a class. */
	sealed interface Joined {

		/** The learner is a member of the class (now, or already before). */
		record Done(Classroom classroom) implements Joined {
		}

		/** The learner did not join: a message code and its arguments say why. */
		record Refused(String messageCode, Object... arguments) implements Joined {
		}

		/** Too many attempts: the learner may try again after this many seconds. */
		record TooMany(long retryAfterSeconds) implements Joined {
		}

	}

	/**
	 * The name a teacher typed, trimmed, with runs of white space made one space; null
	 * when it has a control character.
	 */
	static @Nullable String cleanName(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		String name = typed.strip().replaceAll("\\s+", " ");
		return name.codePoints().anyMatch(Character::isISOControl) ? null : name;
	}

	@Transactional
	Created create(SignedIn teacher, @Nullable String typedName) {
		String name = cleanName(typedName);
		if (name == null) {
			return new Created.Refused("classes.error.nameControl");
		}
		if (name.isEmpty()) {
			return new Created.Refused("classes.error.nameBlank");
		}
		int length = name.codePointCount(0, name.length());
		if (length > this.limits.nameMaxLength()) {
			return new Created.Refused("classes.error.nameLong", this.limits.nameMaxLength(), length);
		}
		if (this.classrooms.countByTeacherId(teacher.accountId()) >= this.limits.classesPerTeacher()) {
			return new Created.Refused("classes.error.tooManyTaught", this.limits.classesPerTeacher());
		}
		String code = JoinCodes.next();
		while (this.classrooms.existsByJoinCode(code)) {
			code = JoinCodes.next();
		}
		return new Created.Done(
				this.classrooms.save(new Classroom(name, code, teacher.accountId(), this.clock.instant())));
	}

	@Transactional
	Joined join(SignedIn learner, @Nullable String typedCode) {
		long now = System.nanoTime();
		TokenBucket bucket = this.joinAttempts.bucket("account:" + learner.accountId(), this.limits.joinBurst(),
				this.limits.joinPerHour() / 3600.0);
		long wait = bucket.nanosUntil(1, now);
		if (wait > 0) {
			return new Joined.TooMany((wait + 999_999_999) / 1_000_000_000);
		}
		bucket.take(1, now);
		String code = JoinCodes.normalise(typedCode);
		if (code == null) {
			return new Joined.Refused("classes.error.codeForm", JoinCodes.LENGTH);
		}
		Optional<Classroom> found = this.classrooms.findByJoinCode(code);
		if (found.isEmpty()) {
			return new Joined.Refused("classes.error.codeUnknown");
		}
		Classroom classroom = found.get();
		if (classroom.teacherId() == learner.accountId()) {
			return new Joined.Refused("classes.error.ownClass");
		}
		if (this.memberships.existsByClassroomIdAndAccountId(classroom.id(), learner.accountId())) {
			return new Joined.Done(classroom);
		}
		if (this.memberships.countByClassroomId(classroom.id()) >= this.limits.membersPerClass()) {
			return new Joined.Refused("classes.error.classFull", this.limits.membersPerClass());
		}
		if (this.memberships.findByAccountIdOrderByJoinedAtAscIdAsc(learner.accountId()).size() >= this.limits
			.classesPerMember()) {
			return new Joined.Refused("classes.error.tooManyJoined", this.limits.classesPerMember());
		}
		this.memberships.save(new ClassMembership(classroom.id(), learner.accountId(), this.clock.instant()));
		return new Joined.Done(classroom);
	}

	/** Leaves a class; leaving a class one is not in changes nothing. */
	@Transactional
	void leave(SignedIn learner, long classroomId) {
		this.memberships.leave(classroomId, learner.accountId());
	}

	/** Deletes a class this teacher teaches, with its memberships. */
	@Transactional
	void delete(SignedIn teacher, long classroomId) {
		Classroom classroom = taughtBy(teacher, classroomId);
		this.memberships.deleteByClassroom(classroom.id());
		this.classrooms.delete(classroom);
	}

	/**
	 * The class with this id if this user teaches it; {@link ClassroomNotFoundException}
	 * otherwise, whoever they are, so that nobody learns which classes exist.
	 */
	@Transactional(readOnly = true)
	Classroom taughtBy(SignedIn teacher, long classroomId) {
		return this.classrooms.findById(classroomId)
			.filter((classroom) -> classroom.teacherId() == teacher.accountId())
			.orElseThrow(ClassroomNotFoundException::new);
	}

	@Transactional(readOnly = true)
	List<Classroom> taught(SignedIn teacher) {
		return this.classrooms.findByTeacherIdOrderByCreatedAtAscIdAsc(teacher.accountId());
	}

	/** The classes this account belongs to, with when it joined, in the order joined. */
	@Transactional(readOnly = true)
	List<Membership> memberships(SignedIn learner) {
		List<ClassMembership> joined = this.memberships.findByAccountIdOrderByJoinedAtAscIdAsc(learner.accountId());
		var byId = this.classrooms.findAllById(joined.stream().map(ClassMembership::classroomId).toList());
		return joined.stream()
			.flatMap((membership) -> byId.stream()
				.filter((classroom) -> classroom.id() == membership.classroomId())
				.map((classroom) -> new Membership(classroom, membership.joinedAt())))
			.toList();
	}

	@Transactional(readOnly = true)
	long memberCount(long classroomId) {
		return this.memberships.countByClassroomId(classroomId);
	}

	/**
	 * Forgets a deleted account: its memberships, and the classes it taught with their
	 * memberships.
	 */
	@EventListener
	@Transactional
	void on(AccountDeleted deleted) {
		this.memberships.deleteByAccount(deleted.accountId());
		this.memberships.deleteInClassesTaughtBy(deleted.accountId());
		this.classrooms.deleteByTeacher(deleted.accountId());
	}

	/** A class one belongs to, and since when. */
	record Membership(Classroom classroom, java.time.Instant joinedAt) {
	}

}
