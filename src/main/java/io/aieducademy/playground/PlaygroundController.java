package io.aieducademy.playground;

import io.aieducademy.autograd.web.EvaluationSlots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/playground/train}: takes training steps of a small network on the
 * autograd engine. Stateless: the request carries the weights, so any instance can serve
 * any step. Requests take their turn in the same evaluation slots as
 * {@code /api/autograd}.
 */
@RestController
@Tag(name = "Playground", description = "Train a small neural network step by step")
class PlaygroundController {

	static final String EXAMPLE = """
			{"dataset":{"kind":"circle","points":200,"noise":0.1,"seed":1,"testFraction":0.5},
			 "features":["x1","x2"],"network":{"hidden":[8,8],"activation":"tanh"},"loss":"hinge",
			 "regularization":{"kind":"l2","rate":0.0001},"optimizer":{"kind":"sgd","learningRate":0.03},
			 "batchSize":10,"steps":10,"seed":1,"grid":40,"neuronGrids":true,"gradients":true}""";

	static final String CUSTOM_EXAMPLE = """
			{"dataset":{"kind":"custom","testFraction":0,"data":[[1,1,1],[-1,-1,1],[1,-1,-1],[-1,1,-1]]},
			 "features":["x1","x2","x1*x2"],"network":{"hidden":[],"activation":"linear"},"loss":"cross-entropy",
			 "optimizer":{"kind":"adam","learningRate":0.1},"steps":20}""";

	static final String BAD_REQUEST = """
			{"title":"The training request cannot be used","status":400,"detail":"\\"dataset.kind\\" must be one of \
			circle, xor, gaussian, spiral, moons, plane, multi-gaussian or custom, not \\"bogus\\".",\
			"instance":"/api/playground/train","field":"dataset.kind"}""";

	static final String TOO_LONG = """
			{"title":"The training took too long","status":422,"detail":"The steps used more than 5000 ms of \
			processor time, the limit for one request. Ask for fewer steps at a time.",\
			"instance":"/api/playground/train"}""";

	static final String BUSY = """
			{"title":"Too many evaluations at once","status":429,"detail":"Too many programs and networks are being \
			evaluated right now. Try again in 1 second.","instance":"/api/playground/train"}""";

	private static final String PROBLEM = "application/problem+json";

	private final PlaygroundProperties properties;

	private final EvaluationSlots slots;

	PlaygroundController(PlaygroundProperties properties, EvaluationSlots slots) {
		this.properties = properties;
		this.slots = slots;
	}

	@PostMapping("/api/playground/train")
	@Operation(operationId = "trainNetwork", summary = "Take training steps",
			description = "Generates (or reads) the dataset, starts from the given state or the seeded initial "
					+ "weights, takes the steps and answers the losses, accuracies, the new state and, when asked, "
					+ "the heatmaps and the full-batch gradients at the state before the steps.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = TrainRequest.class),
							examples = {
									@ExampleObject(name = "circle", summary = "Ten mini-batch steps on circle",
											value = EXAMPLE),
									@ExampleObject(name = "custom", summary = "The learner's own points",
											value = CUSTOM_EXAMPLE) })))
	@ApiResponse(responseCode = "200", description = "The steps were taken",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrainResponse.class),
					examples = @ExampleObject(name = "answer", value = TrainResponse.EXAMPLE)))
	@ApiResponse(responseCode = "400",
			description = "Malformed JSON, an unknown kind, a value out of range, a malformed data row or state",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/TrainingProblem"),
					examples = @ExampleObject(name = "unknown dataset", value = BAD_REQUEST)))
	@ApiResponse(responseCode = "422",
			description = "Over the work or CPU-time bound of one request, or the training diverged",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "too long", value = TOO_LONG)))
	@ApiResponse(responseCode = "429",
			description = "Every evaluation slot is taken, or this client's share of the engine's time is spent",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "busy", value = BUSY)))
	TrainResponse train(@RequestBody TrainRequest request) {
		return this.slots.run(() -> Training.train(request, this.properties));
	}

}
