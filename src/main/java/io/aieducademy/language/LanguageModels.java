package io.aieducademy.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The tokeniser and the next-word model, trained once at start-up on the shipped text
 * ({@value #TEXT}, the opening of chapter I of Alice's Adventures in Wonderland, from
 * Project Gutenberg, in the public domain). Both are immutable afterwards.
 */
@Component
public class LanguageModels {

	/**
	 * The training text on the class path; its first lines starting "# " say where it is
	 * from.
	 */
	public static final String TEXT = "language/alice-chapter-1.txt";

	/** How many merges the tokeniser learns at most. */
	public static final int MERGES = 300;

	/** The temperatures a page offers, from the most cautious to the most adventurous. */
	public static final double MIN_TEMPERATURE = 0.1;

	public static final double MAX_TEMPERATURE = 3;

	private final String text;

	private final BytePairTokeniser tokeniser;

	private final BigramModel bigrams;

	public LanguageModels() {
		this(read(TEXT));
	}

	LanguageModels(String text) {
		this.text = text;
		this.tokeniser = BytePairTokeniser.train(text, MERGES);
		this.bigrams = BigramModel.train(text);
	}

	/** The training text, without its header. */
	public String text() {
		return this.text;
	}

	public BytePairTokeniser tokeniser() {
		return this.tokeniser;
	}

	public BigramModel bigrams() {
		return this.bigrams;
	}

	/** The shipped text without the header lines that say where it is from. */
	public static String read(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
			return Arrays.stream(all.split("\n", -1))
				.dropWhile((line) -> line.startsWith("# "))
				.collect(Collectors.joining("\n"))
				.stripTrailing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The training text " + location + " cannot be read.", ex);
		}
	}

}
