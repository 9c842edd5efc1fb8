package io.aieducademy.catalogue;

/**
 * How the lesson tests count a written lesson's words: the Markdown after its front
 * matter, without its quick checks, figures and interactives (the blocks from
 * {@code ::: quick-check}, {@code ::: figure}, {@code ::: interactive} or
 * {@code ::: data-interactive} to the next {@code :::}). A lesson has between
 * {@link #FEWEST} and {@link #MOST} words.
 */
final class LessonProse {

	static final int FEWEST = 1200;

	static final int MOST = 2500;

	private LessonProse() {
	}

	/** The number of words of prose in the lesson file's text {@code markdown}. */
	static int words(String markdown) {
		String body = markdown.substring(markdown.indexOf("\n---\n", 4) + 5);
		StringBuilder prose = new StringBuilder();
		boolean inData = false;
		for (String line : body.split("\n")) {
			if (line.matches(":::\\s*(quick-check|figure|interactive|data-interactive).*")) {
				inData = true;
			}
			else if (line.matches(":::.*")) {
				inData = false;
			}
			else if (!inData) {
				prose.append(line).append(' ');
			}
		}
		return prose.toString().strip().split("\\s+").length;
	}

}
