package io.aieducademy.catalogue;

import io.aieducademy.language.BigramModel;
import io.aieducademy.language.BytePairTokeniser;
import io.aieducademy.language.LanguageModels;

import java.util.List;

/**
 * The static version of a language demonstration, for readers without JavaScript,
 * computed at start-up from the lesson's sample by the same models the live version
 * calls: the sample's tokens and the merges that made them, or the next-word table at
 * three temperatures. A sample the models cannot show stops start-up.
 */
record LanguageDemoFallback(List<BytePairTokeniser.Token> tokens, int bytes,
		List<BytePairTokeniser.AppliedMerge> merges, String word, int total, List<String> temperatures,
		List<NextWordRow> nextWords, int others) {

	/** The temperatures the next-word table compares. */
	static final List<Double> TEMPERATURES = List.of(0.5, 1.0, 2.0);

	/** How many candidates the next-word table lists; the rest are counted. */
	static final int SHOWN_CANDIDATES = 8;

	/** One candidate next word: its count and its probability at each temperature. */
	record NextWordRow(String word, int count, List<String> probabilities) {
	}

	static LanguageDemoFallback of(LessonBlock.LanguageDemo demo, LanguageModels models, int maxTextLength,
			String lessonFile) {
		String sample = demo.sample();
		if (sample.codePointCount(0, sample.length()) > maxTextLength) {
			throw new IllegalStateException("The interactive '" + demo.name() + "' in " + lessonFile
					+ " has a sample longer than the " + maxTextLength + " characters a learner may type.");
		}
		List<String> temperatures = TEMPERATURES.stream().map(InteractiveFallback::number).toList();
		if ("tokeniser".equals(demo.name())) {
			BytePairTokeniser.Encoding encoding = models.tokeniser().encode(sample);
			if (encoding.merges().isEmpty()) {
				throw new IllegalStateException("The interactive 'tokeniser' in " + lessonFile
						+ " has a sample that no merge applies to: it would show nothing but single bytes.");
			}
			return new LanguageDemoFallback(encoding.tokens(), encoding.bytes(), encoding.merges(), "", 0, temperatures,
					List.of(), 0);
		}
		List<BigramModel.Prediction> predictions = TEMPERATURES.stream()
			.map((temperature) -> models.bigrams().predict(sample, temperature))
			.toList();
		BigramModel.Prediction first = predictions.get(0);
		String word = first.word();
		if (!first.known() || word == null) {
			throw new IllegalStateException("The interactive 'next-word' in " + lessonFile + " has the sample '"
					+ sample + "', whose last word the model has never seen followed by another.");
		}
		List<NextWordRow> rows = new java.util.ArrayList<>();
		for (int i = 0; i < Math.min(SHOWN_CANDIDATES, first.candidates().size()); i++) {
			int index = i;
			BigramModel.Candidate candidate = first.candidates().get(i);
			rows.add(new NextWordRow(candidate.word(), candidate.count(),
					predictions.stream()
						.map((prediction) -> percent(prediction.candidates().get(index).probability()))
						.toList()));
		}
		return new LanguageDemoFallback(List.of(), 0, List.of(), word, first.total(), temperatures, List.copyOf(rows),
				first.candidates().size() - rows.size());
	}

	/** A probability as a percentage with one decimal, as the live version shows it. */
	static String percent(double probability) {
		return String.format(java.util.Locale.ROOT, "%.1f %%", probability * 100);
	}

}
