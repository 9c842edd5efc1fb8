package io.aieducademy.autograd;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A program's text with its line starts, to turn offsets into {@link Span}s and errors
 * into excerpts.
 */
final class SourceText {

	private static final int EXCERPT_WIDTH = 80;

	/** The text as a String, made only when an error's excerpt needs it. */
	private @Nullable String text;

	private final char[] chars;

	/** Where each line starts, found the first time a span or an error needs it. */
	private int @Nullable [] lineStarts;

	SourceText(String text) {
		this.text = text;
		this.chars = text.toCharArray();
	}

	/**
	 * A text read straight into characters (from a request's body), without a String
	 * between; the array is the text's from now on and is not to be changed.
	 */
	SourceText(char[] chars) {
		this.chars = chars;
	}

	private int[] lineStarts() {
		int[] lineStarts = this.lineStarts;
		if (lineStarts == null) {
			char[] chars = this.chars;
			int lines = 1;
			for (char c : chars) {
				if (c == '\n') {
					lines++;
				}
			}
			lineStarts = new int[lines];
			int line = 1;
			for (int i = 0; i < chars.length; i++) {
				if (chars[i] == '\n') {
					lineStarts[line++] = i + 1;
				}
			}
			this.lineStarts = lineStarts;
		}
		return lineStarts;
	}

	String text() {
		String text = this.text;
		if (text == null) {
			text = new String(this.chars);
			this.text = text;
		}
		return text;
	}

	/**
	 * The text's characters, for the lexer and the program's word table, which read them
	 * faster than through {@link String#charAt}; not to be changed.
	 */
	char[] chars() {
		return this.chars;
	}

	/** The 0-based index of the line that holds {@code offset}. */
	private int lineIndex(int offset) {
		int found = Arrays.binarySearch(lineStarts(), offset);
		return (found >= 0) ? found : -found - 2;
	}

	Span span(int start, int length) {
		int line = lineIndex(start);
		return new Span(line + 1, start - lineStarts()[line] + 1, length);
	}

	ProgramException error(ProgramException.Kind kind, int start, int length, String code, Object... arguments) {
		int safeStart = Math.max(0, Math.min(start, this.chars.length));
		return new ProgramException(kind, code, arguments, span(safeStart, Math.max(1, length)),
				excerpt(safeStart, Math.max(1, length)));
	}

	/**
	 * The line holding {@code start}, and under it a caret at {@code start} and tildes
	 * for the rest.
	 */
	private String excerpt(int start, int length) {
		int line = lineIndex(start);
		int lineStart = lineStarts()[line];
		String text = text();
		int lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
			lineEnd--;
		}
		int from = lineStart;
		int to = lineEnd;
		String before = "";
		String after = "";
		if (to - from > EXCERPT_WIDTH) {
			from = Math.max(lineStart, Math.min(start - EXCERPT_WIDTH / 2, lineEnd - EXCERPT_WIDTH));
			to = Math.min(lineEnd, from + EXCERPT_WIDTH);
			before = (from > lineStart) ? "…" : "";
			after = (to < lineEnd) ? "…" : "";
		}
		int column = Math.min(start, to) - from;
		int underlined = Math.max(1, Math.min(length, to - Math.min(start, to)));
		StringBuilder marker = new StringBuilder(before.length() + column + underlined);
		marker.append(" ".repeat(before.length()));
		for (int i = 0; i < column; i++) {
			// copy tabs so that the caret lines up however wide a tab is shown
			marker.append((text.charAt(from + i) == '\t') ? '\t' : ' ');
		}
		marker.append('^').append("~".repeat(underlined - 1));
		return before + text.substring(from, to) + after + "\n" + marker;
	}

}
