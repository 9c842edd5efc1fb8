package io.aieducademy.catalogue;

/** How demanding a lesson is. */
public enum Difficulty {

	BEGINNER, INTERMEDIATE, ADVANCED;

	/** The lowercase name used in content files and message keys. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
