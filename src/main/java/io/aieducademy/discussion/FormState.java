package io.aieducademy.discussion;

import java.io.Serializable;

/**
 * A discussion form sent back to the lesson page after a mistake: which form, what the
 * learner typed and the sentence that says what to change. It travels as a flash
 * attribute across the redirect (POST, redirect, GET).
 *
 * @param form which form: {@code post}, {@code reply-ID}, {@code edit-ID},
 * {@code hide-ID} or {@code suggestion}
 * @param text what the learner typed
 * @param place where in the lesson a suggestion is about (suggestions only)
 * @param error what to change, or empty after a success
 */
public record FormState(String form, String text, String place, String error) implements Serializable {

	/** The flash attribute (and model attribute) it travels under. */
	static final String ATTRIBUTE = "discussionForm";

	/** Whether this is the state of the form {@code name}. */
	public boolean is(String name) {
		return this.form.equals(name);
	}

}
