package io.aieducademy.playground;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of {@code POST /api/playground/train}, set with {@code aieducademy.playground.*}
 * properties. Every request over a limit gets a problem (400 for a malformed value, 413
 * for the body, 422 for the work). A value out of range stops start-up with the
 * property's name.
 *
 * @param maxPoints the most points in a dataset, generated or sent (default 2000, at
 * least 2)
 * @param maxLayers the most hidden layers (default 6; 0 allows only the output layer)
 * @param maxNeurons the most neurons in one hidden layer (default 16)
 * @param maxSteps the most training steps in one request (default 1000)
 * @param maxGrid the largest side of the heatmap grid (default 100)
 * @param maxWork the most node evaluations one request may make, forward and backward
 * counted separately, estimated before any work starts (default 400000000; about 2 s of
 * one core on the reference machine, see the README)
 * @param maxCpuTime the CPU time one request may use; training stops with a 422 when a
 * step ends past it (default 5s)
 */
@ConfigurationProperties("aieducademy.playground")
@Validated
public record PlaygroundProperties(@DefaultValue("2000") @Min(2) int maxPoints,
		@DefaultValue("6") @PositiveOrZero int maxLayers, @DefaultValue("16") @Positive int maxNeurons,
		@DefaultValue("1000") @Positive int maxSteps, @DefaultValue("100") @Positive int maxGrid,
		@DefaultValue("400000000") @Positive long maxWork, @DefaultValue("5s") Duration maxCpuTime) {

	@AssertTrue(message = "max-cpu-time must be positive")
	boolean isMaxCpuTimePositive() {
		return !this.maxCpuTime.isNegative() && !this.maxCpuTime.isZero();
	}

}
