package io.aieducademy.autograd;

import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The distinct words of one program (names and number literals) and what each means, in
 * an open-addressing table over the source's characters.
 * <p>
 * The lexer looks a word up as it reads it, with the key it packed on the way, so a long
 * program allocates one String per distinct word rather than one per token, parses each
 * distinct number once, and asks the function table and the given values once per
 * distinct name. After that the parser finds what a name means (a function, a constant, a
 * given value, the node it is bound to) in arrays indexed by the word's number, with no
 * map and no boxing.
 * <p>
 * A word is found by its key, which the lexer packs as it reads: seven bits a character
 * ({@link #key}), which is exact for a word of up to {@link #EXACT_KEY_LENGTH} ASCII
 * characters (every name and number in the chain benchmark, and most in any program), so
 * such a word is recognised by comparing one {@code long}, with no character loop and no
 * second array to reach. A longer word keeps only its last nine characters in the key and
 * is compared character by character as well.
 */
final class Words {

	/** No node: the name is not bound. */
	static final int UNBOUND = -1;

	/**
	 * The longest word whose key is the word itself: nine characters of seven bits fill
	 * 63 bits. Characters are never 0, so words of different lengths have different keys.
	 */
	static final int EXACT_KEY_LENGTH = 9;

	private final char[] source;

	private final Map<String, Double> given;

	/**
	 * The open-addressing table: a word's number plus one, or 0 for an empty place. The
	 * table is rebuilt larger as words come, but a word's number never changes, so the
	 * parser may hold it across reads.
	 */
	private int[] table = new int[128];

	// one entry per word, by its number
	private String[] texts = new String[64];

	/** The same words as characters, compared with the source's without decoding. */
	private char[][] wordChars = new char[64][];

	private long[] keys = new long[64];

	private int[] lengths = new int[64];

	/** A number literal's value, NaN until first asked for (a literal is never NaN). */
	private double[] numbers = new double[64];

	private @Nullable Operation[] functions = new Operation[64];

	/** The node the name is bound to, or {@link #UNBOUND}. */
	private int[] bindings = new int[64];

	/**
	 * The value the caller gave the name; NaN is a given value too, see {@link #isGiven}.
	 */
	private double[] givenValues = new double[64];

	private boolean[] isGiven = new boolean[64];

	/** Whether the program has read the given value, which made it an input node. */
	private boolean[] givenRead = new boolean[64];

	private int count;

	Words(char[] source, Map<String, Double> given) {
		this.source = source;
		this.given = given;
	}

	/**
	 * Adds a character to a word's key: the key of a word is its characters, seven bits
	 * each, the last in the lowest bits. Every character of a name or a number is ASCII.
	 */
	static long key(long key, char c) {
		return (key << 7) | c;
	}

	/**
	 * The number of the word from {@code start} to {@code end}, added if new; {@code key}
	 * is {@link #key}'s packing of those characters.
	 */
	int slot(int start, int end, long key) {
		int[] table = this.table;
		int mask = table.length - 1;
		int place = place(key) & mask;
		int length = end - start;
		while (true) {
			int entry = table[place];
			if (entry == 0) {
				int word = add(Arrays.copyOfRange(this.source, start, end), key);
				table[place] = word + 1;
				if (2 * this.count > table.length) {
					rebuildTable();
				}
				return word;
			}
			int word = entry - 1;
			if (this.keys[word] == key && this.lengths[word] == length
					&& (length <= EXACT_KEY_LENGTH || sameChars(this.wordChars[word], this.source, start))) {
				return word;
			}
			place = (place + 1) & mask;
		}
	}

	/** Spreads a key's bits over the table's places (Fibonacci hashing). */
	private static int place(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
	}

	/**
	 * Whether {@code word} is the source's text from {@code start} on. A plain loop:
	 * words are short, and for a few characters it is faster than {@link Arrays#equals}'s
	 * vectorised comparison, whose set-up showed in profiles of the parser.
	 */
	private static boolean sameChars(char[] word, char[] source, int start) {
		for (int i = 0; i < word.length; i++) {
			if (word[i] != source[start + i]) {
				return false;
			}
		}
		return true;
	}

	/** The number of a word given as a String, or -1 if the program never wrote it. */
	int find(String text) {
		long key = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || c >= 128) {
				return -1; // no word of a program has such a character
			}
			key = key(key, c);
		}
		int mask = this.table.length - 1;
		int place = place(key) & mask;
		while (this.table[place] != 0) {
			int word = this.table[place] - 1;
			if (text.equals(this.texts[word])) {
				return word;
			}
			place = (place + 1) & mask;
		}
		return -1;
	}

	private int add(char[] chars, long key) {
		if (this.count == this.texts.length) {
			growColumns();
		}
		int word = this.count++;
		String text = new String(chars);
		this.texts[word] = text;
		this.wordChars[word] = chars;
		this.keys[word] = key;
		this.lengths[word] = chars.length;
		this.numbers[word] = Double.NaN;
		this.functions[word] = Operation.function(text);
		this.bindings[word] = UNBOUND;
		Double value = this.given.get(text);
		this.isGiven[word] = value != null;
		this.givenValues[word] = (value != null) ? value : 0;
		return word;
	}

	private void growColumns() {
		this.texts = Columns.doubled(this.texts);
		this.wordChars = Columns.doubled(this.wordChars);
		this.keys = Columns.doubled(this.keys);
		this.lengths = Columns.doubled(this.lengths);
		this.numbers = Columns.doubled(this.numbers);
		this.functions = Columns.doubled(this.functions);
		this.bindings = Columns.doubled(this.bindings);
		this.givenValues = Columns.doubled(this.givenValues);
		this.isGiven = Columns.doubled(this.isGiven);
		this.givenRead = Columns.doubled(this.givenRead);
	}

	private void rebuildTable() {
		int[] table = new int[this.table.length * 2];
		int mask = table.length - 1;
		for (int word = 0; word < this.count; word++) {
			int place = place(this.keys[word]) & mask;
			while (table[place] != 0) {
				place = (place + 1) & mask;
			}
			table[place] = word + 1;
		}
		this.table = table;
	}

	String text(int slot) {
		return this.texts[slot];
	}

	/** A number literal's value, parsed the first time it is asked for. */
	double number(int slot) {
		double value = this.numbers[slot];
		if (Double.isNaN(value)) {
			value = Double.parseDouble(text(slot));
			this.numbers[slot] = value;
		}
		return value;
	}

	/** The function this name calls, or null if it is not a function's name. */
	@Nullable Operation function(int slot) {
		return this.functions[slot];
	}

	int binding(int slot) {
		return this.bindings[slot];
	}

	void bind(int slot, int node) {
		this.bindings[slot] = node;
	}

	boolean isGiven(int slot) {
		return this.isGiven[slot];
	}

	double givenValue(int slot) {
		return this.givenValues[slot];
	}

	void markGivenRead(int slot) {
		this.givenRead[slot] = true;
	}

	/** Whether a given name was read by the program (false if it never wrote it). */
	boolean givenRead(String name) {
		int slot = find(name);
		return slot >= 0 && this.givenRead[slot];
	}

	/** Whether the name has a value: bound by the program or given by the caller. */
	boolean hasValue(int slot) {
		return this.bindings[slot] != UNBOUND || this.isGiven[slot];
	}

}
