package io.aieducademy.playground;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code POST /api/playground/train}, set with {@code aieducademy.playground.*}
 * properties. Every request over a limit gets a problem (400 for a malformed value, 413
 * for the body, 422 for the work).
 *
 * @param maxPoints the most points in a dataset, generated or sent (default 2000)
 * @param maxLayers the most hidden layers (default 6)
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
public record PlaygroundProperties(@DefaultValue("2000") int maxPoints, @DefaultValue("6") int maxLayers,
		@DefaultValue("16") int maxNeurons, @DefaultValue("1000") int maxSteps, @DefaultValue("100") int maxGrid,
		@DefaultValue("400000000") long maxWork, @DefaultValue("5s") Duration maxCpuTime) {

	public PlaygroundProperties {
		if (maxPoints < 2 || maxLayers < 0 || maxNeurons < 1 || maxSteps < 1 || maxGrid < 1 || maxWork < 1
				|| maxCpuTime.isNegative() || maxCpuTime.isZero()) {
			throw new IllegalArgumentException("aieducademy.playground: every limit must be positive "
					+ "(max-points at least 2, max-layers may be 0)");
		}
	}

}
