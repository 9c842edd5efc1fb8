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
import org.yaml.snakeyaml.nodes.Node;

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
		this.lessonParser = new LessonParser((src) -> resources.getResource("classpath:static" + src).exists());
	}

	Catalogue load() {
		String file = "tracks.yml";
		YamlFields root = YamlFields.parse(read(file), file, 1, "tracks.yml");
		root.allowOnly(Set.of("tracks"));
		List<Track> tracks = new ArrayList<>();
		Set<String> programSlugs = new HashSet<>();
		Map<String, String> lessonOwners = new HashMap<>();
		for (Node trackNode : root.list("tracks", true)) {
			YamlFields track = root.nested(trackNode, "A track");
			track.allowOnly(Set.of("slug", "title", "description", "programs"));
			String trackSlug = slug(track, "slug");
			List<Program> programs = new ArrayList<>();
			for (String programSlug : track.texts("programs", true)) {
				if (!SLUG.matcher(programSlug).matches() || !programSlugs.add(programSlug)) {
					throw track.fail("the program '" + programSlug + "' is not a valid slug or is listed twice.");
				}
				programs.add(loadProgram(programSlug, trackSlug, lessonOwners));
			}
			tracks.add(new Track(trackSlug, track.text("title"), track.text("description"), programs));
		}
		checkNoStrayLessonFiles(programSlugs, lessonOwners);
		return new Catalogue(tracks);
	}

	private Program loadProgram(String slug, String trackSlug, Map<String, String> lessonOwners) {
		String file = "programs/" + slug + "/program.yml";
		YamlFields program = YamlFields.parse(read(file), file, 1, "A program");
		program.allowOnly(Set.of("title", "level", "icon", "tagline", "lessons"));
		List<LessonEntry> entries = new ArrayList<>();
		for (Node lessonNode : program.list("lessons", false)) {
			YamlFields listed = program.nested(lessonNode, "A lesson entry");
			listed.allowOnly(Set.of("slug", "title"));
			String lessonSlug = slug(listed, "slug");
			String owner = lessonOwners.putIfAbsent(lessonSlug, slug);
			if (owner != null) {
				throw listed.fail("the lesson slug '" + lessonSlug + "' is already used by the program '" + owner
						+ "'; lesson slugs must be unique across the site.");
			}
			LessonEntry entry = new LessonEntry(lessonSlug, listed.text("title"), entries.size() + 1, null);
			entries.add(new LessonEntry(entry.slug(), entry.title(), entry.number(), loadLesson(slug, entry)));
		}
		return new Program(slug, program.text("title"), program.integer("level", 1, 5), program.text("icon"),
				program.text("tagline"), trackSlug, entries);
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

	private static String slug(YamlFields fields, String name) {
		String value = fields.text(name);
		if (!SLUG.matcher(value).matches()) {
			throw fields.fail("'" + value + "' is not a valid slug: use lowercase letters, digits and hyphens.");
		}
		return value;
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
