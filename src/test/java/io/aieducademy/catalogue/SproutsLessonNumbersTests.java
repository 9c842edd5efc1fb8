package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number in the AI Sprouts lessons 1, 2 and 5 that can be computed is computed here
 * and looked for in the lesson file (and in its figure where the figure draws it), so a
 * mistyped number or an edit to one side only fails the build.
 */
class SproutsLessonNumbersTests {

	@Test
	void howDataPowersAi() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/how-data-powers-ai.md");
		assertThat(text).contains("`28 × 28 = " + grouped(28 * 28) + "`",
				"`224 × 224 × 3 = " + grouped(224 * 224 * 3) + "`");

		int spamWithPrize = 30;
		int spamWithout = 10;
		int hamWithPrize = 2;
		int hamWithout = 58;
		int spam = spamWithPrize + spamWithout;
		int ham = hamWithPrize + hamWithout;
		assertThat(spam + ham).isEqualTo(100);
		assertThat(text).contains("we have " + (spam + ham) + " emails", spam + " are spam and " + ham + " are not",
				"| spam | " + spamWithPrize + " | " + spamWithout + " | " + spam + " |",
				"| not spam | " + hamWithPrize + " | " + hamWithout + " | " + ham + " |",
				"`" + spamWithPrize + " / " + spam + " = " + percent(spamWithPrize, spam) + "%`",
				"only " + hamWithPrize + " do, about " + percent(hamWithPrize, ham) + "%",
				"Among the " + (spamWithPrize + hamWithPrize) + " labelled emails with that word, " + spamWithPrize
						+ " were spam",
				"`" + spamWithPrize + " / " + (spamWithPrize + hamWithPrize) + " ≈ "
						+ percent(spamWithPrize, spamWithPrize + hamWithPrize) + "%`");

		int examples = 1000;
		assertThat(text).contains("With " + grouped(examples) + " labelled examples, a 70/15/15 split gives "
				+ examples * 70 / 100 + " for training, " + examples * 15 / 100 + " for validation and "
				+ examples * 15 / 100 + " for testing");
		assertThat(70 + 15 + 15).isEqualTo(100);
		assertThat(text).contains("about 70% of the data", "Often about 15%", "The remaining 15% or so");

