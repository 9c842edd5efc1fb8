package io.aieducademy.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every track, program and lesson the site offers; immutable once loaded. */
public final class Catalogue {

	private final List<Track> tracks;

	private final Map<String, Program> programs = new LinkedHashMap<>();

	private final Map<String, Lesson> lessons = new LinkedHashMap<>();

	Catalogue(List<Track> tracks) {
		this.tracks = List.copyOf(tracks);
		for (Track track : this.tracks) {
			for (Program program : track.programs()) {
				this.programs.put(program.slug(), program);
				for (LessonEntry entry : program.lessons()) {
					if (entry.lesson() != null) {
						this.lessons.put(entry.slug(), entry.lesson());
					}
				}
			}
		}
	}

	public List<Track> tracks() {
		return this.tracks;
	}

	public Optional<Track> track(String slug) {
		return this.tracks.stream().filter((track) -> track.slug().equals(slug)).findFirst();
	}

	public List<Program> programs() {
		return List.copyOf(this.programs.values());
	}

	public Optional<Program> program(String slug) {
		return Optional.ofNullable(this.programs.get(slug));
	}

	/** The program with this slug, or {@link NotInCatalogueException}. */
	public Program requireProgram(String slug) {
		return program(slug).orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.PROGRAM, slug));
	}

	/** The published lesson with this slug, or {@link NotInCatalogueException}. */
	public Lesson requireLesson(String slug) {
		return lesson(slug).orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.LESSON, slug));
	}

	/**
	 * The quick check with this id ({@code lesson-slug.key}), or
	 * {@link NotInCatalogueException}.
	 */
	public LessonBlock.QuickCheck requireQuickCheck(String quickCheckId) {
		return lessonOfQuickCheck(quickCheckId).flatMap((lesson) -> lesson.quickCheck(quickCheckId))
			.orElseThrow(() -> new NotInCatalogueException(NotInCatalogueException.Kind.QUICK_CHECK, quickCheckId));
	}

	/** A published lesson by its slug, which is unique across the site. */
	public Optional<Lesson> lesson(String slug) {
		return Optional.ofNullable(this.lessons.get(slug));
	}

	/** The published lessons, keyed by slug. */
	public Map<String, Lesson> lessons() {
		return Collections.unmodifiableMap(this.lessons);
	}

	/**
	 * The lesson that holds a quick check, found from the check's id
	 * ({@code lesson-slug.key}).
	 */
	public Optional<Lesson> lessonOfQuickCheck(String quickCheckId) {
		int dot = quickCheckId.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		return lesson(quickCheckId.substring(0, dot)).filter((lesson) -> lesson.quickCheck(quickCheckId).isPresent());
	}

}
