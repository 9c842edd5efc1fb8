package io.aieducademy.progress;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains in plain words why the learner database stopped start-up. */
class LearnerDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<LearnerDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LearnerDatabaseException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.fix(), cause);
	}

}
