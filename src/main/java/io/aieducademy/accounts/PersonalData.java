package io.aieducademy.accounts;

/**
 * One feature's part of what a signed-in user can download from their account page.
 * Features that store data about an account (posts, classes) provide a bean; the account
 * page writes every part into one JSON document.
 */
public interface PersonalData {

	/** The member that holds this part in the downloaded JSON, for example "posts". */
	String name();

	/** This account's data in this feature: records or lists of them, written as JSON. */
	Object export(SignedIn account);

}
