package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Every number in AI Sprouts lessons 9 (Embeddings and Vector Databases) and 10
 * (Evaluation Metrics) that can be computed is computed here, from the data files the
 * lessons' interactives ship, and looked for in the lesson text, so a changed data file
 * or a mistyped number fails the build.
 */
class SproutsLessons9And10NumbersTests {

	private static final String EMBEDDINGS = "content/programs/ai-sprouts/lessons/embeddings-and-vector-databases.md";

	private static final String METRICS = "content/programs/ai-sprouts/lessons/evaluation-metrics.md";

	@Test
	void embeddingsTableAndCosines() throws IOException {
		String text = read(EMBEDDINGS);
		WordVectors vectors = WordVectors.parse(read("content/data/word-vectors.csv"), "data/word-vectors.csv");
		assertThat(text).contains(words(vectors.vectors().size()) + " everyday words and "
				+ words(vectors.dimensions().size()) + " dimensions whose meanings we chose in advance: *"
				+ String.join("*, *", vectors.dimensions().subList(0, vectors.dimensions().size() - 1)) + "* and *"
				+ vectors.dimensions().get(vectors.dimensions().size() - 1) + "*");
		assertThat(vectors.vectors().size()).isBetween(40, 80);
		assertThat(text).contains("| word | " + String.join(" | ", vectors.dimensions()) + " |");
		for (String word : List.of("king", "queen", "man", "woman", "cat", "car")) {
			String row = "| " + word + " | "
					+ IntStream.range(0, vectors.dimensions().size())
						.mapToObj((d) -> plain(vectors.vector(word)[d]))
						.collect(Collectors.joining(" | "))
					+ " |";
			assertThat(text).as("the row of " + word + " as the data file has it").contains(row);
		}

		double[] man = vectors.vector("man");
		double[] woman = vectors.vector("woman");
		double dot = man[1] * woman[1] + man[3] * woman[3];
		assertThat(WordVectors.cosine(man, woman)).isCloseTo(dot / (WordVectors.norm(man) * WordVectors.norm(woman)),
				offset(1e-12));
		assertThat(text).contains(
				"`" + plain(man[1]) + " × " + plain(woman[1]) + " + " + plain(man[3]) + " × (" + plain(woman[3])
						+ ") = " + plain(dot) + "`",
				"`√(1² + 0.5²) = √1.25`",
				"the product of the lengths is " + plain(WordVectors.norm(man) * WordVectors.norm(woman)),
				"`0.75 / 1.25 = " + plain(WordVectors.cosine(man, woman)) + "`");
		assertThat(WordVectors.norm(man) * WordVectors.norm(woman)).isCloseTo(1.25, offset(1e-12));

		assertThat(WordVectors.cosine(man, vectors.vector("car"))).isZero();
		double catCar = WordVectors.cosine(vectors.vector("cat"), vectors.vector("car"));
		assertThat(catCar).isCloseTo(-0.2, offset(1e-12));
		assertThat(WordVectors.norm(vectors.vector("cat"))).isCloseTo(Math.sqrt(1.25), offset(1e-12));
		assertThat(WordVectors.norm(vectors.vector("car"))).isCloseTo(Math.sqrt(1.25), offset(1e-12));
		assertThat(text).contains("The dot product is −0.25, both lengths are √1.25",
				"`−0.25 / 1.25 = " + plain(catCar) + "`");

		// doubling a vector leaves its cosine alone
		double[] doubled = vectors.vector("cat");
		for (int d = 0; d < doubled.length; d++) {
			doubled[d] *= 2;
		}
		assertThat(WordVectors.cosine(doubled, vectors.vector("dog")))
			.isCloseTo(WordVectors.cosine(vectors.vector("cat"), vectors.vector("dog")), offset(1e-12));
	}

