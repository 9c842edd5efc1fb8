package io.aieducademy.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading the catalogue: the real content loads, and every kind of mistake names its
 * file, line and problem.
 */
class CatalogueLoaderTests {

	private static final String TRACKS = """
			tracks:
			  - slug: basics
			    title: Basics
			    description: The basics.
			    programs: [first]
			""";

	private static final String PROGRAM = """
			title: First
			level: 1
			icon: "*"
			tagline: Start here
			lessons:
			  - slug: one
			    title: Lesson One
			  - slug: two
			    title: Lesson Two
			""";

	private static final String LESSON = """
			---
			title: Lesson Two
			description: A lesson.
			order: 2
			difficulty: beginner
			duration: 5
			icon: "*"
			---
			## A section

			Some *prose* with <script>alert(1)</script> in it.

			::: quick-check first-question
			question: Which is right?
			options:
			  - text: This one
			    hint: Think again about this.
			  - text: That one
			answer: 1
			explanation: That one is right.
			:::
			""";

	private static final String INTERACTIVE = """
			::: interactive worked-example
			program: L = (w*x - y)^2
			values:
			  w: 2
			  x: 3
			  y: 10.5
			caption: Step through it.
			:::
			""";

	@TempDir
	Path root;

	@Test
	void theRealCatalogueLoadsWithFifteenProgramsAndTheSixteenSproutsLessonsInOrder() {
		Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(), "classpath:content/")
			.load();
		assertThat(catalogue.tracks()).extracting(Track::title)
			.containsExactly("AI Foundations", "AI Mastery", "Career Ready");
		assertThat(catalogue.programs()).hasSize(15);
		Program sprouts = catalogue.program("ai-sprouts").orElseThrow();
		assertThat(sprouts.level()).isEqualTo(2);
		assertThat(sprouts.lessons()).hasSize(16);
		assertThat(sprouts.lessons().get(5).title()).isEqualTo("Backpropagation");
		assertThat(sprouts.lessons().get(15).title()).isEqualTo("Clustering");
		assertThat(catalogue.program("ai-forest").orElseThrow().hasLessons()).isFalse();
	}

	@Test
	void aValidLessonLoadsWithItsQuickCheckAndRawHtmlEscaped() throws IOException {
		write(TRACKS, PROGRAM, LESSON);
		Catalogue catalogue = load();
		Program first = catalogue.program("first").orElseThrow();
		assertThat(first.lessons().get(0).available()).isFalse();
		assertThat(first.availableLessonSlugs()).as("progress counts these").containsExactly("two");
		Lesson two = catalogue.lesson("two").orElseThrow();
		assertThat(two.number()).isEqualTo(2);
		assertThat(two.quickChecks()).singleElement().satisfies((check) -> {
			assertThat(check.id()).isEqualTo("two.first-question");
			assertThat(check.isCorrect(1)).isTrue();
		});
		String html = ((LessonBlock.Prose) two.blocks().get(0)).html();
		assertThat(html).contains("<em>prose</em>", "&lt;script&gt;").doesNotContain("<script>");
		assertThat(catalogue.lessonOfQuickCheck("two.first-question")).contains(two);
		assertThat(catalogue.lessonOfQuickCheck("two.missing")).isEmpty();
	}

	@Test
	void anAnswerIndexOutOfRangeNamesTheFileAndLine() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("answer: 1", "answer: 2"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.file()).isEqualTo("programs/first/lessons/two.md");
			assertThat(ex.line()).isEqualTo(19);
			assertThat(ex.getMessage()).contains("from 0 to 1");
		});
	}

	@Test
	void aDuplicateQuickCheckKeyIsRefused() throws IOException {
		String twice = LESSON + LESSON.substring(LESSON.indexOf("::: quick-check"));
		write(TRACKS, PROGRAM, twice);
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md:22")
			.withMessageContaining("'first-question' is used twice");
	}

	@Test
	void aQuickCheckWithOneOptionIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("  - text: That one\n", "").replace("answer: 1", "answer: 0"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md")
			.withMessageContaining("from 2 to 6 options, not 1");
	}

	@Test
	void aBlockThatIsNeverClosedIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.substring(0, LESSON.lastIndexOf(":::")));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md:13")
			.withMessageContaining("never closed");
	}

	@Test
	void anUnknownFrontMatterFieldIsRefusedAtItsLine() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("duration: 5", "durration: 5"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md:6")
			.withMessageContaining("unknown field 'durration'");
	}

	@Test
	void aProgramWithALevelOutOfRangeNamesItsFile() throws IOException {
		write(TRACKS, PROGRAM.replace("level: 1", "level: 9"), LESSON);
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("programs/first/program.yml:2")
			.withMessageContaining("must be from 1 to 5");
	}

	@Test
	void malformedYamlNamesTheFileAndLine() throws IOException {
		write(TRACKS.replace("    title: Basics", "    title: [Basics"), PROGRAM, LESSON);
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("tracks.yml:")
			.withMessageContaining("not valid YAML");
	}

	@Test
	void aMissingProgramFileIsNamed() throws IOException {
		write(TRACKS.replace("[first]", "[first, second]"), PROGRAM, LESSON);
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("programs/second/program.yml")
			.withMessageContaining("missing");
	}

	@Test
	void aLessonFileThatNoProgramListsIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON);
		Files.writeString(this.root.resolve("programs/first/lessons/stray.md"), LESSON);
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("stray.md")
			.withMessageContaining("not listed");
	}

	@Test
	void aFigureThatTheSiteDoesNotShipIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON + """
				::: figure
				src: /images/no-such-figure.svg
				alt: Nothing
				caption: Nothing
				:::
				""");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md:23")
			.withMessageContaining("/images/no-such-figure.svg");
	}

	@Test
	void anUnpublishedLessonIsComingSoon() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("icon: \"*\"\n---", "icon: \"*\"\npublished: false\n---"));
		Program first = load().program("first").orElseThrow();
		assertThat(first.lessons().get(1).available()).isFalse();
		assertThat(first.availableLessonSlugs()).isEmpty();
		assertThat(first.requireEntry("two").title()).as("still listed, for its coming-soon page")
			.isEqualTo("Lesson Two");
	}

	@Test
	void everyWrongOptionOfTheShippedQuickChecksHasAHintThatDoesNotGiveTheAnswerAway() {
		Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(), "classpath:content/")
			.load();
		List<LessonBlock.QuickCheck> checks = catalogue.lessons()
			.values()
			.stream()
			.flatMap((lesson) -> lesson.quickChecks().stream())
			.toList();
		assertThat(checks).hasSizeGreaterThanOrEqualTo(6);
		for (LessonBlock.QuickCheck check : checks) {
			String right = check.options().get(check.answer()).text();
			for (int i = 0; i < check.options().size(); i++) {
				LessonBlock.Option option = check.options().get(i);
				if (i == check.answer()) {
					assertThat(option.hint()).as("the right option of %s", check.id()).isNull();
				}
				else {
					assertThat(option.hint()).as("option %d of %s", i, check.id()).isNotBlank().doesNotContain(right);
					assertThat(check.hint(i)).isEqualTo(option.hint());
				}
			}
			assertThat(check.hint(check.answer())).isNull();
		}
	}

	@Test
	void aHintOnTheCorrectOptionIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("  - text: That one\n", "  - text: That one\n    hint: It is this.\n"));
		assertContentMistake("programs/first/lessons/two.md", 19, "the correct option has a hint");
	}

	@Test
	void notANumberAsAnInteractiveValueIsRefusedAtItsLine() throws IOException {
		write(TRACKS, PROGRAM, LESSON + INTERACTIVE.replace("x: 3", "x: .nan"));
		assertContentMistake("programs/first/lessons/two.md", 26,
				"the field 'x' must be a finite number written in decimal, such as 0.5 or -2.");
	}

	@Test
	void aHexadecimalInteractiveValueIsRefusedAtItsLine() throws IOException {
		write(TRACKS, PROGRAM, LESSON + INTERACTIVE.replace("x: 3", "x: 0x10"));
		assertContentMistake("programs/first/lessons/two.md", 26, "the field 'x' must be a number, not '0x10'.");
	}

	@Test
	void anInteractiveWithPlainValuesLoads() throws IOException {
		write(TRACKS, PROGRAM, LESSON + INTERACTIVE);
		assertThat(load().lesson("two").orElseThrow().blocks()).last()
			.isEqualTo(new LessonBlock.Interactive("worked-example", "L = (w*x - y)^2",
					java.util.Map.of("w", 2.0, "x", 3.0, "y", 10.5), "Step through it."));
	}

	@Test
	void aWordWhereAWholeNumberBelongsIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("duration: 5", "duration: long"));
		assertContentMistake("programs/first/lessons/two.md", 6,
				"the field 'duration' must be a whole number, not 'long'.");
	}

	@Test
	void aFractionWhereAWholeNumberBelongsIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("answer: 1", "answer: 1.5"));
		assertContentMistake("programs/first/lessons/two.md", 19, "the field 'answer' must be a whole number");
	}

	@Test
	void aNumberWhereTextBelongsIsRefused() throws IOException {
		write(TRACKS, PROGRAM.replace("tagline: Start here", "tagline: 42"), LESSON);
		assertContentMistake("programs/first/program.yml", 4, "the field 'tagline' must be text");
	}

	@Test
	void aQuotedTruthValueIsNotTrue() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("icon: \"*\"\n---", "icon: \"*\"\npublished: \"no\"\n---"));
		assertContentMistake("programs/first/lessons/two.md", 8,
				"the field 'published' must be true or false, not 'no'.");
	}

	@Test
	void anUnknownFieldInAnOptionIsRefusedAtItsLine() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("    hint: Think again about this.", "    tip: Think again about this."));
		assertContentMistake("programs/first/lessons/two.md", 17, "unknown field 'tip'; expected one of [hint, text].");
	}

	@Test
	void aMissingRequiredFieldIsNamed() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("explanation: That one is right.\n", ""));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("programs/first/lessons/two.md:")
			.withMessageContaining("the field 'explanation' is missing or empty.");
	}

	@Test
	void aTextWhereAListBelongsIsRefused() throws IOException {
		write(TRACKS.replace("programs: [first]", "programs: first"), PROGRAM, LESSON);
		assertContentMistake("tracks.yml", 5, "the field 'programs' must be a list, not 'first'.");
	}

	@Test
	void aPlainTextOptionIsRefusedWithTheOptionFormat() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("  - text: That one", "  - That one"));
		assertContentMistake("programs/first/lessons/two.md", 18, "must be a set of 'name: value' fields");
	}

	@Test
	void aFieldWrittenTwiceIsRefused() throws IOException {
		write(TRACKS, PROGRAM.replace("level: 1", "level: 1\nlevel: 2"), LESSON);
		assertContentMistake("programs/first/program.yml", 3, "the field 'level' appears twice.");
	}

	@Test
	void aDifficultyOutsideTheListIsRefused() throws IOException {
		write(TRACKS, PROGRAM, LESSON.replace("difficulty: beginner", "difficulty: easy"));
		assertContentMistake("programs/first/lessons/two.md", 5,
				"the field 'difficulty' must be one of beginner, intermediate, advanced, not 'easy'.");
	}

	@Test
	void aLanguageInteractiveTakesASampleAndNoProgram() throws IOException {
		String tokeniser = """
				::: interactive tokeniser
				sample: The Rabbit was late.
				caption: Type any text.
				:::
				""";
		write(TRACKS, PROGRAM, LESSON + tokeniser);
		assertThat(load().lesson("two").orElseThrow().blocks()).last()
			.isEqualTo(new LessonBlock.LanguageDemo("tokeniser", "The Rabbit was late.", "Type any text."));

		write(TRACKS, PROGRAM, LESSON + tokeniser.replace("sample: The Rabbit was late.\n", ""));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two.md")
			.withMessageContaining("needs a 'sample' text");
		write(TRACKS, PROGRAM, LESSON + tokeniser.replace("caption:", "program: L = w\ncaption:"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("takes a 'sample', not a program");
		write(TRACKS, PROGRAM, LESSON + INTERACTIVE.replace("caption:", "sample: words\ncaption:"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("only the interactives next-word and tokeniser take a 'sample'");
		write(TRACKS, PROGRAM, LESSON + INTERACTIVE.replace("program: L = (w*x - y)^2\n", ""));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("needs a 'program' for the engine");
	}

	private void assertContentMistake(String file, int line, String problem) {
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.file()).isEqualTo(file);
			assertThat(ex.getMessage()).contains(problem);
			assertThat(ex.line()).as(ex.getMessage()).isEqualTo(line);
		});
	}

	private Catalogue load() {
		return new CatalogueLoader(new PathMatchingResourcePatternResolver(), this.root.toUri().toString()).load();
	}

	private void write(String tracks, String program, String lesson) throws IOException {
		Files.createDirectories(this.root.resolve("programs/first/lessons"));
		Files.writeString(this.root.resolve("tracks.yml"), tracks);
		Files.writeString(this.root.resolve("programs/first/program.yml"), program);
		Files.writeString(this.root.resolve("programs/first/lessons/two.md"), lesson);
	}

}
