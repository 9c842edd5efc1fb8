package io.aieducademy.classes;

import java.util.List;

/**
 * Comma-separated values as spreadsheets read them (RFC 4180: every cell quoted, CRLF
 * between rows), starting with a byte order mark so that Excel reads UTF-8. A cell that
 * begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so
 * that a spreadsheet shows it as text instead of running it as a formula (names are typed
 * by users).
 */
final class Csv {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	/** Adds one row. */
	Csv row(Object... cells) {
		return row(List.of(cells));
	}

	Csv row(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(String.valueOf(cells.get(i))));
		}
		this.text.append("\r\n");
		return this;
	}

	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
