package io.aieducademy.catalogue;

import io.aieducademy.language.BigramModel;
import io.aieducademy.language.BigramModel.Candidate;
import io.aieducademy.language.BigramModel.Prediction;
import io.aieducademy.language.BytePairTokeniser;
import io.aieducademy.language.BytePairTokeniser.Encoding;
import io.aieducademy.language.BytePairTokeniser.Merge;
import io.aieducademy.language.BytePairTokeniser.Token;
import io.aieducademy.language.LanguageModels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every number that AI Sprouts lessons 8 (Tokenisation) and 11 (Understanding Large
 * Language Models) give about their tokeniser and their next-word model is computed here
 * with the models the site trains at start-up and looked for in the lesson, so a change
 * to the shipped text, to the models or to one side only fails the build. Also the
 * interactives' fallbacks, which a broken sample stops at start-up.
 */
class TokenisationAndLlmLessonsTests {

	private static final LanguageModels MODELS = new LanguageModels();

	private static final String SAMPLE = "The Rabbit was late for tea with Alice.";

	private final Catalogue catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(),
			"classpath:content/")
		.load();

	@Test
	void tokenisationLessonNumbers() throws IOException {
		String text = read("tokenisation.md");
		BytePairTokeniser tokeniser = MODELS.tokeniser();
		int bytes = MODELS.text().getBytes(StandardCharsets.UTF_8).length;
		assertThat(text).contains("The text is " + thousands(bytes) + " bytes long.");
		assertThat(tokeniser.merges()).hasSize(LanguageModels.MERGES);
		assertThat(text).contains("The tokeniser learnt " + LanguageModels.MERGES + " merges, so its vocabulary has "
				+ tokeniser.vocabularySize() + " tokens: the 256 bytes and one new token for each merge.");

		List<Merge> merges = tokeniser.merges();
		assertThat(shown(merges.get(0))).isEqualTo("␣ + t = ␣t");
		assertThat(text).contains("Its very first merge joins a space and `t` into `␣t`, because a space followed by a"
				+ " `t` is the commonest pair in the text: it occurs " + merges.get(0).count() + " times.");
		assertThat(shown(merges.get(1))).isEqualTo("h + e = he");
		assertThat(text).contains("The second merge joins `h` and `e` into `he`.");
		assertThat(shown(merges.get(8))).isEqualTo("␣t + he = ␣the");
		long theCount = BigramModel.words(MODELS.text()).stream().filter("the"::equals).count();
		assertThat(text).contains("By the ninth merge, `␣t` and `he` are joined into `␣the`, the commonest word in"
				+ " English, found " + theCount + " times in our passage.");
		for (String word : List.of(" Alice", " Rabbit", " was", " down")) {
			assertThat(tokeniser.encode(word).tokens()).as(word + " is one token").hasSize(1);
		}

		Encoding passage = tokeniser.encode(MODELS.text());
		double perToken = (double) bytes / passage.tokens().size();
		assertThat(text).contains("After training, the whole passage takes " + thousands(passage.tokens().size())
				+ " tokens instead of " + thousands(bytes) + " bytes: on average, each token stands for about "
				+ String.format(Locale.ROOT, "%.1f", perToken) + " characters.");

		Encoding sample = tokeniser.encode(SAMPLE);
		assertThat(text).contains("::: interactive tokeniser\nsample: " + SAMPLE + "\n");
		assertThat(text).contains("the sentence becomes " + sample.bytes() + " tokens");
		assertThat(BigramModel.words(SAMPLE)).hasSize(9).endsWith(".");
		assertThat(text).contains("The sentence becomes nine tokens, eight words and a full stop");
		assertThat(text).contains("The sample sentence becomes " + sample.tokens().size() + " tokens");
		assertThat(sample.tokens()).extracting(Token::shown).contains("␣Rabbit", "␣Alice");
		assertThat(text).contains("`␣Rabbit` and `␣Alice` are single tokens",
				"while `␣late` and `␣tea` are spelt" + " out of smaller pieces");
		assertThat(tokeniser.encode(" late").tokens()).extracting(Token::text).containsExactly(" l", "at", "e");
		assertThat(text).contains("*late* might become `l` + `at` + `e`");
		assertThat(tokeniser.encode(" tea").tokens()).hasSizeGreaterThan(1);
		assertThat(tokeniser.encode("café").tokens()).extracting(Token::shown).endsWith("<0xC3>", "<0xA9>");
		assertThat(text).contains("shown as `<0xC3>` and `<0xA9>`");
		assertThat(tokeniser.encode(" tokenisation").tokens()).as("a word the story never uses").hasSizeGreaterThan(3);
		assertThat(tokeniser.encode(" Rabbit").tokens()).isNotEqualTo(tokeniser.encode(" rabbit").tokens());
	}

	@Test
	void largeLanguageModelLessonNumbers() throws IOException {
		String text = read("understanding-large-language-models.md");
		BigramModel model = MODELS.bigrams();
		assertThat(text).contains("The passage has " + thousands(model.wordCount()) + " of these words.");

		Prediction afterI = model.predict("Alice thought I", 1);
		assertThat(text).contains("::: interactive next-word\nsample: Alice thought I\n");
		List<Candidate> candidates = afterI.candidates();
		assertThat(candidates).extracting(Candidate::word).startsWith("shall", "wonder", "think");
		assertThat(candidates).extracting(Candidate::count).containsExactly(5, 4, 2, 1, 1, 1, 1, 1, 1);
		assertThat(text).contains("After the word *i*, for example, the passage continues " + afterI.total()
				+ " times: 5 times with *shall*, 4 times with *wonder*, twice with *think*, and once each with six other"
				+ " words.");
		assertThat(text)
			.contains("the word *shall* came 5 times out of " + afterI.total() + ", so its probability is 5 ÷ "
					+ afterI.total() + ", about " + percent(candidates.get(0).probability()) + ".");
		String cold = percent(model.predict("i", 0.5).candidates().get(0).probability());
		String hot = percent(model.predict("i", 2).candidates().get(0).probability());
		assertThat(text).contains("*shall* rises from " + percent(candidates.get(0).probability()) + " to " + cold
				+ " at a temperature of 0.5.");
		assertThat(text)
			.contains("At a temperature of 2, *shall* falls to " + hot + ", and rare words get a bigger" + " share.");

		Prediction bats = model.predict("do cats eat", 1);
		assertThat(bats.candidates().get(0).word()).isEqualTo("bats");
		assertThat(text).contains("so *bats* gets " + bats.candidates().get(0).count() + " of the " + bats.total()
				+ " counts: " + Math.round(bats.candidates().get(0).probability() * 100) + " %.");
		Prediction white = model.predict("the white", 1);
		assertThat(white.candidates()).extracting(Candidate::word).containsExactly("rabbit");
		assertThat(text).contains("*white* is followed only by *rabbit*, so the model is completely sure: 100 %.");
		assertThat(model.predict("computer", 1).known()).isFalse();
		assertThat(text).contains("Type a word the story never uses, such as *computer*.");
	}

	@Test
	void theFallbacksAreTheModelsResultsForTheSamples() {
		Lesson tokenisation = this.catalogue.lessons().get("tokenisation");
		LessonBlock.LanguageDemo tokeniser = demo(tokenisation, "tokeniser");
		LanguageDemoFallback tokens = LanguageDemoFallback.of(tokeniser, MODELS, 500, "tokenisation.md");
		assertThat(tokens.tokens()).isEqualTo(MODELS.tokeniser().encode(SAMPLE).tokens());
		assertThat(tokens.merges()).isNotEmpty();

		Lesson llm = this.catalogue.lessons().get("understanding-large-language-models");
		LanguageDemoFallback next = LanguageDemoFallback.of(demo(llm, "next-word"), MODELS, 500, "llm.md");
		assertThat(next.word()).isEqualTo("i");
		assertThat(next.temperatures()).containsExactly("0.5", "1", "2");
		assertThat(next.nextWords().get(0).word()).isEqualTo("shall");
		assertThat(next.nextWords().get(0).probabilities()).containsExactly("49.0 %", "29.4 %", "19.2 %");
		assertThat(next.nextWords()).hasSize(8);
		assertThat(next.others()).isEqualTo(1);
	}

	@Test
	void aSampleTheModelsCannotShowStopsStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> LanguageDemoFallback.of(new LessonBlock.LanguageDemo("next-word", "the zebra", "c"),
					MODELS, 500, "x.md"))
			.withMessageContaining("x.md")
			.withMessageContaining("never seen");
		assertThatIllegalStateException().isThrownBy(
				() -> LanguageDemoFallback.of(new LessonBlock.LanguageDemo("tokeniser", "é", "c"), MODELS, 500, "x.md"))
			.withMessageContaining("no merge");
		assertThatIllegalStateException()
			.isThrownBy(() -> LanguageDemoFallback
				.of(new LessonBlock.LanguageDemo("tokeniser", "Alice ".repeat(20), "c"), MODELS, 50, "x.md"))
			.withMessageContaining("longer than the 50 characters");
	}

	private static LessonBlock.LanguageDemo demo(Lesson lesson, String name) {
		return lesson.blocks()
			.stream()
			.filter((block) -> block instanceof LessonBlock.LanguageDemo demo && demo.name().equals(name))
			.map(LessonBlock.LanguageDemo.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static String shown(Merge merge) {
		BytePairTokeniser tokeniser = MODELS.tokeniser();
		return tokeniser.shown(merge.left()) + " + " + tokeniser.shown(merge.right()) + " = "
				+ tokeniser.shown(merge.id());
	}

	private static String thousands(int n) {
		return String.format(Locale.UK, "%,d", n);
	}

	private static String percent(double p) {
		return String.format(Locale.ROOT, "%.1f %%", p * 100);
	}

	private static String read(String lesson) throws IOException {
		try (InputStream in = new ClassPathResource("content/programs/ai-sprouts/lessons/" + lesson).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
