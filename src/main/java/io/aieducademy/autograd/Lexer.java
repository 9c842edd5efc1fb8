package io.aieducademy.autograd;

import java.util.Map;

/**
 * Reads a program's characters into tokens as the parser asks for them, so that lexing
 * and parsing are one pass over the text, with no token list, no recursion and no regular
 * expressions.
 * <p>
 * The parser sees the current token, the one after it (to tell a call or an assignment
 * from a name) and the one before it (for error messages). Names and numbers are looked
 * up in the program's {@link Words} as they are read, with the key packed on the way, so
 * every character is read once. A newline inside parentheses is only white space, so a
 * long expression may span several lines.
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

	// in the order of PLUS to SLASH, see TO_ASSIGNMENT
	static final byte PLUS_ASSIGN = 11;

	static final byte MINUS_ASSIGN = 12;

	static final byte STAR_ASSIGN = 13;

	static final byte SLASH_ASSIGN = 14;

	/** A newline or ';' outside parentheses: the end of a statement. */
	static final byte SEPARATOR = 15;

	static final byte END = 16;

	// classes of ASCII characters, for scan; a name goes on while the class is LETTER
	// or DIGIT, the two highest
	private static final byte OTHER = 0;

	private static final byte BLANK = 1;

	private static final byte NEWLINE = 2;

	private static final byte COMMENT = 3;

	/** An operator or punctuation: its token's kind is in {@link #SYMBOLS}. */
	private static final byte SYMBOL = 4;

	private static final byte LETTER = 5;

	private static final byte DIGIT = 6;

	private static final byte[] CLASSES = new byte[128];

	/**
	 * The token a symbol character starts; {@code + - * /} become their assignments when
	 * '=' follows, {@code *} becomes {@code **} when '*' follows.
	 */
	private static final byte[] SYMBOLS = new byte[128];

	/**
	 * From {@code + - * /} to {@code += -= *= /=}: both runs of kinds are in the same
	 * order.
	 */
	private static final int TO_ASSIGNMENT = PLUS_ASSIGN - PLUS;

	static {
		for (char c = 0; c < 128; c++) {
			CLASSES[c] = isNameStart(c) ? LETTER : isDigit(c) ? DIGIT : OTHER;
		}
		CLASSES[' '] = BLANK;
		CLASSES['\t'] = BLANK;
		CLASSES['\r'] = BLANK;
		CLASSES['\f'] = BLANK;
		CLASSES['\n'] = NEWLINE;
		CLASSES['#'] = COMMENT;
		symbol('+', PLUS);
		symbol('-', MINUS);
		symbol('*', STAR);
		symbol('/', SLASH);
		symbol('^', CARET);
		symbol('(', LEFT_PAREN);
		symbol(')', RIGHT_PAREN);
		symbol(',', COMMA);
		symbol('=', ASSIGN);
		symbol(';', SEPARATOR);
	}

	private static void symbol(char c, byte kind) {
		CLASSES[c] = SYMBOL;
		SYMBOLS[c] = kind;
	}

	private final SourceText source;

	private final char[] chars;

	private final Words words;

	private int position;

	private int parentheses;

	// the token before the current one, the current one, and the one after it: kind,
	// start and end offsets, and the word's slot (names and numbers only)
	private byte previousKind = END;

	private int previousStart;

	private int previousEnd;

	private byte kind = END;

	private int start;

	private int end;

	private int word;

	private byte nextKind;

	private int nextStart;

	private int nextEnd;

	private int nextWord;

	Lexer(SourceText source, Map<String, Double> given) {
		this.source = source;
		this.chars = source.chars();
		this.words = new Words(this.chars, given);
		scan();
		advance();
	}

	Words words() {
		return this.words;
	}

	/** Moves to the next token; at the end, stays on {@link #END}. */
	void advance() {
		this.previousKind = this.kind;
		this.previousStart = this.start;
		this.previousEnd = this.end;
		this.kind = this.nextKind;
		this.start = this.nextStart;
		this.end = this.nextEnd;
		this.word = this.nextWord;
		if (this.kind != END) {
			scan();
		}
	}

	byte kind() {
		return this.kind;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	int length() {
		return this.end - this.start;
	}

	/** The current name's or number's slot in {@link #words()}. */
	int word() {
		return this.word;
	}

	byte nextKind() {
		return this.nextKind;
	}

	byte previousKind() {
		return this.previousKind;
	}

	int previousStart() {
		return this.previousStart;
	}

	int previousLength() {
		return this.previousEnd - this.previousStart;
	}

	/** The current token as a learner would name it in a message. */
	String text() {
		return text(this.kind, this.start, this.end);
	}

	String previousText() {
		return text(this.previousKind, this.previousStart, this.previousEnd);
	}

	String nextText() {
		return text(this.nextKind, this.nextStart, this.nextEnd);
	}

	private String text(byte kind, int start, int end) {
		if (kind == END) {
			return "the end";
		}
		if (kind == SEPARATOR) {
			return (this.chars[start] == ';') ? ";" : "the end of the line";
		}
		return new String(this.chars, start, end - start);
	}

	/** Reads the token after the current one into the next token's fields. */
	private void scan() {
		char[] s = this.chars;
		int n = s.length;
		int i = this.position;
		while (i < n) {
			char c = s[i];
			switch ((c < 128) ? CLASSES[c] : OTHER) {
				case BLANK -> i++;
				case NEWLINE -> {
					if (this.parentheses == 0) {
						this.position = i + 1;
						next(SEPARATOR, i, i + 1);
						return;
					}
					i++;
				}
				case COMMENT -> {
					while (i < n && s[i] != '\n') {
						i++;
					}
				}
				case LETTER -> {
					int start = i;
					long key = c;
					i++;
					while (i < n) {
						char d = s[i];
						if (d >= 128 || CLASSES[d] < LETTER) {
							break;
						}
						key = Words.key(key, d);
						i++;
					}
					this.position = i;
					next(NAME, start, i);
					this.nextWord = this.words.slot(start, i, key);
					return;
				}
				case DIGIT -> {
					scanNumber(i);
					return;
				}
				case SYMBOL -> {
					byte symbol = SYMBOLS[c];
					int length = 1;
					if (symbol <= SLASH) {
						char following = (i + 1 < n) ? s[i + 1] : '\0';
						if (following == '=') {
							symbol = (byte) (symbol + TO_ASSIGNMENT);
							length = 2;
						}
						else if (symbol == STAR && following == '*') {
							symbol = CARET;
							length = 2;
						}
					}
					else if (symbol == LEFT_PAREN) {
						this.parentheses++;
					}
					else if (symbol == RIGHT_PAREN && this.parentheses > 0) {
						this.parentheses--;
					}
					this.position = i + length;
					next(symbol, i, i + length);
					return;
				}
				default -> {
					if (c == '.' && i + 1 < n && isDigit(s[i + 1])) {
						scanNumber(i);
						return;
					}
					throw foreign(c, i);
				}
			}
		}
		this.position = n;
		next(END, n, n);
	}

	private void next(byte kind, int start, int end) {
		this.nextKind = kind;
		this.nextStart = start;
		this.nextEnd = end;
	}

	/**
	 * Numbers: {@code 12}, {@code 1.5}, {@code .5}, {@code 2.}, {@code 6.02e23},
	 * {@code 1E-3}.
	 */
	private void scanNumber(int start) {
		char[] s = this.chars;
		int n = s.length;
		int i = start;
		// the word's key is packed on the way, so each character is read once
		long key = 0;
		while (i < n && isDigit(s[i])) {
			key = Words.key(key, s[i]);
			i++;
		}
		if (i < n && s[i] == '.') {
			key = Words.key(key, '.');
			i++;
			while (i < n && isDigit(s[i])) {
				key = Words.key(key, s[i]);
				i++;
			}
		}
		if (i < n && (s[i] == 'e' || s[i] == 'E')) {
			int exponent = i + 1;
			if (exponent < n && (s[exponent] == '+' || s[exponent] == '-')) {
				exponent++;
			}
			if (exponent < n && isDigit(s[exponent])) {
				for (int k = i; k < exponent; k++) {
					key = Words.key(key, s[k]);
				}
				i = exponent;
				while (i < n && isDigit(s[i])) {
					key = Words.key(key, s[i]);
					i++;
				}
			}
			else {
				throw this.source.error(ProgramException.Kind.SYNTAX, start, i + 1 - start, "exponentDigits",
						new String(s, start, Math.min(n, i + 1) - start));
			}
		}
		if (i < n && isNameStart(s[i])) {
			int end = i;
			while (end < n && isNamePart(s[end])) {
				end++;
			}
			throw this.source.error(ProgramException.Kind.SYNTAX, start, end - start, "digitThenLetters",
					new String(s, start, end - start), new String(s, start, i - start), new String(s, i, end - i));
		}
		this.position = i;
		next(NUMBER, start, i);
		this.nextWord = this.words.slot(start, i, key);
	}

	/** A character the language has no use for, where a token should start. */
	private ProgramException foreign(char c, int i) {
		char[] s = this.chars;
		int length = Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1]) ? 2 : 1;
		String shown = new String(s, i, length);
		return this.source.error(ProgramException.Kind.SYNTAX, i, length,
				Character.isLetter(shown.codePointAt(0)) ? "foreignLetter" : "foreignCharacter", printable(shown));
	}

	private static String printable(String s) {
		int codePoint = s.codePointAt(0);
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT) {
			return String.format("U+%04X", codePoint);
		}
		return s;
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

}
