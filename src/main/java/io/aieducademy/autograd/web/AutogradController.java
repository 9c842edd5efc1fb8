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

	/** The worked example without the graph, as the README sends it. */
	static final String NUMBERS_ONLY = """
			{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"graph":false}""";

	/** The answer to {@link #NUMBERS_ONLY}. */
	static final String NUMBERS_ONLY_ANSWER = """
			{"output":{"name":"L","value":16.0,"nodeId":6},"inputs":[{"name":"w","value":2.0,"grad":-24.0,"nodeId":0},\
			{"name":"x","value":3.0,"grad":-16.0,"nodeId":1},{"name":"y","value":10.0,"grad":8.0,"nodeId":3}],\
			"warnings":[],"nodeCount":7}""";

	static final String SYNTAX_ERROR = """
			{"title":"The program cannot be read","status":400,"detail":"This '(' is never closed: a ')' is missing.",\
			"instance":"/api/autograd","kind":"syntax","line":1,"column":5,"length":1,"excerpt":"L = (w*x - y^2\\n    ^"}""";

	static final String TOO_LARGE = """
			{"title":"The request is too large","status":413,"detail":"The request is larger than 262144 bytes, which \
			is the limit. Send a shorter program.","instance":"/api/autograd","limit":262144}""";

	static final String TOO_DEEP = """
			{"title":"The program is nested too deeply","status":422,"detail":"This expression is nested more than 256 \
			levels deep (open parentheses, function calls and operators waiting for their right-hand side). Split it \
			into several statements.","instance":"/api/autograd","kind":"too_deep","line":1,"column":261,"length":1,\
			"excerpt":"…((((((((((\\n          ^"}""";

	/** What every API that evaluates answers when no slot is free. */
	static final String BUSY = """
			{"title":"Too many evaluations at once","status":429,"detail":"Too many programs and networks are being \
			evaluated right now. Try again in 1 second.","instance":"/api/autograd"}""";

	private static final String PROBLEM = "application/problem+json";

	private static final String PROGRAM_PROBLEM = "#/components/schemas/ProgramProblem";

	/** The language does not change while the application runs. */
	private static final OperationsResponse OPERATIONS = OperationsResponse.current();

	private final AutogradProperties properties;

	private final EvaluationSlots slots;

	AutogradController(AutogradProperties properties, EvaluationSlots slots) {
		this.properties = properties;
		this.slots = slots;
	}

	@PostMapping
	@Operation(operationId = "evaluateProgram", summary = "Evaluate a program forward and backward",
			description = "Parses the program, computes every node's value, backpropagates from the last statement "
					+ "and reports each node's gradient. Numbers that are not finite are null, with a warning.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = EvaluationRequest.class),
							examples = {
									@ExampleObject(name = "worked example", summary = "The lesson's worked example",
											value = WORKED_EXAMPLE),
									@ExampleObject(name = "numbers only", summary = "Values and gradients, no graph",
											value = NUMBERS_ONLY) })))
	@ApiResponse(responseCode = "200", description = "The evaluation",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Evaluation.class),
					examples = @ExampleObject(name = "numbers only", value = NUMBERS_ONLY_ANSWER)))
	@ApiResponse(responseCode = "400",
			description = "Malformed program (with line, column and excerpt), malformed JSON or no expression",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROGRAM_PROBLEM),
					examples = @ExampleObject(name = "syntax error", value = SYNTAX_ERROR)))
	@ApiResponse(responseCode = "413", description = "Request body over the size limit",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/BodyTooLargeProblem"),
					examples = @ExampleObject(name = "body too large", value = TOO_LARGE)))
	@ApiResponse(responseCode = "422", description = "Program over the node, nesting or gradient-check limits",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROGRAM_PROBLEM),
					examples = @ExampleObject(name = "nested too deeply", value = TOO_DEEP)))
	@ApiResponse(responseCode = "429",
			description = "Every evaluation slot is taken, or this client's share of the engine's time is spent",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "busy", value = BUSY)))
	Evaluation evaluate(@Valid @RequestBody EvaluationRequest request) {
		char[] expression = request.expression().chars();
		Map<String, Double> values = (request.values() != null) ? request.values() : Map.of();
		boolean graph = !Boolean.FALSE.equals(request.graph());
		Options options = new Options(this.properties.limits(), Boolean.TRUE.equals(request.gradCheck()), graph);
		return this.slots.run(() -> Autograd.evaluate(expression, values, options));
	}

	@GetMapping("/operations")
	@Operation(operationId = "listOperations",
			summary = "List the operators, functions and constants with their local derivatives",
			description = "For the help panel: each entry states its syntax, its derivative with respect to each "
					+ "operand and its convention at non-differentiable points.")
	OperationsResponse operations() {
		return OPERATIONS;
	}

}
