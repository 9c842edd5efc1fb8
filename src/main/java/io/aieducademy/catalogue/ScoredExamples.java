package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Examples a classifier has scored, with the truth about each (the Evaluation Metrics
 * lesson's made-up emails), and the one place where the site counts a confusion matrix
 * and the metrics drawn from it.
 */
record ScoredExamples(List<Example> examples) {

	ScoredExamples {
		examples = List.copyOf(examples);
	}

	/**
	 * One example: what it is, the classifier's score in hundredths (so that comparing it
	 * with a threshold is exact) and whether it truly is positive.
	 */
	record Example(String text, int hundredths, boolean positive) {

		double score() {
			return this.hundredths / 100.0;
		}

	}

	/**
	 * The four counts at one threshold (an example is predicted positive when its score
	 * is at least the threshold) and the metrics drawn from them. A metric whose fraction
	 * has nothing below the line is {@code null}: it is undefined, not zero.
	 */
	record Confusion(int hundredths, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

		/** The threshold, from 0 to 1. */
		double threshold() {
			return this.hundredths / 100.0;
		}

		int total() {
			return this.truePositives + this.falsePositives + this.falseNegatives + this.trueNegatives;
		}

		/** Of the examples flagged positive, the share that truly are. */
		@Nullable Double precision() {
			return ratio(this.truePositives, this.truePositives + this.falsePositives);
		}

		/** Of the truly positive examples, the share that were flagged. */
		@Nullable Double recall() {
			return ratio(this.truePositives, this.truePositives + this.falseNegatives);
		}

		/** The harmonic mean of precision and recall: 2TP / (2TP + FP + FN). */
		@Nullable Double f1() {
			return ratio(2 * this.truePositives, 2 * this.truePositives + this.falsePositives + this.falseNegatives);
		}

		/** The share of all examples labelled correctly. */
		@Nullable Double accuracy() {
			return ratio(this.truePositives + this.trueNegatives, total());
		}

		private static @Nullable Double ratio(int top, int bottom) {
			return (bottom == 0) ? null : (double) top / bottom;
		}

	}

	/**
	 * Reads the examples: lines starting with {@code #} are comments, then the header
	 * {@code subject,score,truth}, then one example a line; the text is everything before
	 * the last two commas, the score is from 0 to 1 and the truth is {@code spam} or
	 * {@code ham}.
	 */
	static ScoredExamples parse(String text, String file) {
		List<Example> examples = new ArrayList<>();
		boolean header = false;
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!line.equals("subject,score,truth")) {
					throw new ContentException(file, i + 1, "the header must be 'subject,score,truth'.");
				}
				header = true;
				continue;
			}
			int truthAt = line.lastIndexOf(',');
			int scoreAt = (truthAt > 0) ? line.lastIndexOf(',', truthAt - 1) : -1;
			if (scoreAt < 1) {
				throw new ContentException(file, i + 1, "a row needs a subject, a score and a truth.");
			}
			String truth = line.substring(truthAt + 1);
			if (!truth.equals("spam") && !truth.equals("ham")) {
				throw new ContentException(file, i + 1, "the truth must be 'spam' or 'ham', not '" + truth + "'.");
			}
			double score;
			try {
				score = Double.parseDouble(line.substring(scoreAt + 1, truthAt));
			}
			catch (NumberFormatException ex) {
				throw new ContentException(file, i + 1, "the score is not a number.");
			}
			long hundredths = Math.round(score * 100);
			if (!(score >= 0 && score <= 1) || Math.abs(score * 100 - hundredths) > 1e-9) {
				throw new ContentException(file, i + 1, "the score must be from 0 to 1 with at most two decimals.");
			}
			examples.add(new Example(line.substring(0, scoreAt).strip(), (int) hundredths, truth.equals("spam")));
		}
		if (examples.stream().noneMatch(Example::positive) || examples.stream().allMatch(Example::positive)) {
			throw new ContentException(file, 0, "the examples need at least one of each kind, spam and ham.");
		}
		return new ScoredExamples(examples);
	}

	/**
	 * The confusion matrix when every example scoring at least the threshold, given in
	 * hundredths, is flagged.
	 */
	Confusion at(int hundredths) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int tn = 0;
		for (Example example : this.examples) {
			boolean flagged = example.hundredths() >= hundredths;
			if (flagged && example.positive()) {
				tp++;
			}
			else if (flagged) {
				fp++;
			}
			else if (example.positive()) {
				fn++;
			}
			else {
				tn++;
			}
		}
		return new Confusion(hundredths, tp, fp, fn, tn);
	}

}