	@Test
	void embeddingsNeighboursAndSums() throws IOException {
		String text = read(EMBEDDINGS);
		WordVectors vectors = WordVectors.parse(read("content/data/word-vectors.csv"), "data/word-vectors.csv");
		List<WordVectors.Neighbour> king = vectors.nearest("king", 5);
		assertThat(king.get(0).word()).isEqualTo("prince");
		assertThat(king.get(1).word()).isEqualTo("queen");
		assertThat(text).contains("the nearest word to *king* is *prince*, at " + two(king.get(0).similarity())
				+ ", and *queen* follows at " + two(king.get(1).similarity()));
		List<WordVectors.Neighbour> apple = vectors.nearest("apple", 3);
		assertThat(apple).extracting(WordVectors.Neighbour::word).containsExactly("banana", "carrot", "cheese");
		assertThat(apple).extracting((n) -> two(n.similarity())).containsOnly("1.00");
		assertThat(text).contains("Ask for *apple* and you get *banana*, *carrot* and *cheese*, all at 1.00");

		double[] sum = vectors.evaluate("king - man + woman");
		assertThat(sum).containsExactly(vectors.vector("queen"));
		assertThat(text).contains(
				"`(" + IntStream.range(0, sum.length).mapToObj((d) -> plain(sum[d])).collect(Collectors.joining(", "))
						+ ")`, which is exactly the row for *queen*");
		List<WordVectors.Neighbour> analogy = vectors.nearest("king - man + woman", 2);
		assertThat(analogy).extracting(WordVectors.Neighbour::word).containsExactly("queen", "princess");
		assertThat(text).contains("its cosine similarity with the sum is " + two(analogy.get(0).similarity())
				+ ", and *princess* comes next at " + two(analogy.get(1).similarity()));
		assertThat(text).contains("the male score of 0.5 becomes −0.5");
		assertThat(vectors.nearest("puppy - dog + cat", 1).get(0).word()).isEqualTo("kitten");
		assertThat(text).contains("`puppy − dog + cat` lands on *kitten*");
		assertThat(text).contains("with " + vectors.vectors().size() + " words it is instant");
	}

	@Test
	void evaluationMetricsFromTheShippedEmails() throws IOException {
		String text = read(METRICS);
		ScoredExamples emails = ScoredExamples.parse(read("content/data/spam-scores.csv"), "data/spam-scores.csv");
		long spam = emails.examples().stream().filter(ScoredExamples.Example::positive).count();
		long ham = emails.examples().size() - spam;
		assertThat(text).contains("we use " + words(emails.examples().size()) + " made-up emails",
				words((int) spam).substring(0, 1).toUpperCase(Locale.ROOT) + words((int) spam).substring(1)
						+ " of the emails really are spam and " + words((int) ham) + " are **ham**");

		ScoredExamples.Confusion half = emails.at(50);
		assertThat(List.of(half.truePositives(), half.falseNegatives(), half.falsePositives(), half.trueNegatives()))
			.containsExactly(6, 2, 2, 10);
		assertThat(text).contains("catches 6 of the 8 spam emails and wrongly flags 2 of the 12 ham",
				"TP = 6, FN = 2, FP = 2 and TN = 10", "`(6 + 10) / 20 = " + plain(half.accuracy()) + "`",
				"`12 / 20 = " + plain(emails.at(101).accuracy()) + "`");
		assertThat(emails.at(101).truePositives()).as("a filter that flags nothing").isZero();
		assertThat(half.precision()).isEqualTo(half.recall()).isEqualTo(0.75);
		assertThat(text).contains("At a threshold of 0.5 both are `6 / 8 = 0.75`");
		assertThat(text).contains("At a threshold of 0.5 our filter's F1 is " + plain(half.f1()));

		ScoredExamples.Confusion high = emails.at(70);
		assertThat(text).contains(
				"the filter flags only " + (high.truePositives() + high.falsePositives()) + " emails: "
						+ high.truePositives() + " spam and " + high.falsePositives() + " ham",
				"Precision rises to `5 / 6`, about " + two(high.precision()),
				"recall falls to `5 / 8 = " + plain(high.recall()) + "`",
				"At 0.7 it is `10 / 14`, about " + two(high.f1()));
		assertThat(high.f1()).isCloseTo(10.0 / 14, offset(1e-12));

		ScoredExamples.Confusion low = emails.at(30);
		assertThat(text).contains("At 0.3 the filter catches " + low.truePositives() + " of the " + spam
				+ " spam emails, but " + low.falsePositives() + " of its "
				+ (low.truePositives() + low.falsePositives()) + " flags are ham",
				"at 0.3 it is `14 / 19`, about " + two(low.f1()));
		assertThat(low.f1()).isCloseTo(14.0 / 19, offset(1e-12));

		ScoredExamples.Confusion strict = emails.at(90);
		assertThat(strict.falsePositives()).isZero();
		assertThat(text).contains("at 0.9 it flags " + strict.truePositives()
				+ " emails, both spam, so its precision is " + two(strict.precision()) + ", yet it catches only "
				+ strict.truePositives() + " of " + spam + " and its recall is " + two(strict.recall()));

		// the overlap the text names: the highest-scoring ham and the lowest-scoring spam
		int topHam = emails.examples()
			.stream()
			.filter((e) -> !e.positive())
			.mapToInt(ScoredExamples.Example::hundredths)
			.max()
			.orElseThrow();
		int lowSpam = emails.examples()
			.stream()
			.filter(ScoredExamples.Example::positive)
			.mapToInt(ScoredExamples.Example::hundredths)
			.min()
			.orElseThrow();
		assertThat(topHam).isGreaterThan(lowSpam);
		assertThat(text).contains("a prize draw from a school fair, scores " + plain(topHam / 100.0)
				+ ", and one spam email scores only " + plain(lowSpam / 100.0));
		assertThat(emails.examples()).anyMatch((e) -> e.text().contains("prize draw") && e.hundredths() == topHam);
	}

