package io.aieducademy.classes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no class with this id that the user teaches: one answer for a class that does
 * not exist and for someone else's, so that nobody learns which classes exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ClassroomNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ClassroomNotFoundException() {
		super("No such class taught by this user", null, false, false);
	}

}
