package io.aieducademy.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a request named is not in the catalogue: a program, a published lesson or a
 * quick check. Pages answer it with the 404 page, the API with a 404 problem.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotInCatalogueException extends RuntimeException {

	/** What kind of thing was missing, which decides the problem's title. */
	public enum Kind {

		PROGRAM("Unknown program", "There is no program called '%s'."),
		LESSON("Unknown lesson", "There is no published lesson called '%s'."),
		QUICK_CHECK("Unknown quick check", "There is no quick check with the id '%s'.");

		private final String title;

		private final String detail;

		Kind(String title, String detail) {
			this.title = title;
			this.detail = detail;
		}

	}

	private final Kind kind;

	NotInCatalogueException(Kind kind, String name) {
		super(String.format(kind.detail, name));
		this.kind = kind;
	}

	/** The problem's detail: a sentence naming what was asked for. */
	public String detail() {
		return String.valueOf(getMessage());
	}

	/** The problem's title, for example "Unknown lesson". */
	public String title() {
		return this.kind.title;
	}

}