	@Test
	void evaluationMetricsWorkedSums() throws IOException {
		String text = read(METRICS);
		// 1 person in 100 ill, always "healthy": 99 of 100 right
		assertThat(text).contains("right 99 times out of 100: an accuracy of " + (100 - 1) + "%");
		// precision 1.0 and recall 0.1: mean against harmonic mean
		double precision = 1.0;
		double recall = 0.1;
		assertThat(text).contains("Their ordinary average is " + plain((precision + recall) / 2),
				"`2 × 1.0 × 0.1 / 1.1`, about " + two(harmonic(precision, recall)));
		// the quick check: precision 0.5 and recall 1.0
		assertThat(harmonic(0.5, 1.0)).isCloseTo(2.0 / 3, offset(1e-12));
		assertThat(text).contains("- text: About " + two(harmonic(0.5, 1.0)),
				"1.0 / 1.5, about " + two(harmonic(0.5, 1.0)), "ordinary average of " + plain((0.5 + 1.0) / 2));
		// 1,000 transactions, 10 fraud, none flagged
		ScoredExamples.Confusion none = new ScoredExamples.Confusion(50, 0, 0, 10, 990);
		assertThat(none.accuracy()).isEqualTo(0.99);
		assertThat(none.recall()).isZero();
		assertThat(text).contains("990 / 1,000 = 99%", "Its recall is 0 / 10 = 0");
	}

	@Test
	void eachLessonHasBetween1200And2500WordsOfProse() throws IOException {
		for (String file : List.of(EMBEDDINGS, METRICS)) {
			assertThat(LessonProse.words(read(file))).as(file + ": words of prose, quick checks and interactives aside")
				.isBetween(LessonProse.FEWEST, LessonProse.MOST);
		}
	}

	private static double harmonic(double a, double b) {
		return 2 * a * b / (a + b);
	}

	/** A number as the lessons write it: as short as it is exact, with a true minus. */
	private static String plain(double value) {
		String text = java.math.BigDecimal.valueOf(value)
			.round(new java.math.MathContext(10))
			.stripTrailingZeros()
			.toPlainString();
		return text.replace('-', '−');
	}

	private static String two(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String words(int number) {
		return switch (number) {
			case 8 -> "eight";
			case 12 -> "twelve";
			case 20 -> "twenty";
			default -> String.valueOf(number);
		};
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
