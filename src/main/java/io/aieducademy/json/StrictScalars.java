package io.aieducademy.json;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

/**
 * A value is read as written, never converted: a number where text belongs, text (even
 * empty) where a number or a truth value belongs, a fraction where a whole number
 * belongs, or a number where a truth value belongs is a mistake. {@code {"expression":
 * 42}} is not the program "42", and {@code "true"} in quotes is not true. The API's JSON
 * and the content files' YAML both read this way.
 */
public final class StrictScalars {

	private StrictScalars() {
	}

	/** Sets the rule on a Jackson mapper builder, and returns the builder. */
	public static <B extends MapperBuilder<?, B>> B apply(B builder) {
		return builder
			.withCoercionConfig(LogicalType.Textual,
					(text) -> refuse(text, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer,
					(number) -> refuse(number, CoercionInputShape.String, CoercionInputShape.EmptyString,
							CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float,
					(number) -> refuse(number, CoercionInputShape.String, CoercionInputShape.EmptyString,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean, (truth) -> refuse(truth, CoercionInputShape.String,
					CoercionInputShape.EmptyString, CoercionInputShape.Integer, CoercionInputShape.Float));
	}

	/** A value of a type may not be read from any of {@code shapes}. */
	private static void refuse(MutableCoercionConfig type, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			type.setCoercion(shape, CoercionAction.Fail);
		}
	}

}