		String figure = read("static/images/lessons/data-pipeline.svg");
		assertThat(figure).as("the split is drawn to scale: 300 px for the whole")
			.contains("width=\"" + 300 * 70 / 100 + "\"", "width=\"" + 300 * 15 / 100 + "\"", ">70%<", ">15%<");
	}

	@Test
	void algorithmsExplained() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/algorithms-explained.md");
		assertThat(worstCaseGuesses(100)).isEqualTo(7);
		assertThat(text).contains("in the worst case it takes 100 questions", "`2^6 = " + (1 << 6) + "`",
				"`2^7 = " + (1 << 7) + "`", "so seven questions are always enough");
		assertThat(1 << 6).isLessThan(100);
		assertThat(1 << 7).isGreaterThanOrEqualTo(100);
		for (int items : new int[] { 100, 1_000, 1_000_000 }) {
			assertThat(text).contains("| " + grouped(items) + " | " + grouped(items) + " questions | "
					+ worstCaseGuesses(items) + " questions |");
		}
		assertThat(text).contains(
				"Binary search needs " + worstCaseGuesses(1_000_000) + " questions for a million items because "
						+ worstCaseGuesses(1_000_000) + " halvings cover `2^20 = " + grouped(1 << 20) + "`",
				"binary search needs only about ten more questions");
		assertThat(worstCaseGuesses(1_000_000) - worstCaseGuesses(1_000)).isEqualTo(10);
		assertThat(text).contains("10 halvings cover 2^10 = " + grouped(1 << 10) + " names",
				"while 9 cover only " + (1 << 9));
		assertThat(worstCaseGuesses(1_000)).isEqualTo(10);

		// k-nearest neighbours: the five fruits, the new one at (7, 6), and the votes.
		Map<String, int[]> fruits = new LinkedHashMap<>();
		fruits.put("A", new int[] { 5, 2, 0 });
		fruits.put("B", new int[] { 6, 3, 0 });
		fruits.put("C", new int[] { 8, 7, 1 });
		fruits.put("D", new int[] { 7, 8, 1 });
		fruits.put("E", new int[] { 6, 6, 0 });
		String[] kinds = { "lemon", "orange" };
		for (Map.Entry<String, int[]> fruit : fruits.entrySet()) {
			int[] f = fruit.getValue();
			assertThat(text).contains("| " + fruit.getKey() + " | " + f[0] + " | " + f[1] + " | " + kinds[f[2]] + " |");
		}
		List<String> nearest = fruits.keySet()
			.stream()
			.sorted(Comparator.comparingDouble((String name) -> distance(fruits.get(name), 7, 6)))
			.toList();
		StringBuilder table = new StringBuilder();
		for (String name : nearest) {
			table.append("| ")
				.append(name)
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.2f", distance(fruits.get(name), 7, 6)))
				.append(" | ")
				.append(kinds[fruits.get(name)[2]])
				.append(" |\n");
		}
		assertThat(text).as("the distance table, nearest first").contains(table);
		assertThat(text).contains("`√((7 − 6)² + (6 − 6)²) = √1 = 1`");
		assertThat(kinds[fruits.get(nearest.get(0))[2]]).isEqualTo("lemon");
		long oranges = nearest.subList(0, 3).stream().filter((name) -> fruits.get(name)[2] == 1).count();
		assertThat(oranges).isEqualTo(2);
		assertThat(text).contains("That is E, so the answer is lemon",
				"E says lemon, C and D say orange, and orange wins two votes to one");

		// The figure: x = 50 + (width - 4) * 35, y = 20 + (9 - sweetness) * 35, and its
		// circle of radius 2.1 holds exactly the three nearest.
		String figure = read("static/images/lessons/nearest-neighbours.svg");
		for (int[] f : fruits.values()) {
			int x = 50 + (f[0] - 4) * 35;
			int y = 20 + (9 - f[1]) * 35;
			assertThat(figure).containsAnyOf("cx=\"" + x + "\" cy=\"" + y + "\"",
					"x=\"" + (x - 8) + "\" y=\"" + (y - 8) + "\"");
		}
		assertThat(figure).contains("<circle cx=\"155\" cy=\"125\" r=\"73.5\"");
		assertThat(fruits.keySet()).filteredOn((name) -> distance(fruits.get(name), 7, 6) < 2.1)
			.containsExactlyInAnyOrderElementsOf(nearest.subList(0, 3));
	}

	@Test
	void aiEthicsAndBias() throws IOException {
		String text = read("content/programs/ai-sprouts/lessons/ai-ethics-and-bias.md");
		int applicants = 100;
		int approvedA = 60;
		int approvedB = 30;
		assertThat(text).contains("with " + applicants + " applicants each",
				"approves " + approvedA + " applicants from group A and " + approvedB + " from group B",
				"are therefore " + percent(approvedA, applicants) + "% and " + percent(approvedB, applicants) + "%",
				"`" + approvedB + "% / " + approvedA + "% = " + ((double) approvedB / approvedA) + "`",
				"four fifths of " + approvedA + "% would be " + approvedA * 4 / 5 + "%");
		assertThat((double) approvedB / approvedA).isLessThan(0.8);

		int wouldRepay = 50;
		int repayApprovedA = 45;
		int repayApprovedB = 25;
		assertThat(text).contains(wouldRepay + " applicants in each group would repay",
				"approves " + repayApprovedA + " of group A's " + wouldRepay + ", which is "
						+ percent(repayApprovedA, wouldRepay) + "%",
				repayApprovedB + " of group B's " + wouldRepay + ", which is " + percent(repayApprovedB, wouldRepay)
						+ "%");
		assertThat(repayApprovedA).as("approved repayers are among the approved").isLessThanOrEqualTo(approvedA);
		assertThat(repayApprovedB).isLessThanOrEqualTo(approvedB);

		assertThat(text).contains("at most 0.8% of lighter-skinned men", "up to 34.7% of darker-skinned women",
				"more than 40 times as often");
		assertThat(34.7 / 0.8).isGreaterThan(40).isLessThan(50);
		assertThat(text).contains("The selection rates are 60% and 30%, so group B's is half of group A's");

		String figure = read("static/images/lessons/fairness-rates.svg");
		assertThat(figure).as("bars drawn at 2 px per percent from x = 90")
			.contains("width=\"" + 2 * percent(approvedA, applicants) + "\"",
					"width=\"" + 2 * percent(approvedB, applicants) + "\"",
					"width=\"" + 2 * percent(repayApprovedA, wouldRepay) + "\"",
					"width=\"" + 2 * percent(repayApprovedB, wouldRepay) + "\"",
					"x1=\"" + (90 + 2 * approvedA * 4 / 5) + "\"", "four fifths of A: " + approvedA * 4 / 5 + "%");
	}

	@Test
	void eachLessonHasBetween1200And2500WordsOfProse() throws IOException {
		for (String slug : List.of("how-data-powers-ai", "algorithms-explained", "ai-ethics-and-bias",
				"loss-functions-and-optimisers")) {
			assertThat(LessonProse.words(read("content/programs/ai-sprouts/lessons/" + slug + ".md")))
				.as(slug + ": words of prose, quick checks and figures aside")
				.isBetween(LessonProse.FEWEST, LessonProse.MOST);
		}
	}

	/** Binary search's worst case: the fewest halvings k with 2^k ≥ n + 1. */
	private static int worstCaseGuesses(int items) {
		int guesses = 0;
		while ((1L << guesses) < items + 1L) {
			guesses++;
		}
		return guesses;
	}

	private static double distance(int[] fruit, int width, int sweetness) {
		return Math.hypot(fruit[0] - width, fruit[1] - sweetness);
	}

	private static long percent(int part, int whole) {
		return Math.round(100.0 * part / whole);
	}

	private static String grouped(long number) {
		return String.format(Locale.UK, "%,d", number);
	}

	private static String read(String path) throws IOException {
		try (InputStream in = SproutsLessonNumbersTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
