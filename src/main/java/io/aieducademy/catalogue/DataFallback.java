package io.aieducademy.catalogue;

import java.util.List;

/**
 * What an interactive that works on a shipped data file (not on an autograd program)
 * shows: a table computed when the catalogue is loaded, for readers without JavaScript,
 * and the same numbers as JSON for the live version, so the two cannot disagree.
 */
public sealed interface DataFallback permits NeighbourTable, ThresholdTable {

	/** The interactives of this kind, by the name a lesson gives them. */
	List<String> NAMES = List.of(NeighbourTable.NAME, ThresholdTable.NAME);

	/** Everything the live version shows, as JSON for a {@code data-} attribute. */
	String json();

	/**
	 * Reads the data file and computes the fallback; a mistake in the file or in the
	 * block's {@code show} list is a {@link ContentException}, which stops start-up.
	 */
	static DataFallback of(String name, String dataFile, String data, List<String> show, String lessonFile, int line) {
		return switch (name) {
			case NeighbourTable.NAME -> NeighbourTable.of(WordVectors.parse(data, dataFile), show, lessonFile, line);
			case ThresholdTable.NAME -> ThresholdTable.of(ScoredExamples.parse(data, dataFile), show, lessonFile, line);
			default -> throw new ContentException(lessonFile, line,
					"unknown data interactive '" + name + "'; expected one of " + String.join(", ", NAMES) + ".");
		};
	}

}
