package io.aieducademy.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One block of a lesson body, in reading order. */
public sealed interface LessonBlock {

	/** The block's type, as the lesson template switches on it. */
	String type();

	/**
	 * Whether the block is drawn with the rules of {@code lesson-figures.css}, which only
	 * the pages of lessons with such a block load; the rest of the site does without it.
	 */
	default boolean usesFigureStyles() {
		return false;
	}

	/** Prose rendered from Markdown, with raw HTML escaped. */
	record Prose(String html) implements LessonBlock {

		@Override
		public String type() {
			return "prose";
		}

	}

	/**
	 * A boxed aside: a fun fact, a think-about-it prompt or a callout (info, tip,
	 * warning).
	 */
	record Aside(String kind, String html) implements LessonBlock {

		@Override
		public String type() {
			return "aside";
		}

	}

	/** A picture the site ships, with alt text and a caption. */
	record Figure(String src, String alt, String caption) implements LessonBlock {

		@Override
		public String type() {
			return "figure";
		}

	}

	/** A live embed of the autograd visualiser, with the program and values it runs. */
	record Interactive(String name, String program, Map<String, Double> values, String caption) implements LessonBlock {

		public Interactive {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		@Override
		public String type() {
			return "interactive";
		}

	}

	/**
	 * A live demonstration of the language models ({@code tokeniser} or
	 * {@code next-word}), starting from a sample text; its static fallback is computed
	 * from the same sample.
	 */
	record LanguageDemo(String name, String sample, String caption) implements LessonBlock {

		/** The names of the language demonstrations. */
		public static final java.util.Set<String> NAMES = java.util.Set.of("tokeniser", "next-word");

		@Override
		public String type() {
			return "language-demo";
		}

		@Override
		public boolean usesFigureStyles() {
			return true;
		}

	}

	/**
	 * The polynomial fit of the Overfitting lesson ({@code polynomial-fit}): a degree
	 * slider over noisy points, starting at {@code degree} with {@code points} training
	 * points; its static figure and table are computed from the same settings.
	 */
	record CurveFit(String name, int degree, int points, String caption) implements LessonBlock {

		/** The name of the interactive in a lesson file. */
		public static final String NAME = "polynomial-fit";

		@Override
		public String type() {
			return "curve-fit";
		}

		@Override
		public boolean usesFigureStyles() {
			return true;
		}

	}

	/**
	 * A live embed that works on a data file the site ships under {@code content/data/}
	 * rather than on an autograd program; its static fallback and the numbers the live
	 * version shows are computed once, when the catalogue is loaded.
	 */
	record DataInteractive(String name, String caption, DataFallback fallback) implements LessonBlock {

		@Override
		public String type() {
			return "data-interactive";
		}

		@Override
		public boolean usesFigureStyles() {
			return true;
		}

	}

	/**
	 * A figure of the Loss Functions and Optimisers lesson ({@link LossFigure#NAMES}): a
	 * chart and a table computed by the engine when the catalogue is loaded, which the
	 * live version lets the learner explore.
	 */
	record LossDemo(String name, String caption, LossFigure figure) implements LessonBlock {

		@Override
		public String type() {
			return "loss-demo";
		}

		@Override
		public boolean usesFigureStyles() {
			return true;
		}

	}

	/**
	 * The Clustering lesson's {@code k-means} interactive: a shipped set of points and
	 * every k-means run the learner can step through, computed when the catalogue is
	 * loaded.
	 */
	record KMeansInteractive(String caption, KMeansDemo demo) implements LessonBlock {

		/** The name a lesson gives it, as in {@code ::: interactive k-means}. */
		public static final String NAME = "k-means";

		@Override
		public String type() {
			return "k-means";
		}

		@Override
		public boolean usesFigureStyles() {
			return true;
		}

	}

	/**
	 * One option of a quick check; a wrong option has a hint that names the idea to
	 * revisit without giving the right option away.
	 */
	record Option(String text, @Nullable String hint) {
	}

	/**
	 * A multiple-choice question graded on the server; {@code answer} is the index of the
	 * correct option and, like the hints, must never be sent to a browser before the
	 * learner has answered.
	 */
	record QuickCheck(String id, String key, String question, List<Option> options, int answer,
			String explanation) implements LessonBlock {

		public QuickCheck {
			options = List.copyOf(options);
		}

		/** The options' text, in order, without their hints. */
		public List<String> optionTexts() {
			return this.options.stream().map(Option::text).toList();
		}

		/**
		 * The hint for a choice: the chosen option's own, and none for the right option.
		 */
		public @Nullable String hint(int choice) {
			return (isChoice(choice) && !isCorrect(choice)) ? this.options.get(choice).hint() : null;
		}

		@Override
		public String type() {
			return "quick-check";
		}

		/**
		 * Whether this is the index of one of the options; the one rule for a valid
		 * choice.
		 */
		public boolean isChoice(int choice) {
			return choice >= 0 && choice < this.options.size();
		}

		public boolean isCorrect(int choice) {
			return choice == this.answer;
		}

	}

}
