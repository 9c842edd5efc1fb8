package io.aieducademy.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on a content mistake in plain words, without a wall of
 * stack trace.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis("A content file has a mistake: " + cause.getMessage(),
				"Fix " + cause.file() + ((cause.line() > 0) ? " at line " + cause.line() : "")
						+ ". docs/content-format.md describes the format of tracks, programs and lessons.",
				cause);
	}

}
