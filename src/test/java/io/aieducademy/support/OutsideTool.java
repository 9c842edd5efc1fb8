package io.aieducademy.support;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a program from outside the JVM (a browser, a database server) is
 * missing: on a laptop it skips with a clear message, but in CI ({@code CI=true}) it
 * fails, so a missing install step can never pass as green.
 */
public final class OutsideTool {

	private OutsideTool() {
	}

	public static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Skips (or, in CI, fails) the current test unless {@code available} holds. */
	public static void require(boolean available, String missing) {
		if (available) {
			return;
		}
		if (inCi()) {
			throw new AssertionError(missing + " (CI=true, so this is a failure, not a skip)");
		}
		Assumptions.abort(missing + "; skipping. Set CI=true to make this a failure.");
	}

}
