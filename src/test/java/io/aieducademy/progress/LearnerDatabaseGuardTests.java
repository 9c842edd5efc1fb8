package io.aieducademy.progress;

import io.aieducademy.AiEducademyApplication;
import io.aieducademy.support.LearnerClient;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 5: the site refuses to start rather than lose learners' progress
 * silently. Before, a truncated or zero-length database file was replaced by an empty
 * database with only an INFO line in the log, and a read-only one failed every answer
 * with a 500.
 */
class LearnerDatabaseGuardTests {

	@TempDir
	Path dir;

	@Test
	void aNewFolderStartsAndGetsAMarkerBesideTheDatabase() {
		Path data = this.dir.resolve("new");
		try (ConfigurableApplicationContext app = start(data)) {
			assertThat(data.resolve("aieducademy" + LearnerDatabaseGuard.MARKER_SUFFIX)).exists();
		}
	}

	@Test
	void aZeroLengthDatabaseThatHeldDataStopsStartUpAndIsNotReplaced() throws Exception {
		Path data = withOneAnswer("zero");
		Path file = data.resolve("aieducademy.mv.db");
		Files.write(file, new byte[0]);

		assertThatThrownBy(() -> start(data)).rootCause()
			.isInstanceOf(LearnerDatabaseException.class)
			.hasMessageContaining("is empty (0 bytes)")
			.hasMessageContaining(file.toString());
		assertThat(Files.size(file)).isZero();
	}

	@Test
	void aTruncatedDatabaseStopsStartUpAndIsNotReplaced() throws Exception {
		Path data = withOneAnswer("truncated");
		Path file = data.resolve("aieducademy.mv.db");
		// H2's two file headers survive, the data after them does not
		long kept = 8192;
		assertThat(Files.size(file)).isGreaterThan(kept);
		try (RandomAccessFile truncate = new RandomAccessFile(file.toFile(), "rw")) {
			truncate.setLength(kept);
		}

		assertThatThrownBy(() -> start(data)).rootCause()
			.isInstanceOf(LearnerDatabaseException.class)
			.hasMessageContaining(file.toString());
		assertThat(Files.size(file)).isEqualTo(kept);
	}

	@Test
	void aMissingDatabaseThatHeldDataStopsStartUp() throws Exception {
		Path data = withOneAnswer("missing");
		Files.delete(data.resolve("aieducademy.mv.db"));

		assertThatThrownBy(() -> start(data)).rootCause()
			.isInstanceOf(LearnerDatabaseException.class)
			.hasMessageContaining("is missing");
		assertThat(data.resolve("aieducademy.mv.db")).doesNotExist();
	}

	@Test
	void aDatabaseThatCanOnlyBeReadStopsStartUpInsteadOfFailingEveryAnswer() throws Exception {
		Path data = withOneAnswer("read-only");
		// H2 opens a file it may not write read-only; this setting does the same when the
		// tests run as root, who may write anywhere
		assertThatThrownBy(() -> start(data, ";ACCESS_MODE_DATA=r")).rootCause()
			.isInstanceOf(LearnerDatabaseException.class)
			.hasMessageContaining("can only be read");
	}

	@Test
	void aDataFolderThatCannotBeWrittenStopsStartUpWithOneSentenceNamingIt() throws Exception {
		// a file where the folder should be cannot be written into, even by root
		Path data = Files.writeString(this.dir.resolve("not-a-folder"), "");

		assertThatThrownBy(() -> start(data)).rootCause()
			.isInstanceOf(LearnerDatabaseException.class)
			.hasMessage("The data folder " + data.toAbsolutePath()
					+ " cannot be written to, so learners' answers could not be saved.");
	}

	@Test
	void theFailureIsExplainedInPlainWordsWithTheFix() {
		LearnerDatabaseException failure = new LearnerDatabaseException("The data folder /x cannot be written to.",
				"Give the user that runs the site write access to /x.");
		FailureAnalysis analysis = new LearnerDatabaseFailureAnalyzer().analyze(new IllegalStateException(failure));

		assertThat(analysis.getDescription()).isEqualTo("The data folder /x cannot be written to.");
		assertThat(analysis.getAction()).isEqualTo("Give the user that runs the site write access to /x.");
	}

	private Path withOneAnswer(String name) throws Exception {
		Path data = this.dir.resolve(name);
		try (ConfigurableApplicationContext app = start(data)) {
			LearnerClient learner = new LearnerClient();
			assertThat(learner.answer(base(app), "backpropagation.what-gradient-tells", 3).statusCode()).isEqualTo(200);
		}
		return data;
	}

	private static ConfigurableApplicationContext start(Path data) {
		return start(data, ";WRITE_DELAY=0");
	}

	private static ConfigurableApplicationContext start(Path data, String urlSettings) {
		return new SpringApplicationBuilder(AiEducademyApplication.class).run("--server.port=0",
				"--aieducademy.data-dir=" + data,
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("aieducademy") + urlSettings,
				"--spring.main.banner-mode=off");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
