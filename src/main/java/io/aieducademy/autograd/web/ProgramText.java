package io.aieducademy.autograd.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request's program, decoded from the body's bytes straight into the characters the
 * engine reads: a long program is copied once, from the JSON parser's buffer, rather than
 * into a String and from the String into an array.
 * <p>
 * The JSON is unchanged: the program is a JSON string, and anything else is read (and
 * refused) exactly as a String field would be, by Jackson's own reader.
 */
@JsonDeserialize(using = ProgramText.Reader.class)
final class ProgramText {

	private final char[] chars;

	ProgramText(char[] chars) {
		this.chars = chars;
	}

	/** The program's characters, for the engine, which takes them over. */
	char[] chars() {
		return this.chars;
	}

	@Override
	public String toString() {
		return new String(this.chars);
	}

	/** Copies a JSON string's characters out of the parser's buffer. */
	static final class Reader extends ValueDeserializer<ProgramText> {

		@Override
		public ProgramText deserialize(JsonParser json, DeserializationContext context) {
			if (json.currentToken() == JsonToken.VALUE_STRING) {
				// the first of these calls decodes the string: ask for the buffer first
				char[] buffer = json.getStringCharacters();
				int offset = json.getStringOffset();
				int length = json.getStringLength();
				char[] chars = new char[length];
				System.arraycopy(buffer, offset, chars, 0, length);
				return new ProgramText(chars);
			}
			// not a string: refused (or not) with the same problem as any String field
			return new ProgramText(context.readValue(json, String.class).toCharArray());
		}

	}

}
