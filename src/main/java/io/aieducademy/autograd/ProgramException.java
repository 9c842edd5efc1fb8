package io.aieducademy.autograd;

import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

/**
 * The one exception the engine throws: the program cannot be evaluated, for a reason a
 * learner can read.
 * <p>
 * The words are not in the code: {@link #messageCode()} names a sentence in the
 * application's message bundle ({@code messages.properties}) and {@link #arguments()}
 * fills it in. The API resolves it for the request's locale; {@link #getMessage()}
 * resolves it from the same file, with the JDK's {@link ResourceBundle}, for callers of
 * the Java API. {@link #span()} and {@link #excerpt()} point at the offending source text
 * when there is one.
 */
public final class ProgramException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final String messageCode;

	private final Object[] arguments;

	private final @Nullable Span span;

	private final @Nullable String excerpt;

	ProgramException(Kind kind, String code, Object[] arguments, @Nullable Span span, @Nullable String excerpt) {
		super(null, null, false, false);
		this.kind = kind;
		this.messageCode = "problem.program." + code;
		this.arguments = arguments.clone();
		this.span = span;
		this.excerpt = excerpt;
	}

	ProgramException(Kind kind, String code, Object... arguments) {
		this(kind, code, arguments, null, null);
	}

	/** The message bundle's code for the sentence that explains this problem. */
	public String messageCode() {
		return this.messageCode;
	}

	/** What fills in the sentence's placeholders, in order. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The sentence for the learner, in the bundle's default language
	 * ({@link Messages#resolve}).
	 */
	@Override
	public String getMessage() {
		return Messages.resolve(this.messageCode, this.arguments);
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
