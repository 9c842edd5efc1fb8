package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small table of word vectors that the site ships (the Embeddings lesson's), and the
 * one place where the site measures how alike two of them are: the cosine similarity.
 *
 * @param dimensions the names of the columns, in order
 * @param vectors each word's numbers, in the table's order
 */
record WordVectors(List<String> dimensions, Map<String, double[]> vectors) {

	private static final Pattern WORD = Pattern.compile("[a-z]+");

	private static final Pattern TERM = Pattern.compile("\\s*([+-]?)\\s*([a-z]+)\\s*");

	WordVectors {
		dimensions = List.copyOf(dimensions);
		vectors = Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
	}

	/** A word of the table and how alike it is to what was asked for. */
	record Neighbour(String word, double similarity) {
	}

	/**
	 * Reads the table: lines starting with {@code #} are comments, then a header
	 * {@code word,dim1,dim2...}, then one word a line with a number for each dimension.
	 */
	static WordVectors parse(String text, String file) {
		List<String> dimensions = null;
		Map<String, double[]> vectors = new LinkedHashMap<>();
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (dimensions == null) {
				if (cells.length < 3 || !cells[0].equals("word")) {
					throw new ContentException(file, i + 1,
							"the header must be 'word' followed by at least two dimension names.");
				}
				dimensions = List.of(cells).subList(1, cells.length);
				continue;
			}
			if (cells.length != dimensions.size() + 1) {
				throw new ContentException(file, i + 1, "a row needs a word and " + dimensions.size()
						+ " numbers, one for each dimension, but it has " + (cells.length - 1) + ".");
			}
			if (!WORD.matcher(cells[0]).matches() || vectors.containsKey(cells[0])) {
				throw new ContentException(file, i + 1,
						"'" + cells[0] + "' is not a word of lowercase letters, or it is listed twice.");
			}
			double[] vector = new double[dimensions.size()];
			for (int d = 0; d < vector.length; d++) {
				vector[d] = number(cells[d + 1], file, i + 1);
			}
			if (norm(vector) == 0) {
				throw new ContentException(file, i + 1,
						"the word '" + cells[0] + "' has only zeros: it has no direction to compare.");
			}
			vectors.put(cells[0], vector);
		}
		if (dimensions == null || vectors.size() < 2) {
			throw new ContentException(file, 0, "the table needs a header and at least two words.");
		}
		return new WordVectors(dimensions, vectors);
	}

	private static double number(String cell, String file, int line) {
		try {
			double value = Double.parseDouble(cell);
			if (value < -1 || value > 1) {
				throw new ContentException(file, line, "the number " + cell + " is outside -1 to 1.");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ContentException(file, line, "'" + cell + "' is not a number.");
		}
	}

	/**
	 * The cosine of the angle between two vectors: their dot product divided by the
	 * product of their lengths, from -1 (opposite) through 0 (unrelated) to 1 (the same
	 * direction).
	 */
	static double cosine(double[] a, double[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot / (norm(a) * norm(b));
	}

	static double norm(double[] vector) {
		double sum = 0;
		for (double value : vector) {
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

	boolean contains(String word) {
		return this.vectors.containsKey(word);
	}

	double[] vector(String word) {
		double[] vector = this.vectors.get(word);
		if (vector == null) {
			throw new IllegalArgumentException("'" + word + "' is not in the table.");
		}
		return vector.clone();
	}

	/**
	 * The words of a query, a single word or a sum such as {@code king - man + woman}, in
	 * the order written.
	 */
	List<String> words(String query) {
		List<String> words = new ArrayList<>();
		terms(query, (sign, word) -> words.add(word));
		return words;
	}

	/** The vector of a query: a single word, or words added and taken away. */
	double[] evaluate(String query) {
		double[] sum = new double[this.dimensions.size()];
		terms(query, (sign, word) -> {
			double[] vector = vector(word);
			for (int d = 0; d < sum.length; d++) {
				sum[d] += sign * vector[d];
			}
		});
		return sum;
	}

	private void terms(String query, TermConsumer consumer) {
		Matcher matcher = TERM.matcher(query.toLowerCase(Locale.ROOT));
		int at = 0;
		while (at < query.length()) {
			if (!matcher.find(at) || matcher.start() != at || (at > 0 && matcher.group(1).isEmpty())) {
				throw new IllegalArgumentException(
						"'" + query + "' is not a word or a sum of words such as 'king - man + woman'.");
			}
			consumer.accept("-".equals(matcher.group(1)) ? -1 : 1, matcher.group(2));
			at = matcher.end();
		}
		if (at == 0) {
			throw new IllegalArgumentException("the query is empty.");
		}
	}

	/**
	 * The words most alike to a query, most alike first (ties in the table's order),
	 * leaving out the words the query is made of, as is usual for word sums.
	 */
	List<Neighbour> nearest(String query, int count) {
		double[] target = evaluate(query);
		Set<String> asked = Set.copyOf(words(query));
		List<Neighbour> all = new ArrayList<>();
		this.vectors.forEach((word, vector) -> {
			if (!asked.contains(word)) {
				all.add(new Neighbour(word, cosine(target, vector)));
			}
		});
		// a stable sort keeps the table's order among equal similarities
		all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
		return List.copyOf(all.subList(0, Math.min(count, all.size())));
	}

	@FunctionalInterface
	private interface TermConsumer {

		void accept(int sign, String word);

	}

}
