package io.aieducademy.progress;

import io.aieducademy.support.AppProcess;
import io.aieducademy.support.LearnerClient;
import io.aieducademy.support.PostgresDatabase;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write the application acknowledged with a 2xx survives SIGKILL right afterwards,
 * on the H2 file database and on PostgreSQL.
 */
class CrashSafetyTests {

	private static final String[] ANSWERS = { "backpropagation.chain-rule-local-derivatives:2",
			"backpropagation.vanishing-gradients-cause:0", "backpropagation.what-gradient-tells:3" };

	@TempDir
	Path dir;

	@Test
	void acknowledgedWritesSurviveSigkillOnTheH2FileDatabase() throws Exception {
		String[] args = { "--aieducademy.data-dir=" + this.dir.resolve("data"),
				// with the installed H2 settings (WRITE_DELAY=0, RETENTION_TIME=0)
				"--spring.datasource.url=" + AppProcess.installedDatabaseUrl(this.dir.resolve("data")) };
		killAfterWritesThenCheck(args);
	}

	@Test
	void acknowledgedWritesSurviveSigkillOnPostgres() throws Exception {
		io.aieducademy.support.OutsideTool.require(PostgresDatabase.isAvailable(),
				"No PostgreSQL server answers at " + PostgresDatabase.URL);
		String[] args = { "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + PostgresDatabase.freshSchemaUrl(),
				"--spring.datasource.username=" + PostgresDatabase.USER,
				"--spring.datasource.password=" + PostgresDatabase.PASSWORD };
		killAfterWritesThenCheck(args);
	}

	private void killAfterWritesThenCheck(String[] args) throws Exception {
		Path log = this.dir.resolve("app-" + UUID.randomUUID() + ".log");
		LearnerClient learner = new LearnerClient();
		// Several learners, so that the batch is more than one row; the last one also
		// completes the lesson.
		LearnerClient[] others = { new LearnerClient(), new LearnerClient() };
		try (AppProcess app = AppProcess.start(log, args)) {
			for (LearnerClient other : others) {
				assertThat(other.answer(app.baseUrl(), "backpropagation.what-gradient-tells", 1).statusCode())
					.isEqualTo(200);
			}
			for (String answer : ANSWERS) {
				String[] parts = answer.split(":");
				assertThat(learner.answer(app.baseUrl(), parts[0], Integer.parseInt(parts[1])).statusCode())
					.isEqualTo(200);
			}
			assertThat(learner.complete(app.baseUrl(), "backpropagation").statusCode()).isEqualTo(200);
			app.kill();
		}
		try (AppProcess app = AppProcess.start(log, args)) {
			assertThat(learner.get(app.baseUrl() + "/api/progress")).contains("\"completed\":1",
					"\"completedLessons\":[\"backpropagation\"]");
			for (LearnerClient other : others) {
				String page = other.get(app.baseUrl() + "/programs/ai-sprouts/lessons/backpropagation"
						+ "?answered=what-gradient-tells");
				assertThat(page).as("the other learners' wrong answers are there too")
					.contains("Not quite. Have another go.");
			}
		}
	}

}
