package io.aieducademy.autograd;

import java.util.Arrays;

/**
 * Splits a program into tokens in one pass, with no recursion and no regular expressions.
 * <p>
 * Tokens are kept in flat arrays (kind, start offset, end offset) so that a program of a
 * million tokens costs a few megabytes. A newline inside parentheses is only white space,
 * so a long expression may span several lines.
 */
final class Lexer {

	static final byte NUMBER = 0;

	static final byte NAME = 1;

	static final byte PLUS = 2;

	static final byte MINUS = 3;

	static final byte STAR = 4;

	static final byte SLASH = 5;

	static final byte CARET = 6;

	static final byte LEFT_PAREN = 7;

	static final byte RIGHT_PAREN = 8;

	static final byte COMMA = 9;

	static final byte ASSIGN = 10;

	static final byte PLUS_ASSIGN = 11;

	static final byte MINUS_ASSIGN = 12;

	static final byte STAR_ASSIGN = 13;

	static final byte SLASH_ASSIGN = 14;

	/** A newline or ';' outside parentheses: the end of a statement. */
	static final byte SEPARATOR = 15;

	static final byte END = 16;

	private final SourceText source;

	private final String text;

	private final char[] chars;

	private byte[] kinds;

	private int[] starts;

	private int[] ends;

	private int count;

	private Lexer(SourceText source) {
		this.source = source;
		this.text = source.text();
		this.chars = source.chars();
		// programs have about one token per two or three characters: at most one growth,
		// usually none
		int capacity = this.text.length() / 2 + 16;
		this.kinds = new byte[capacity];
		this.starts = new int[capacity];
		this.ends = new int[capacity];
	}

	static Tokens tokenize(SourceText source) {
		Lexer lexer = new Lexer(source);
		lexer.scan();
		return new Tokens(lexer.kinds, lexer.starts, lexer.ends, lexer.count);
	}

	private void scan() {
		char[] s = this.chars;
		int n = s.length;
		int parentheses = 0;
		int i = 0;
		while (i < n) {
			char c = s[i];
			if (c == '\n') {
				if (parentheses == 0) {
					add(SEPARATOR, i, i + 1);
				}
				i++;
			}
			else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
				i++;
			}
			else if (c == '#') {
				while (i < n && s[i] != '\n') {
					i++;
				}
			}
			else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s[i + 1]))) {
				i = scanNumber(i);
			}
			else if (isNameStart(c)) {
				int start = i;
				while (i < n && isNamePart(s[i])) {
					i++;
				}
				add(NAME, start, i);
			}
			else {
				i = scanSymbol(c, i);
				if (c == '(') {
					parentheses++;
				}
				else if (c == ')' && parentheses > 0) {
					parentheses--;
				}
			}
		}
		add(END, n, n);
	}

	/**
	 * Numbers: {@code 12}, {@code 1.5}, {@code .5}, {@code 2.}, {@code 6.02e23},
	 * {@code 1E-3}.
	 */
	private int scanNumber(int start) {
		char[] s = this.chars;
		int n = s.length;
		int i = start;
		while (i < n && isDigit(s[i])) {
			i++;
		}
		if (i < n && s[i] == '.') {
			i++;
			while (i < n && isDigit(s[i])) {
				i++;
			}
		}
		if (i < n && (s[i] == 'e' || s[i] == 'E')) {
			int exponent = i + 1;
			if (exponent < n && (s[exponent] == '+' || s[exponent] == '-')) {
				exponent++;
			}
			if (exponent < n && isDigit(s[exponent])) {
				i = exponent;
				while (i < n && isDigit(s[i])) {
					i++;
				}
			}
			else {
				throw this.source.error(ProgramException.Kind.SYNTAX, start, i + 1 - start,
						"The number '" + this.text.substring(start, i + 1)
								+ "' needs digits after 'e', as in 1e-3. (To multiply by the constant e, write 2*e.)");
			}
		}
		if (i < n && isNameStart(s[i])) {
			int end = i;
			while (end < n && isNamePart(s[end])) {
				end++;
			}
			throw this.source.error(ProgramException.Kind.SYNTAX, start, end - start,
					"'" + this.text.substring(start, end)
							+ "' is not a number or a name: a name cannot start with a digit, "
							+ "and a multiplication needs a '*', as in " + this.text.substring(start, i) + "*"
							+ this.text.substring(i, end) + ".");
		}
		add(NUMBER, start, i);
		return i;
	}

	private int scanSymbol(char c, int i) {
		char[] s = this.chars;
		char next = (i + 1 < s.length) ? s[i + 1] : '\0';
		switch (c) {
			case '+' -> {
				return (next == '=') ? add(PLUS_ASSIGN, i, i + 2) : add(PLUS, i, i + 1);
			}
			case '-' -> {
				return (next == '=') ? add(MINUS_ASSIGN, i, i + 2) : add(MINUS, i, i + 1);
			}
			case '*' -> {
				if (next == '*') {
					return add(CARET, i, i + 2);
				}
				return (next == '=') ? add(STAR_ASSIGN, i, i + 2) : add(STAR, i, i + 1);
			}
			case '/' -> {
				return (next == '=') ? add(SLASH_ASSIGN, i, i + 2) : add(SLASH, i, i + 1);
			}
			case '^' -> {
				return add(CARET, i, i + 1);
			}
			case '(' -> {
				return add(LEFT_PAREN, i, i + 1);
			}
			case ')' -> {
				return add(RIGHT_PAREN, i, i + 1);
			}
			case ',' -> {
				return add(COMMA, i, i + 1);
			}
			case '=' -> {
				return add(ASSIGN, i, i + 1);
			}
			case ';' -> {
				return add(SEPARATOR, i, i + 1);
			}
			default -> {
				int length = Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1]) ? 2
						: 1;
				String shown = this.text.substring(i, i + length);
				String hint = Character.isLetter(shown.codePointAt(0))
						? " Names use only the letters a-z and A-Z, digits and '_'." : "";
				throw this.source.error(ProgramException.Kind.SYNTAX, i, length,
						"The character '" + printable(shown) + "' is not part of the language." + hint);
			}
		}
	}

	private static String printable(String s) {
		int codePoint = s.codePointAt(0);
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT) {
			return String.format("U+%04X", codePoint);
		}
		return s;
	}

	private int add(byte kind, int start, int end) {
		if (this.count == this.kinds.length) {
			int capacity = this.count * 2;
			this.kinds = Arrays.copyOf(this.kinds, capacity);
			this.starts = Arrays.copyOf(this.starts, capacity);
			this.ends = Arrays.copyOf(this.ends, capacity);
		}
		this.kinds[this.count] = kind;
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.count++;
		return end;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isNameStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
	}

	static boolean isNamePart(char c) {
		return isNameStart(c) || isDigit(c);
	}

	/**
	 * The tokens of one program, in flat arrays; the last token is always {@link #END}.
	 */
	record Tokens(byte[] kinds, int[] starts, int[] ends, int count) {

		byte kind(int i) {
			return this.kinds[i];
		}

		int start(int i) {
			return this.starts[i];
		}

		int end(int i) {
			return this.ends[i];
		}

	}

}
