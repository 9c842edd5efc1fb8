package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code nearest-neighbours} interactive: for every word of a shipped table of word
 * vectors, and for each word sum the lesson shows, the nearest words by cosine
 * similarity.
 *
 * @param dimensions the names of the table's dimensions
 * @param queries the words and sums the lesson shows in its static table
 * @param json every word's vector and neighbours, and the sums', for the live version
 */
public record NeighbourTable(List<String> dimensions, List<Query> queries, String json) implements DataFallback {

	static final String NAME = "nearest-neighbours";

	/** How many neighbours are shown for a word or a sum. */
	static final int NEIGHBOURS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public NeighbourTable {
		dimensions = List.copyOf(dimensions);
		queries = List.copyOf(queries);
	}

	/** A word or a sum of words, and its nearest words. */
	public record Query(String query, boolean sum, List<Neighbour> neighbours) {

		public Query {
			neighbours = List.copyOf(neighbours);
		}

	}

	/** A neighbour and its cosine similarity, written with two decimals. */
	public record Neighbour(String word, String similarity) {
	}

	static NeighbourTable of(WordVectors vectors, List<String> show, String lessonFile, int line) {
		if (show.isEmpty()) {
			throw new ContentException(lessonFile, line,
					"the nearest-neighbours interactive needs a 'show' list of words and sums for its static table.");
		}
		List<Query> queries = new ArrayList<>();
		Map<String, Object> sums = new LinkedHashMap<>();
		for (String query : show) {
			Query computed;
			try {
				computed = query(vectors, query);
			}
			catch (IllegalArgumentException ex) {
				throw new ContentException(lessonFile, line, "the query '" + query + "' in 'show': " + ex.getMessage());
			}
			queries.add(computed);
			if (computed.sum()) {
				sums.put(computed.query(), pairs(computed.neighbours()));
			}
		}
		Map<String, Object> words = new LinkedHashMap<>();
		for (String word : vectors.vectors().keySet()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("vector", vectors.vectors().get(word));
			entry.put("neighbours", pairs(query(vectors, word).neighbours()));
			words.put(word, entry);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dimensions", vectors.dimensions());
		json.put("words", words);
		json.put("sums", sums);
		return new NeighbourTable(vectors.dimensions(), queries, JSON.writeValueAsString(json));
	}

	private static Query query(WordVectors vectors, String query) {
		String normal = String.join(" ", query.strip().split("\\s+"));
		List<Neighbour> neighbours = vectors.nearest(normal, NEIGHBOURS)
			.stream()
			.map((neighbour) -> new Neighbour(neighbour.word(), similarity(neighbour.similarity())))
			.toList();
		return new Query(normal, vectors.words(normal).size() > 1, neighbours);
	}

	private static List<List<String>> pairs(List<Neighbour> neighbours) {
		return neighbours.stream().map((neighbour) -> List.of(neighbour.word(), neighbour.similarity())).toList();
	}

	/** Two decimals, with a true minus sign, as the lesson writes similarities. */
	static String similarity(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		return ("-0.00".equals(text) ? "0.00" : text).replace('-', '−');
	}

}
