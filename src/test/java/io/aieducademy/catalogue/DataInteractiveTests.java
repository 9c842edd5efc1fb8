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
import static org.assertj.core.api.Assertions.offset;

/**
 * The interactives that work on a shipped data file (nearest neighbours, confusion
 * matrix): their numbers are computed when the catalogue loads, and a broken data file or
 * block stops loading, so start-up, with the file and the line at fault.
 */
class DataInteractiveTests {

	private static final String TABLE = """
			# a comment
			word,a,b,c
			one,1,0,0
			two,1,1,0
			three,0,0,1
			four,1,0,0
			""";

	private static final String EMAILS = """
			# a comment
			subject,score,truth
			Hello, world,0.90,spam
			Lunch?,0.40,ham
			Offer,0.40,spam
			Minutes,0.10,ham
			""";

	@TempDir
	Path root;

	@Test
	void cosineSimilarityIsTheAngleNotTheLength() {
		assertThat(WordVectors.cosine(new double[] { 1, 0 }, new double[] { 3, 0 })).isEqualTo(1.0);
		assertThat(WordVectors.cosine(new double[] { 1, 0 }, new double[] { 0, 2 })).isEqualTo(0.0);
		assertThat(WordVectors.cosine(new double[] { 1, 1 }, new double[] { -2, -2 })).isCloseTo(-1.0, offset(1e-12));
		assertThat(WordVectors.cosine(new double[] { 1, 1 }, new double[] { 1, 0 })).isCloseTo(1 / Math.sqrt(2),
				offset(1e-12));
	}

