package io.aieducademy.classes;

import java.time.Instant;
import java.util.List;

import io.aieducademy.accounts.PersonalData;
import io.aieducademy.accounts.SignedIn;

import org.springframework.stereotype.Component;

/**
 * The classes part of a user's download: the classes they teach (with their codes and how
 * many learners are in them, but not who) and the classes they belong to.
 */
@Component
class ClassesPersonalData implements PersonalData {

	private final Classes classes;

	ClassesPersonalData(Classes classes) {
		this.classes = classes;
	}

	@Override
	public String name() {
		return "classes";
	}

	@Override
	public Object export(SignedIn account) {
		return new Export(
				this.classes.taught(account)
					.stream()
					.map((classroom) -> new Taught(classroom.name(), JoinCodes.display(classroom.joinCode()),
							classroom.createdAt(), this.classes.memberCount(classroom.id())))
					.toList(),
				this.classes.memberships(account)
					.stream()
					.map((membership) -> new Joined(membership.classroom().name(), membership.joinedAt()))
					.toList());
	}

	/** The classes an account teaches and belongs to. */
	record Export(List<Taught> teaches, List<Joined> belongsTo) {
	}

	/** A class the account teaches. */
	record Taught(String name, String joinCode, Instant createdAt, long learners) {
	}

	/** A class the account belongs to. */
	record Joined(String name, Instant joinedAt) {
	}

}
