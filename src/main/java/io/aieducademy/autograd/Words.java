package io.aieducademy.autograd;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The distinct words of one program (names and number literals) and what each means, in
 * an open-addressing table over the source's characters.
 * <p>
 * The lexer looks a word up as it reads it, with the hash it computed on the way, so a
 * long program allocates one String per distinct word rather than one per token, parses
 * each distinct number once, and asks the function table and the given values once per
 * distinct name. After that the parser finds what a name means (a function, a constant, a
 * given value, the node it is bound to) in arrays indexed by the word's slot, with no map
 * and no boxing.
 */
final class Words {

	/** No node: the name is not bound. */
	static final int UNBOUND = -1;

	private final char[] source;

	private final Map<String, Double> given;

	private @Nullable String[] texts = new String[64];

	/** The same words as characters, compared with the source's without decoding. */
	private char[][] wordChars = new char[64][];

	private int[] hashes = new int[64];

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
	 * The slot of the word from {@code start} to {@code end}, added if new; {@code hash}
	 * is {@link String#hashCode()}'s polynomial over those characters.
	 */
	int slot(int start, int end, int hash) {
		int mask = this.texts.length - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		char[] s = this.source;
		int length = end - start;
		while (true) {
			String text = this.texts[slot];
			if (text == null) {
				if (2 * (this.count + 1) > this.texts.length) {
					rehash();
					return slot(start, end, hash);
				}
				add(slot, Arrays.copyOfRange(s, start, end), hash);
				return slot;
			}
			char[] word = this.wordChars[slot];
			if (this.hashes[slot] == hash && word.length == length && Arrays.equals(word, 0, length, s, start, end)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	/** The slot of a word given as a String, or -1 if the program never wrote it. */
	int find(String word) {
		int hash = word.hashCode();
		int mask = this.texts.length - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (this.texts[slot] != null) {
			if (word.equals(this.texts[slot])) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
		return -1;
	}

	private void add(int slot, char[] word, int hash) {
		String text = new String(word);
		this.texts[slot] = text;
		this.wordChars[slot] = word;
		this.hashes[slot] = hash;
		this.numbers[slot] = Double.NaN;
		this.functions[slot] = Operation.function(text);
		this.bindings[slot] = UNBOUND;
		Double value = this.given.get(text);
		this.isGiven[slot] = value != null;
		this.givenValues[slot] = (value != null) ? value : 0;
		this.count++;
	}

	private void rehash() {
		@Nullable String[] texts = this.texts;
		char[][] wordChars = this.wordChars;
		int[] hashes = this.hashes;
		double[] numbers = this.numbers;
		@Nullable Operation[] functions = this.functions;
		int[] bindings = this.bindings;
		double[] givenValues = this.givenValues;
		boolean[] isGiven = this.isGiven;
		boolean[] givenRead = this.givenRead;
		int capacity = texts.length * 2;
		this.texts = new String[capacity];
		this.wordChars = new char[capacity][];
		this.hashes = new int[capacity];
		this.numbers = new double[capacity];
		this.functions = new Operation[capacity];
		this.bindings = new int[capacity];
		this.givenValues = new double[capacity];
		this.isGiven = new boolean[capacity];
		this.givenRead = new boolean[capacity];
		int mask = capacity - 1;
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null) {
				int slot = (hashes[i] ^ (hashes[i] >>> 16)) & mask;
				while (this.texts[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.texts[slot] = texts[i];
				this.wordChars[slot] = wordChars[i];
				this.hashes[slot] = hashes[i];
				this.numbers[slot] = numbers[i];
				this.functions[slot] = functions[i];
				this.bindings[slot] = bindings[i];
				this.givenValues[slot] = givenValues[i];
				this.isGiven[slot] = isGiven[i];
				this.givenRead[slot] = givenRead[i];
			}
		}
	}

	String text(int slot) {
		return Objects.requireNonNull(this.texts[slot]);
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
