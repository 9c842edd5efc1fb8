package io.aieducademy.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One block of a lesson body, in reading order. */
public sealed interface LessonBlock {

	/** The block's type, as the lesson template switches on it. */
	String type();

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
	 * A multiple-choice question graded on the server; {@code answer} is the index of the
	 * correct option and must never be sent to a browser before the learner has answered.
	 */
	record QuickCheck(String id, String key, String question, List<String> options, int answer,
			String explanation) implements LessonBlock {

		public QuickCheck {
			options = List.copyOf(options);
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
