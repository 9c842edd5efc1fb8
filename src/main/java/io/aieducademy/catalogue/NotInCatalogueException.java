package io.aieducademy.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a request named is not in the catalogue: a program, a published lesson or a
 * quick check. Pages answer it with the 404 page, the API with a 404 problem whose words
 * are the bundle's {@link #messageCode()}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotInCatalogueException extends RuntimeException {

	/** What kind of thing was missing, which decides the problem's words. */
	public enum Kind {

		PROGRAM("problem.unknownProgram"), LESSON("problem.unknownLesson"), QUICK_CHECK("problem.unknownQuickCheck");

		private final String messageCode;

		Kind(String messageCode) {
			this.messageCode = messageCode;
		}

	}

	private final Kind kind;

	private final String name;

	NotInCatalogueException(Kind kind, String name) {
		super(kind + " not in the catalogue: " + name, null, false, false);
		this.kind = kind;
		this.name = name;
	}

	/** The message code of the problem's detail (and, with {@code .title}, its title). */
	public String messageCode() {
		return this.kind.messageCode;
	}

	/** What was asked for, the detail's argument. */
	public String name() {
		return this.name;
	}

}
