package io.aieducademy.catalogue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * The YAML parts of the content files as {@link ContentYaml} reads them: each field is
 * typed, and required unless it is {@code @Nullable} or says how an absent one is read
 * (numbers are boxed so that an absent one is not read as 0). The loader turns them into
 * the catalogue's records after the checks that types cannot express.
 * docs/content-format.md describes the same shapes for authors.
 */
final class ContentFiles {

	private ContentFiles() {
	}

	/** {@code tracks.yml}. */
	record Tracks(List<TrackEntry> tracks) {
	}

	/** One track in {@code tracks.yml}, with its programs' slugs in order. */
	record TrackEntry(String slug, String title, String description, List<String> programs) {
	}

	/** A program's {@code program.yml}. */
	record ProgramFile(String title, Integer level, String icon, String tagline,
			@JsonSetter(nulls = Nulls.AS_EMPTY) List<LessonListing> lessons) {
	}

	/** One lesson listed in a {@code program.yml}, written or not. */
	record LessonListing(String slug, String title) {
	}

	/** A lesson's front matter; a lesson is published unless it says otherwise. */
	record FrontMatter(String title, String description, Integer order, Difficulty difficulty, Integer duration,
			String icon, @Nullable Boolean published, @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> takeaways,
			@JsonSetter(nulls = Nulls.AS_EMPTY) List<Reading> furtherReading) {
	}

	/** The body of a {@code quick-check} block. */
	record QuickCheckBody(String question, List<OptionEntry> options, Integer answer, String explanation) {
	}

	/** One option of a quick check: its text, and a hint when it is a wrong option. */
	record OptionEntry(String text, @Nullable String hint) {
	}

	/** The body of a {@code figure} block. */
	record FigureBody(String src, String alt, String caption) {
	}

	/**
	 * The body of an {@code interactive} block: a program for the engine's interactives,
	 * a sample text for the language ones, a degree and a number of points for the
	 * polynomial fit.
	 */
	record InteractiveBody(@Nullable String program, @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, Double> values,
			@Nullable String sample, String caption, @Nullable Integer degree, @Nullable Integer points) {
	}

	/**
	 * The body of a {@code data-interactive} block: the data file under
	 * {@code content/data/} and what its static table shows.
	 */
	record DataInteractiveBody(String data, String caption, @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> show) {
	}

	/**
	 * The body of the {@code k-means} interactive: the points as {@code [x, y]} pairs,
	 * the k it opens with and the seeds of the starting centroids a learner can choose.
	 */
	record KMeansBody(List<List<Double>> points, Integer k, List<Long> seeds, String caption) {
	}

}
