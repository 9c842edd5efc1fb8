package io.aieducademy.catalogue;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.aieducademy.json.StrictScalars;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML of a content file into a record with Jackson, and turns every mistake
 * into a {@link ContentException} with the file, the line and one plain sentence. The
 * records say the types; what types cannot say (ranges, slugs, cross-field rules) the
 * loader checks on the {@link Document}, which knows the line of every field.
 */
final class ContentYaml {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

	/**
	 * Strict typing, the same as the APIs' ({@link StrictScalars}): a value is read as
	 * written, never converted (a number is not text, "true" in quotes is not true, 2.5
	 * is not a whole number); an unknown or repeated field is a mistake. Every field is
	 * required unless its record component is {@code @Nullable} or says how an absent one
	 * is read ({@link #checkPresent}).
	 */
	private static final YAMLMapper MAPPER = StrictScalars.apply(YAMLMapper.builder())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private ContentYaml() {
	}

	/**
	 * Reads YAML text whose first line is line {@code firstLine} of {@code file};
	 * {@code what} names it in a sentence, as in "The front matter".
	 */
	static <T> Document<T> read(String yaml, String file, int firstLine, Class<T> type, String what) {
		if (yaml.isBlank()) {
			throw new ContentException(file, firstLine, what + " is empty.");
		}
		// A first pass over the parser's tokens notes where each field is, and its text.
		Map<String, Integer> lines = new HashMap<>();
		Map<String, String> scalars = new HashMap<>();
		T value;
		try (JsonParser parser = MAPPER.createParser(yaml)) {
			while (parser.nextToken() != null) {
				String at = parser.streamReadContext().pathAsPointer().toString();
				lines.putIfAbsent(at, firstLine - 1 + parser.currentTokenLocation().getLineNr());
				if (parser.currentToken().isScalarValue()) {
					scalars.put(at, parser.getString());
				}
			}
			value = MAPPER.readValue(yaml, type);
		}
		catch (JacksonException ex) {
			// The line of the field at fault, where the first pass saw it; else (and for
			// a mistake in the YAML itself) where the parser stopped.
			Integer line = (ex instanceof DatabindException) ? lines.get(pointer(ex)) : null;
			if (line == null) {
				line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
						? firstLine - 1 + ex.getLocation().getLineNr() : firstLine;
			}
			throw new ContentException(file, line, sentence(ex, what, scalars));
		}
		Document<T> document = new Document<>(value, file, firstLine, lines);
		checkPresent(value, "", document);
		return document;
	}

	/**
	 * Every record component that is not {@code @Nullable} must have been given: an
	 * absent field fails here, after Jackson has refused any unknown one, so that a
	 * misspelt field is reported as such rather than as a missing one.
	 */
	private static void checkPresent(@Nullable Object value, String pointer, Document<?> document) {
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object field;
				try {
					field = component.getAccessor().invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				String at = pointer + "/" + component.getName();
				if (field == null && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					throw document.fail(at, "the field '" + component.getName() + "' is missing or empty.");
				}
				checkPresent(field, at, document);
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				checkPresent(list.get(i), pointer + "/" + i, document);
			}
		}
	}

	private static String sentence(JacksonException ex, String what, Map<String, String> scalars) {
		String field = fieldName(ex);
		String given = scalars.get(pointer(ex));
		if (ex instanceof UnrecognizedPropertyException unknown) {
			List<String> known = (unknown.getKnownPropertyIds() == null) ? List.of()
					: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
			return "unknown field '" + unknown.getPropertyName() + "'; expected one of " + known + ".";
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() != null && ex.getCause().getMessage() != null) {
			return ex.getCause().getMessage();
		}
		if (ex instanceof MismatchedInputException mismatch) {
			if (mismatch.getTargetType() == null) {
				return what + " must be a set of 'name: value' fields.";
			}
			return "the field '" + field + "' must be " + kind(mismatch.getTargetType())
					+ ((given != null) ? ", not '" + given + "'." : ".");
		}
		if (ex instanceof StreamReadException) {
			String message = String.valueOf(ex.getOriginalMessage());
			Matcher duplicate = DUPLICATE.matcher(message);
			if (duplicate.find()) {
				return "the field '" + duplicate.group(1) + "' appears twice.";
			}
			if (message.startsWith("Malformed numeric value")) {
				// .nan and .inf: YAML's words for values no lesson can compute with
				return "the field '" + field + "' must be a finite number written in decimal, such as 0.5 or -2.";
			}
		}
		return "this is not valid YAML: " + firstSentence(ex) + ".";
	}

	/** Where a problem is, as a JSON pointer. */
	private static String pointer(JacksonException ex) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			String name = reference.getPropertyName();
			pointer.append('/').append((name != null) ? name : String.valueOf(reference.getIndex()));
		}
		return pointer.toString();
	}

	/** The field a problem is in: the innermost named step of its path. */
	private static String fieldName(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		for (int i = path.size() - 1; i >= 0; i--) {
			String name = path.get(i).getPropertyName();
			if (name != null) {
				return name;
			}
		}
		return "?";
	}

	/** What a value of this type is, in words an author reads. */
	private static String kind(@Nullable Class<?> type) {
		if (type == null) {
			return "something else";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text (put it in quotes if it looks like a number or true or false)";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isEnum()) {
			return "one of " + Stream.of(type.getEnumConstants())
				.map((constant) -> constant.toString().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		return "a set of 'name: value' fields";
	}

	private static String firstSentence(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage()).strip();
		int end = message.indexOf('\n');
		message = (end > 0) ? message.substring(0, end) : message;
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	/**
	 * A typed value and where each of its fields is, for the checks that come after
	 * typing.
	 */
	record Document<T>(T value, String file, int firstLine, Map<String, Integer> lines) {

		/**
		 * A mistake at a field, given by its JSON pointer ({@code /lessons/2/slug}); the
		 * nearest enclosing field that exists gives the line.
		 */
		ContentException fail(String pointer, String problem) {
			String at = pointer;
			while (!this.lines.containsKey(at) && !at.isEmpty()) {
				at = at.substring(0, Math.max(at.lastIndexOf('/'), 0));
			}
			return new ContentException(this.file, this.lines.getOrDefault(at, this.firstLine), problem);
		}

	}

}
