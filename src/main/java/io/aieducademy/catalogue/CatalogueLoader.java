package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the catalogue from {@code tracks.yml}, each program's {@code program.yml} and its
 * lesson files, and checks everything on the way so that a mistake stops start-up with
 * the file and line at fault.
 */
final class CatalogueLoader {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ResourcePatternResolver resources;

	private final String location;

	private final LessonParser lessonParser;

	CatalogueLoader(ResourcePatternResolver resources, String location) {
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
		this.lessonParser = new LessonParser((src) -> resources.getResource("classpath:static" + src).exists(),
				this::read);
	}

	Catalogue load() {
		String file = "tracks.yml";
		ContentYaml.Document<ContentFiles.Tracks> root = ContentYaml.read(read(file), file, 1,
				ContentFiles.Tracks.class, "tracks.yml");
		List<Track> tracks = new ArrayList<>();
		Set<String> programSlugs = new HashSet<>();
		Map<String, String> lessonOwners = new HashMap<>();
		List<ContentFiles.TrackEntry> entries = root.value().tracks();
		for (int t = 0; t < entries.size(); t++) {
			ContentFiles.TrackEntry track = entries.get(t);
			String at = "/tracks/" + t;
			checkSlug(root, at + "/slug", track.slug());
			List<Program> programs = new ArrayList<>();
			for (int p = 0; p < track.programs().size(); p++) {
				String programSlug = track.programs().get(p);
				if (!SLUG.matcher(programSlug).matches() || !programSlugs.add(programSlug)) {
					throw root.fail(at + "/programs/" + p,
							"the program '" + programSlug + "' is not a valid slug or is listed twice.");
				}
				programs.add(loadProgram(programSlug, track.slug(), lessonOwners));
			}
			tracks.add(new Track(track.slug(), track.title(), track.description(), programs));
		}
		checkNoStrayLessonFiles(programSlugs, lessonOwners);
		return new Catalogue(tracks);
	}

	private Program loadProgram(String slug, String trackSlug, Map<String, String> lessonOwners) {
		String file = "programs/" + slug + "/program.yml";
		ContentYaml.Document<ContentFiles.ProgramFile> document = ContentYaml.read(read(file), file, 1,
				ContentFiles.ProgramFile.class, "A program");
		ContentFiles.ProgramFile program = document.value();
		if (program.level() < 1 || program.level() > 5) {
			throw document.fail("/level", "the field 'level' is " + program.level() + " but must be from 1 to 5.");
		}
		List<LessonEntry> entries = new ArrayList<>();
		for (ContentFiles.LessonListing listed : program.lessons()) {
			String at = "/lessons/" + entries.size();
			checkSlug(document, at + "/slug", listed.slug());
			String owner = lessonOwners.putIfAbsent(listed.slug(), slug);
			if (owner != null) {
				throw document.fail(at + "/slug",
						"the lesson slug '" + listed.slug() + "' is already used by the program '" + owner
								+ "'; lesson slugs must be unique across the site.");
			}
			LessonEntry entry = new LessonEntry(listed.slug(), listed.title(), entries.size() + 1, null);
			entries.add(new LessonEntry(entry.slug(), entry.title(), entry.number(), loadLesson(slug, entry)));
		}
		return new Program(slug, program.title(), program.level(), program.icon(), program.tagline(), trackSlug,
				entries);
	}

	private @Nullable Lesson loadLesson(String programSlug, LessonEntry entry) {
		String file = lessonFile(programSlug, entry.slug());
		Resource resource = this.resources.getResource(this.location + file);
		if (!resource.exists()) {
			return null;
		}
		return this.lessonParser.parse(file, read(file), programSlug, entry);
	}

	private void checkNoStrayLessonFiles(Set<String> programSlugs, Map<String, String> lessonOwners) {
		Resource[] files;
		try {
			files = this.resources.getResources(this.location + "programs/*/lessons/*.md");
		}
		catch (IOException ex) {
			throw new ContentException("programs/", 0, "the lesson files cannot be listed: " + ex.getMessage());
		}
		for (Resource resource : files) {
			String name = String.valueOf(resource.getFilename());
			String lessonSlug = name.substring(0, name.length() - ".md".length());
			String owner = lessonOwners.get(lessonSlug);
			String expected = (owner != null) ? lessonFile(owner, lessonSlug) : null;
			if (expected == null || !resourceMatches(resource, expected)) {
				throw new ContentException(name, 0,
						"this lesson file is not listed in its program's program.yml, so no learner could reach it.");
			}
		}
	}

	private boolean resourceMatches(Resource resource, String expectedFile) {
		try {
			return resource.getURI().toString().endsWith("/" + expectedFile);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String lessonFile(String programSlug, String lessonSlug) {
		return "programs/" + programSlug + "/lessons/" + lessonSlug + ".md";
	}

	private static void checkSlug(ContentYaml.Document<?> document, String pointer, String value) {
		if (!SLUG.matcher(value).matches()) {
			throw document.fail(pointer,
					"'" + value + "' is not a valid slug: use lowercase letters, digits and hyphens.");
		}
	}

	private String read(String file) {
		Resource resource = this.resources.getResource(this.location + file);
		if (!resource.exists()) {
			throw new ContentException(file, 0, "the file is missing from " + this.location + ".");
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(file, 0, "the file cannot be read: " + ex.getMessage());
		}
	}

}
