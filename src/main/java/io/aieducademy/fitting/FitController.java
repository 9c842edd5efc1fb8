package io.aieducademy.fitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/polynomial-fit}: fits a polynomial to the lesson's noisy points and
 * answers its curve and its training and test errors, with both errors for every degree.
 * The data is made the same way every time, so any instance answers the same; one request
 * is ten small least-squares fits, bounded by the limits on degree and points.
 */
@RestController
@Tag(name = "Fitting", description = "The Overfitting lesson's polynomial fits")
class FitController {

	private static final String PROBLEM = "application/problem+json";

	static final String BAD_REQUEST = """
			{"title":"The fit cannot be made","status":400,"detail":"\\"degree\\" must be a whole number from 0 \
			to 9, not 12.","instance":"/api/polynomial-fit","field":"degree"}""";

	/**
	 * What to fit; every field is optional.
	 *
	 * @param degree the polynomial's degree, 0 to 9 (default 3)
	 * @param points how many training points, 10 to 40 (default 10)
	 * @param penalty the L2 penalty λ on every coefficient but the constant, 0 to 10
	 * (default 0)
	 */
	record FitRequest(@Schema(example = "9", minimum = "0", maximum = "9") @Nullable Integer degree,
			@Schema(example = "10", minimum = "10", maximum = "40") @Nullable Integer points,
			@Schema(example = "0", minimum = "0", maximum = "10") @Nullable Double penalty) {
	}

	@PostMapping("/api/polynomial-fit")
	@Operation(operationId = "fitPolynomial", summary = "Fit a polynomial to the lesson's noisy points",
			description = "Least squares (with an optional L2 penalty) on points of sin(2πx) plus noise: the "
					+ "training and test points, the fitted coefficients, the curve at x = 0, 0.01, …, 1, the mean "
					+ "squared errors on both sets, and both errors for every degree from 0 to 9.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "overfit",
									value = "{\"degree\": 9, \"points\": 10, \"penalty\": 0}"))))
	@ApiResponse(responseCode = "200", description = "The fit")
	@ApiResponse(responseCode = "400", description = "Malformed JSON, or a degree, points or penalty out of range",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/TrainingProblem"),
					examples = @ExampleObject(name = "degree out of range", value = BAD_REQUEST)))
	CurveFits.FitAnswer fit(@RequestBody FitRequest request) {
		int degree = (request.degree() != null) ? request.degree() : 3;
		int points = (request.points() != null) ? request.points() : CurveFits.MIN_POINTS;
		double penalty = (request.penalty() != null) ? request.penalty() : 0;
		if (degree < 0 || degree > CurveFits.MAX_DEGREE) {
			throw new BadFitRequestException("problem.overfitting.degree", "degree", CurveFits.MAX_DEGREE,
					Integer.toString(degree));
		}
		if (points < CurveFits.MIN_POINTS || points > CurveFits.MAX_POINTS) {
			throw new BadFitRequestException("problem.overfitting.points", "points", CurveFits.MIN_POINTS,
					CurveFits.MAX_POINTS, Integer.toString(points));
		}
		if (!(penalty >= 0 && penalty <= CurveFits.MAX_PENALTY)) {
			throw new BadFitRequestException("problem.overfitting.penalty", "penalty", plain(CurveFits.MAX_PENALTY),
					plain(penalty));
		}
		return CurveFits.of(degree, points, penalty);
	}

	/** A number as a person writes it: 10, not 10.0. */
	private static String plain(double number) {
		return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

}
