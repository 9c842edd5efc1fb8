package io.aieducademy.accounts;

/**
 * What an account may do beyond learning. A teacher is not a role: anyone signed in may
 * create a class and is the teacher of the classes they created.
 */
public enum Role {

	/** Learns, posts in discussions, joins and creates classes. */
	LEARNER,

	/** Also hides posts in discussions and reads reports. */
	MODERATOR,

	/** Also reviews suggested edits and everything a moderator does. */
	ADMINISTRATOR;

	/** Whether this role may hide other people's posts. */
	public boolean moderates() {
		return this != LEARNER;
	}

}
