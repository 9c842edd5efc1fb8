package io.aieducademy.language;

import io.aieducademy.language.BigramModel.Candidate;
import io.aieducademy.language.BigramModel.Prediction;
import io.aieducademy.language.BytePairTokeniser.Encoding;
import io.aieducademy.language.BytePairTokeniser.Merge;
import io.aieducademy.language.BytePairTokeniser.Token;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The byte-pair tokeniser and the bigram model on small texts worked out by hand, and on
 * the shipped text.
 */
class LanguageModelsTests {

	@Test
	void trainingMergesTheMostFrequentPairFirstAndTiesGoToTheSmallerIds() {
		// "aaab aaab": pieces "aaab" and " aaab"; the pair (a, a) occurs 4 times
		BytePairTokeniser tokeniser = BytePairTokeniser.train("aaab aaab", 10);
		Merge first = tokeniser.merges().get(0);
		assertThat(tokeniser.text(first.id())).isEqualTo("aa");
		assertThat(first.count()).isEqualTo(4);
		assertThat(first.id()).isEqualTo(256);
		// then (aa, a) or (a, b) etc.: every later merge occurs at least twice
		assertThat(tokeniser.merges()).allSatisfy((merge) -> assertThat(merge.count()).isGreaterThanOrEqualTo(2));
		assertThat(tokeniser.vocabularySize()).isEqualTo(256 + tokeniser.merges().size());
		assertThat(tokeniser.encode("aaab").tokens()).hasSize(1);
	}

	@Test
	void encodingAppliesTheMergesInTheOrderTheyWereLearntAndFallsBackToBytes() {
		BytePairTokeniser tokeniser = BytePairTokeniser.train("low low low lower lowest", 20);
		Encoding low = tokeniser.encode("low");
		assertThat(low.tokens()).extracting(Token::text).containsExactly("low");
		assertThat(low.merges()).extracting(BytePairTokeniser.AppliedMerge::rank).isSorted();
		Encoding unseen = tokeniser.encode("é");
		assertThat(unseen.tokens()).extracting(Token::id).containsExactly(0xC3, 0xA9);
		assertThat(unseen.tokens()).extracting(Token::shown).containsExactly("<0xC3>", "<0xA9>");
		assertThat(unseen.characters()).isEqualTo(1);
		assertThat(unseen.bytes()).isEqualTo(2);
		assertThat(tokeniser.encode(" x\n").tokens()).extracting(Token::shown).containsExactly("␣", "x", "↵");
		assertThat(tokeniser.encode("").tokens()).isEmpty();
	}

	@Test
	void decodingTheTokensGivesBackTheText() {
		LanguageModels models = new LanguageModels();
		for (String text : List.of(models.text(), "Tokenisation, café and 12345!\nNew line.", "  two  spaces ")) {
			List<Integer> ids = models.tokeniser().encode(text).tokens().stream().map(Token::id).toList();
			assertThat(models.tokeniser().decode(ids)).isEqualTo(text);
		}
	}

	@Test
	void theBigramModelCountsWhichWordFollowsWhichAndAppliesTheTemperature() {
		BigramModel model = BigramModel.train("The cat sat. The cat ran. The dog sat.");
		assertThat(BigramModel.words("The cat sat.")).containsExactly("the", "cat", "sat", ".");
		Prediction afterThe = model.predict("and THE", 1);
		assertThat(afterThe.word()).isEqualTo("the");
		assertThat(afterThe.total()).isEqualTo(3);
		assertThat(afterThe.candidates()).extracting(Candidate::word).containsExactly("cat", "dog");
		assertThat(afterThe.candidates().get(0).probability()).isCloseTo(2.0 / 3, within(1e-12));
		// T = 0.5 squares the counts: 4 / (4 + 1)
		assertThat(model.predict("the", 0.5).candidates().get(0).probability()).isCloseTo(0.8, within(1e-12));
		// T = 2 takes their square roots
		assertThat(model.predict("the", 2).candidates().get(0).probability())
			.isCloseTo(Math.sqrt(2) / (Math.sqrt(2) + 1), within(1e-12));
		assertThat(model.predict("the", 0.1).candidates().stream().mapToDouble(Candidate::probability).sum())
			.isCloseTo(1, within(1e-12));
		assertThat(model.predict("zebra", 1).known()).isFalse();
		assertThat(model.predict("!!", 1).word()).isEqualTo("!");
		assertThat(model.predict("", 1).word()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> model.predict("the", 0));
	}

	@Test
	void theShippedTextIsReadWithoutItsHeader() {
		String text = new LanguageModels().text();
		assertThat(text).startsWith("Alice was beginning to get very tired").endsWith("and the fall was over.");
		assertThat(text).doesNotContain("Project Gutenberg");
	}

}
