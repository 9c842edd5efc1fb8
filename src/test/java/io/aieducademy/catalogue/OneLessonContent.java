package io.aieducademy.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A content folder with one track, one program and one lesson ({@code first/two}), for
 * tests that load the catalogue from files of their own: the lesson's body and the data
 * files it reads are the test's.
 */
final class OneLessonContent {

	private OneLessonContent() {
	}

	/**
	 * Writes the folder under {@code root}: the lesson with {@code body} after its front
	 * matter, and {@code data} as {@code data/<dataFile>}, the only data file.
	 */
	static void write(Path root, String body, String dataFile, String data) throws IOException {
		write(root, body);
		Files.createDirectories(root.resolve("data"));
		try (var files = Files.list(root.resolve("data"))) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.writeString(root.resolve("data").resolve(dataFile), data);
	}

	/**
	 * Writes the folder under {@code root} without data files: the lesson with
	 * {@code body} after its front matter.
	 */
	static void write(Path root, String body) throws IOException {
		Files.createDirectories(root.resolve("programs/first/lessons"));
		Files.writeString(root.resolve("tracks.yml"), """
				tracks:
				  - slug: basics
				    title: Basics
				    description: The basics.
				    programs: [first]
				""");
		Files.writeString(root.resolve("programs/first/program.yml"), """
				title: First
				level: 1
				icon: "*"
				tagline: Start here
				lessons:
				  - slug: two
				    title: Lesson Two
				""");
		Files.writeString(root.resolve("programs/first/lessons/two.md"), """
				---
				title: Lesson Two
				description: A lesson.
				order: 1
				difficulty: beginner
				duration: 5
				icon: "*"
				---
				""" + body);
	}

}
