package io.aieducademy.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The smallest language model that predicts a next word: it counts, in its training text,
 * which word follows which, and predicts from the last word alone. Words are lower-cased;
 * the punctuation marks {@code . , ; : ! ?} count as words, and quotes, brackets and
 * dashes are dropped. The counts become probabilities through a softmax of their
 * logarithms divided by the temperature, so {@code p = count^(1/T) / Σ count^(1/T)}: at a
 * temperature of 1 a word's probability is its share of the counts.
 */
public final class BigramModel {

	/** What counts as a word, and which punctuation counts as one. */
	static final Pattern WORDS = Pattern.compile("[a-z]+(?:['-][a-z]+)*|[.,;:!?]");

	private final Map<String, Map<String, Integer>> followers;

	private final int wordCount;

	/** One word that may come next, with how often it did and its probability. */
	public record Candidate(String word, int count, double probability) {
	}

	/**
	 * The prediction after a text: the word it was made from ({@code null} when the text
	 * has none), whether the model has seen that word followed by another, the number of
	 * times it has, and every candidate, most likely first (ties in alphabetical order).
	 */
	public record Prediction(@Nullable String word, boolean known, int total, double temperature,
			List<Candidate> candidates) {
	}

	private BigramModel(Map<String, Map<String, Integer>> followers, int wordCount) {
		this.followers = followers;
		this.wordCount = wordCount;
	}

	/** Counts every pair of neighbouring words of the text. */
	public static BigramModel train(String text) {
		List<String> words = words(text);
		Map<String, Map<String, Integer>> followers = new HashMap<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			followers.computeIfAbsent(words.get(i), (word) -> new TreeMap<>()).merge(words.get(i + 1), 1, Integer::sum);
		}
		return new BigramModel(followers, words.size());
	}

	private static double weight(int count, int most, double temperature) {
		return Math.exp(Math.log((double) count / most) / temperature);
	}

	/** The words of a text as the model reads them. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORDS.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** How many words the training text has. */
	public int wordCount() {
		return this.wordCount;
	}

	/** How many different words have a word after them in the training text. */
	public int contextCount() {
		return this.followers.size();
	}

	/**
	 * The candidates for the word after the text's last word, at a temperature above 0.
	 */
	public Prediction predict(String text, double temperature) {
		if (!(temperature > 0) || Double.isInfinite(temperature)) {
			throw new IllegalArgumentException("The temperature must be a positive number, not " + temperature + ".");
		}
		List<String> words = words(text);
		String last = words.isEmpty() ? null : words.get(words.size() - 1);
		Map<String, Integer> next = (last != null) ? this.followers.get(last) : null;
		if (next == null) {
			return new Prediction(last, false, 0, temperature, List.of());
		}
		int total = next.values().stream().mapToInt(Integer::intValue).sum();
		int most = next.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		// count^(1/T) scaled by the largest count, so that a small T cannot overflow
		double sum = 0;
		for (int count : next.values()) {
			sum += weight(count, most, temperature);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : next.entrySet()) {
			candidates.add(
					new Candidate(entry.getKey(), entry.getValue(), weight(entry.getValue(), most, temperature) / sum));
		}
		candidates.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::word));
		return new Prediction(last, true, total, temperature, List.copyOf(candidates));
	}

}
