package io.aieducademy.autograd.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the engine's results are written as JSON, so that the API returns
 * {@link Evaluation} itself rather than a copy of it. JSON has no NaN or Infinity: a
 * number that is not finite is written as {@code null}, and the evaluation's
 * {@code warnings} say what it was and why. An operation is written by its name in lower
 * case ({@code add}, {@code pow}); a gradient check's members sit in the input they
 * belong to; {@code nodes} and {@code edges} are left out when the graph was not asked
 * for; a warning's sentence is written in the request's language from the message code
 * the engine gives ({@link WarningJson}).
 */
@Component
class EvaluationJson extends SimpleModule {

	private static final long serialVersionUID = 1L;

	static {
		// the API document shows a warning as it is written, not as the engine holds it
		SpringDocUtils.getConfig().replaceWithClass(Evaluation.Warning.class, WarningJson.class);
	}

	EvaluationJson(MessageSource messages) {
		super("aieducademy-evaluation");
		addSerializer(Evaluation.Warning.class, new WarningInWords(messages));
		FiniteOrNull finiteOrNull = new FiniteOrNull();
		addSerializer(Double.class, finiteOrNull);
		addSerializer(Double.TYPE, finiteOrNull);
		addSerializer(Operation.class, new OperationName());
		setMixInAnnotation(Evaluation.class, EvaluationMixin.class);
		setMixInAnnotation(Evaluation.Input.class, InputMixin.class);
		setMixInAnnotation(Evaluation.GradientCheck.class, GradientCheckMixin.class);
	}

	/** A finite number as itself, anything else as {@code null}. */
	static final class FiniteOrNull extends StdSerializer<Double> {

		FiniteOrNull() {
			super(Double.class);
		}

		@Override
		public void serialize(Double value, JsonGenerator json, SerializationContext context) {
			if (Double.isFinite(value)) {
				json.writeNumber(value);
			}
			else {
				json.writeNull();
			}
		}

	}

	/**
	 * An operation by its name in lower case, as {@code GET /api/autograd/operations}
	 * lists it.
	 */
	static final class OperationName extends StdSerializer<Operation> {

		OperationName() {
			super(Operation.class);
		}

		@Override
		public void serialize(Operation operation, JsonGenerator json, SerializationContext context) {
			json.writeString(operation.name().toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * A warning as the API writes it: its sentence in words, without the message code and
	 * arguments it was made from.
	 */
	@Schema(name = "Warning")
	record WarningJson(int nodeId, String message, String field, @Nullable String number, @Nullable Integer from) {

	}

	/** A warning with its sentence resolved for the request's locale. */
	static final class WarningInWords extends StdSerializer<Evaluation.Warning> {

		private final transient MessageSource messages;

		WarningInWords(MessageSource messages) {
			super(Evaluation.Warning.class);
			this.messages = messages;
		}

		@Override
		public void serialize(Evaluation.Warning warning, JsonGenerator json, SerializationContext context) {
			String message = this.messages.getMessage(warning.messageCode(), warning.arguments().toArray(),
					LocaleContextHolder.getLocale());
			context.writeValue(json,
					new WarningJson(warning.nodeId(), message, warning.field(), warning.number(), warning.from()));
		}

	}

	abstract static class EvaluationMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		abstract List<Evaluation.Node> nodes();

		@JsonInclude(JsonInclude.Include.NON_NULL)
		abstract List<Evaluation.Edge> edges();

	}

	abstract static class InputMixin {

		@JsonUnwrapped
		abstract Evaluation.GradientCheck check();

	}

	abstract static class GradientCheckMixin {

		@JsonIgnore
		abstract double step();

	}

}