	@Test
	void neighboursAreMostAlikeFirstTiesInTableOrderAndLeaveOutTheWordsAsked() {
		WordVectors vectors = WordVectors.parse(TABLE, "data/t.csv");
		assertThat(vectors.dimensions()).containsExactly("a", "b", "c");
		assertThat(vectors.nearest("one", 3)).extracting(WordVectors.Neighbour::word)
			.containsExactly("four", "two", "three");
		assertThat(vectors.nearest("one", 3).get(1).similarity()).isCloseTo(1 / Math.sqrt(2), offset(1e-12));
		// two - one + three = (0, 1, 1): not two, one or three, so four comes first
		assertThat(vectors.evaluate("two - one + three")).containsExactly(0, 1, 1);
		assertThat(vectors.nearest("two - one + three", 5)).extracting(WordVectors.Neighbour::word)
			.containsExactly("four");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> vectors.nearest("five", 3))
			.withMessageContaining("'five' is not in the table");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> vectors.nearest("one two", 3))
			.withMessageContaining("not a word or a sum");
	}

	@Test
	void theNeighbourTableShowsTheLessonsQueriesAndCarriesEveryWordsNeighboursAsJson() {
		NeighbourTable table = NeighbourTable.of(WordVectors.parse(TABLE, "data/t.csv"),
				List.of("one", "two  -  one + three"), "l.md", 9);
		assertThat(table.queries()).extracting(NeighbourTable.Query::query).containsExactly("one", "two - one + three");
		assertThat(table.queries().get(0).neighbours()).extracting(NeighbourTable.Neighbour::similarity)
			.containsExactly("1.00", "0.71", "0.00");
		assertThat(table.queries().get(1).sum()).isTrue();
		assertThat(table.json()).contains("\"one\":{\"vector\":[1.0,0.0,0.0],\"neighbours\":[[\"four\",\"1.00\"]",
				"\"sums\":{\"two - one + three\":[[\"four\",\"0.00\"]]}");
		assertThat(NeighbourTable.similarity(-0.2)).isEqualTo("−0.20");
	}

	@Test
	void theConfusionMatrixCountsEachKindOfMistakeAtEachThreshold() {
		ScoredExamples emails = ScoredExamples.parse(EMAILS, "data/e.csv");
		assertThat(emails.examples().get(0).text()).as("a comma in the subject is kept").isEqualTo("Hello, world");
		ScoredExamples.Confusion at40 = emails.at(40);
		assertThat(List.of(at40.truePositives(), at40.falsePositives(), at40.falseNegatives(), at40.trueNegatives()))
			.as("a score equal to the threshold is flagged")
			.containsExactly(2, 1, 0, 1);
		assertThat(at40.precision()).isCloseTo(2.0 / 3, offset(1e-12));
		assertThat(at40.recall()).isEqualTo(1.0);
		assertThat(at40.f1()).isCloseTo(0.8, offset(1e-12));
		assertThat(at40.accuracy()).isEqualTo(0.75);
		ScoredExamples.Confusion at95 = emails.at(95);
		assertThat(at95.precision()).as("nothing flagged: precision is undefined, not 0").isNull();
		assertThat(at95.recall()).isEqualTo(0.0);

		ThresholdTable table = ThresholdTable.of(emails, List.of("0.4", "0.95"), "l.md", 9);
		assertThat(table.rows()).extracting(ThresholdTable.Row::precision).containsExactly("0.67", "–");
		assertThat(table.examples()).extracting(ThresholdTable.ExampleRow::score)
			.containsExactly("0.90", "0.40", "0.40", "0.10");
		assertThat(table.json()).contains("\"thresholds\":[{\"threshold\":\"0.05\"",
				"{\"threshold\":\"0.40\",\"tp\":2,\"fp\":1,\"fn\":0,\"tn\":1,\"precision\":\"0.67\",\"recall\":\"1.00\",\"f1\":\"0.80\",\"accuracy\":\"0.75\"}");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ThresholdTable.of(emails, List.of("0.42"), "l.md", 9))
			.withMessageContaining("from 0.05 to 0.95 in steps of 0.05");
	}

	@Test
	void aBrokenDataFileNamesTheFileAndTheLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> WordVectors.parse(TABLE.replace("two,1,1,0", "two,1,1"), "data/t.csv"))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("data/t.csv");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.getMessage()).contains("needs a word and 3 numbers");
			});
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> WordVectors.parse(TABLE.replace("three,0,0,1", "three,0,0,2"), "data/t.csv"))
			.withMessageContaining("outside -1 to 1");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> WordVectors.parse(TABLE.replace("three,0,0,1", "three,0,0,0"), "data/t.csv"))
			.withMessageContaining("only zeros");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ScoredExamples.parse(EMAILS.replace("0.10,ham", "0.105,ham"), "data/e.csv"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(6))
			.withMessageContaining("at most two decimals");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ScoredExamples.parse(EMAILS.replace("0.10,ham", "0.10,maybe"), "data/e.csv"))
			.withMessageContaining("'spam' or 'ham'");
	}

	@Test
	void aLessonWithAWorkingDataInteractiveLoadsWithItsNumbers() throws IOException {
		write("word-vectors.csv", TABLE, "show: [one, two - one + three]");
		Lesson lesson = load().lesson("two").orElseThrow();
		LessonBlock.DataInteractive block = DataInteractives.first(lesson);
		assertThat(block.type()).isEqualTo("data-interactive");
		assertThat(block.fallback()).isInstanceOf(NeighbourTable.class);
		assertThat(((NeighbourTable) block.fallback()).queries()).hasSize(2);
	}

	@Test
	void aMissingOrBrokenDataFileOrAnUnknownWordStopsLoading() throws IOException {
		write("other.csv", TABLE, "show: [one]");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("data/word-vectors.csv"))
			.withMessageContaining("missing");

		write("word-vectors.csv", TABLE.replace("one,1,0,0", "one,1,0,x"), "show: [one]");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("data/word-vectors.csv"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3))
			.withMessageContaining("'x' is not a number");

		write("word-vectors.csv", TABLE, "show: [one, seven]");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("programs/first/lessons/two.md"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(10))
			.withMessageContaining("'seven' is not in the table");

		write("word-vectors.csv", TABLE, "show: []");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("needs a 'show' list");
	}

	@Test
	void anUnknownDataInteractiveOrAnUnsafeDataFileNameIsRefused() throws IOException {
		write("word-vectors.csv", TABLE, "show: [one]");
		String lesson = Files.readString(this.root.resolve("programs/first/lessons/two.md"));
		Files.writeString(this.root.resolve("programs/first/lessons/two.md"),
				lesson.replace("data-interactive nearest-neighbours", "data-interactive scatter-plot"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("nearest-neighbours, confusion-matrix");
		Files.writeString(this.root.resolve("programs/first/lessons/two.md"),
				lesson.replace("data: word-vectors.csv", "data: ../../tracks.yml"));
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("must be the name of a .csv file under content/data/");
	}

	private Catalogue load() {
		return new CatalogueLoader(new PathMatchingResourcePatternResolver(), this.root.toUri().toString()).load();
	}

	private void write(String dataFile, String data, String show) throws IOException {
		OneLessonContent.write(this.root, """
				## Words
				::: data-interactive nearest-neighbours
				data: word-vectors.csv
				caption: The nearest words.
				%s
				:::
				""".formatted(show), dataFile, data);
	}

}
