package io.aieducademy.autograd.web;

import java.util.Map;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.Evaluation;
import io.aieducademy.autograd.Options;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/autograd}: evaluates a learner's program forward and backward and returns
 * every node's value and gradient as JSON, for the graph visualiser and any outside
 * client.
 * <p>
 * The mappings declare no {@code consumes} or {@code produces} on purpose: content
 * negotiation then fails inside the handler, where {@link AutogradProblems} turns it into
 * a problem (415, 406) instead of Spring's default error page.
 */
@RestController
@RequestMapping("/api/autograd")
@Tag(name = "Autograd", description = "Backpropagation on a learner's program")
class AutogradController {

	static final String WORKED_EXAMPLE = """
			{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"gradCheck":true}""";

	private static final String PROBLEM = "application/problem+json";

	/** The language does not change while the application runs. */
	private static final OperationsResponse OPERATIONS = OperationsResponse.current();

	private final AutogradProperties properties;

	private final EvaluationSlots slots;

	AutogradController(AutogradProperties properties, EvaluationSlots slots) {
		this.properties = properties;
		this.slots = slots;
	}

	@PostMapping
	@Operation(summary = "Evaluate a program forward and backward",
			description = "Parses the program, computes every node's value, backpropagates from the last statement "
					+ "and reports each node's gradient. Numbers that are not finite are null, with a warning.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = EvaluationRequest.class),
							examples = @ExampleObject(name = "worked example", summary = "The lesson's worked example",
									value = WORKED_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The evaluation",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Evaluation.class)))
	@ApiResponse(responseCode = "400",
			description = "Malformed program (with line, column and excerpt), malformed JSON or no expression",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "Request body over the size limit",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "Body is not application/json",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "Program over the node, nesting or gradient-check limits",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many evaluations at once; see Retry-After",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	Evaluation evaluate(@Valid @RequestBody EvaluationRequest request) {
		String expression = request.expression();
		Map<String, Double> values = (request.values() != null) ? request.values() : Map.of();
		boolean graph = !Boolean.FALSE.equals(request.graph());
		Options options = new Options(this.properties.limits(), Boolean.TRUE.equals(request.gradCheck()), graph);
		return this.slots.run(() -> Autograd.evaluate(expression, values, options));
	}

	@GetMapping("/operations")
	@Operation(summary = "List the operators, functions and constants with their local derivatives",
			description = "For the help panel: each entry states its syntax, its derivative with respect to each "
					+ "operand and its convention at non-differentiable points.")
	OperationsResponse operations() {
		return OPERATIONS;
	}

}
