package io.aieducademy.autograd;

import org.jspecify.annotations.Nullable;

/**
 * The one exception the engine throws: the program cannot be evaluated, for a reason a
 * learner can read.
 * <p>
 * {@link #getMessage()} is a plain sentence meant for the learner. {@link #span()} and
 * {@link #excerpt()} point at the offending source text when there is one.
 */
public final class ProgramException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final @Nullable Span span;

	private final @Nullable String excerpt;

	ProgramException(Kind kind, String message, @Nullable Span span, @Nullable String excerpt) {
		super(message, null, false, false);
		this.kind = kind;
		this.span = span;
		this.excerpt = excerpt;
	}

	ProgramException(Kind kind, String message) {
		this(kind, message, null, null);
	}

	/** What kind of mistake or limit this is. */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Where in the source the problem is, or {@code null} when it concerns the program as
	 * a whole.
	 */
	public @Nullable Span span() {
		return this.span;
	}

	/**
	 * The source line with a second line that puts a caret under the column (and tildes
	 * under the rest of the token), or {@code null} without a span. Long lines are cut
	 * around the column.
	 */
	public @Nullable String excerpt() {
		return this.excerpt;
	}

	/**
	 * The kinds of problem; the first four are mistakes in the program, the last two are
	 * limits.
	 */
	public enum Kind {

		/** The text does not follow the grammar. */
		SYNTAX,

		/** A name is used before it has a value. */
		UNKNOWN_NAME,

		/**
		 * A function is called that does not exist, or with the wrong number of
		 * arguments.
		 */
		BAD_CALL,

		/** The given values are not usable: not a valid name, or no number. */
		BAD_VALUES,

		/**
		 * The program would build more nodes (or a gradient check would do more work)
		 * than allowed.
		 */
		TOO_LARGE,

		/** Parentheses, function calls or operators are nested deeper than allowed. */
		TOO_DEEP

	}

}
