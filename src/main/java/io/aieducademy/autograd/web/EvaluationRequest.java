package io.aieducademy.autograd.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/autograd}: a program and the values of its inputs.
 *
 * @param expression the program (required), read straight into characters
 * ({@link ProgramText})
 * @param values the values of the inputs, by name
 * @param gradCheck whether to estimate each input's gradient by central differences too
 * (default false)
 * @param graph whether to list every node and edge (default true)
 */
@Schema(description = "A program to evaluate forward and backward.")
public record EvaluationRequest(
		@Schema(description = "The program: statements separated by newlines or ';'. See docs/autograd-language.md.",
				requiredMode = Schema.RequiredMode.REQUIRED, example = "L = (w*x - y)^2",
				implementation = String.class) @NotNull ProgramText expression,
		@Schema(description = "Values of the inputs, by name.",
				example = "{\"w\": 2, \"x\": 3, \"y\": 10}") @Nullable Map<String, Double> values,
		@Schema(description = "Also estimate each input's gradient by central differences.",
				defaultValue = "false") @Nullable Boolean gradCheck,
		@Schema(description = "List every node and edge; false leaves them out, for large programs.",
				defaultValue = "true") @Nullable Boolean graph) {

}
