package io.aieducademy.lesson;

import io.aieducademy.content.LessonBlock;

import java.util.List;

/**
 * The static version of a lesson interactive, rendered on the server for readers without
 * JavaScript.
 */
record InteractiveFallback(String valuesJson, List<Row> rows) {

	/** One row of the fallback table: a node of the computation graph. */
	record Row(String node, String operation, String value, String gradient) {
	}

	static InteractiveFallback of(LessonBlock.Interactive interactive) {
		StringBuilder json = new StringBuilder("{");
		interactive.values().forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(value);
		});
		return new InteractiveFallback(json.append('}').toString(), List.of());
	}

}
