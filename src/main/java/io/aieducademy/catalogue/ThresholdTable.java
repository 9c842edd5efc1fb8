package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code confusion-matrix} interactive: a shipped set of scored examples, and the
 * confusion matrix with precision, recall, F1 and accuracy at every threshold of its
 * slider.
 *
 * @param rows the thresholds the lesson shows in its static table
 * @param examples the examples, highest score first
 * @param json the examples and every threshold's counts and metrics, for the live version
 */
public record ThresholdTable(List<Row> rows, List<ExampleRow> examples, String json) implements DataFallback {

	static final String NAME = "confusion-matrix";

	/** The slider's thresholds, in hundredths: 0.05 to 0.95 in steps of 0.05. */
	static final int FIRST = 5;

	static final int LAST = 95;

	static final int STEP = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public ThresholdTable {
		rows = List.copyOf(rows);
		examples = List.copyOf(examples);
	}

	/**
	 * One threshold: the four counts and the four metrics, written with two decimals (or
	 * a dash where a metric is undefined).
	 */
	public record Row(String threshold, int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
			String precision, String recall, String f1, String accuracy) {
	}

	/** One example as the table shows it: its text, its score and whether it is spam. */
	public record ExampleRow(String text, String score, boolean spam) {
	}

	static ThresholdTable of(ScoredExamples scored, List<String> show, String lessonFile, int line) {
		if (show.isEmpty()) {
			throw new ContentException(lessonFile, line,
					"the confusion-matrix interactive needs a 'show' list of thresholds for its static table.");
		}
		List<Row> rows = new ArrayList<>();
		for (String threshold : show) {
			rows.add(row(scored.at(hundredths(threshold, lessonFile, line))));
		}
		List<ScoredExamples.Example> examples = new ArrayList<>(scored.examples());
		examples.sort((a, b) -> Integer.compare(b.hundredths(), a.hundredths()));
		List<Map<String, Object>> thresholds = new ArrayList<>();
		for (int hundredths = FIRST; hundredths <= LAST; hundredths += STEP) {
			Row row = row(scored.at(hundredths));
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("threshold", row.threshold());
			entry.put("tp", row.truePositives());
			entry.put("fp", row.falsePositives());
			entry.put("fn", row.falseNegatives());
			entry.put("tn", row.trueNegatives());
			entry.put("precision", row.precision());
			entry.put("recall", row.recall());
			entry.put("f1", row.f1());
			entry.put("accuracy", row.accuracy());
			thresholds.add(entry);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		List<ExampleRow> shown = examples.stream()
			.map((example) -> new ExampleRow(example.text(), decimal(example.score()), example.positive()))
			.toList();
		json.put("examples", shown.stream().map((row) -> List.of(row.text(), row.score(), row.spam())).toList());
		json.put("thresholds", thresholds);
		return new ThresholdTable(rows, shown, JSON.writeValueAsString(json));
	}

	private static int hundredths(String threshold, String lessonFile, int line) {
		try {
			double value = Double.parseDouble(threshold);
			long hundredths = Math.round(value * 100);
			if (hundredths >= FIRST && hundredths <= LAST && hundredths % STEP == 0
					&& Math.abs(value * 100 - hundredths) < 1e-9) {
				return (int) hundredths;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new ContentException(lessonFile, line, "the threshold '" + threshold
				+ "' in 'show' must be one of the slider's, from 0.05 to 0.95 in steps of 0.05.");
	}

	private static Row row(ScoredExamples.Confusion confusion) {
		return new Row(decimal(confusion.threshold()), confusion.truePositives(), confusion.falsePositives(),
				confusion.falseNegatives(), confusion.trueNegatives(), metric(confusion.precision()),
				metric(confusion.recall()), metric(confusion.f1()), metric(confusion.accuracy()));
	}

	/** Two decimals, or a dash for a metric that is undefined. */
	static String metric(@Nullable Double value) {
		return (value == null) ? "–" : decimal(value);
	}

	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
