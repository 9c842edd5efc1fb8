package io.aieducademy.autograd;

import java.lang.reflect.Array;

/**
 * How the engine's columns grow: the parallel arrays that hold one property each of a
 * graph's nodes or of a program's words, indexed by the node's or the word's number. A
 * full column is replaced by one of twice its length that starts with the same elements,
 * so that appending stays amortised constant time. Growing is rare (the parser sizes the
 * graph from the source), so the reflective copy costs nothing that shows.
 */
final class Columns {

	private Columns() {
	}

	/** {@code column}, an array of any type, at twice its length. */
	@SuppressWarnings("unchecked")
	static <T> T doubled(T column) {
		int length = Array.getLength(column);
		Object grown = Array.newInstance(column.getClass().componentType(), length * 2);
		System.arraycopy(column, 0, grown, 0, length);
		return (T) grown;
	}

}
