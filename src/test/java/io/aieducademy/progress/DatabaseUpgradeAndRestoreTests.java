package io.aieducademy.progress;

import io.aieducademy.AiEducademyApplication;
import io.aieducademy.support.LearnerClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file database across versions and backups: the site starts on an empty data
 * directory, on a database an earlier schema version wrote, and on a database restored
 * from a backup made as the README describes.
 */
class DatabaseUpgradeAndRestoreTests {

	private static final String V1_LEARNER = "aie_learner=e5affce9-6b4c-453c-ba0d-969984c09c7e";

	@TempDir
	Path dir;

	@Test
	void startsOnADatabaseWrittenByTheFirstMigrationAndKeepsItsData() throws Exception {
		Path data = this.dir.resolve("upgraded");
		Path dump = this.dir.resolve("v1.sql");
		Files.copy(new ClassPathResource("db/h2-made-by-v1.sql").getInputStream(), dump);
		RunScript.execute(url(data), "sa", "", dump.toString(), StandardCharsets.UTF_8, false);

		try (ConfigurableApplicationContext app = start(data)) {
			assertThat(new LearnerClient(V1_LEARNER).get(base(app) + "/api/progress")).contains("\"completed\":1",
					"\"completedLessons\":[\"backpropagation\"]");
		}
	}

	@Test
	void startsOnAnEmptyDataDirectory() throws Exception {
		Path data = this.dir.resolve("empty");
		try (ConfigurableApplicationContext app = start(data)) {
			assertThat(new LearnerClient().get(base(app) + "/api/progress")).contains("\"completed\":0");
		}
		assertThat(data.resolve("aieducademy.mv.db")).exists();
	}

	@Test
	void aBackupMadeWithH2sScriptToolRestoresIntoAWorkingSite() throws Exception {
		Path original = this.dir.resolve("original");
		LearnerClient learner = new LearnerClient();
		try (ConfigurableApplicationContext app = start(original)) {
			assertThat(learner.answer(base(app), "backpropagation.what-gradient-tells", 3).statusCode()).isEqualTo(200);
		}
		Path backup = this.dir.resolve("backup.sql");
		Script.process(url(original), "sa", "", backup.toString(), "", "");

		Path restored = this.dir.resolve("restored");
		RunScript.execute(url(restored), "sa", "", backup.toString(), StandardCharsets.UTF_8, false);
		try (ConfigurableApplicationContext app = start(restored)) {
			assertThat(learner.get(base(app) + "/programs/ai-sprouts/lessons/backpropagation"))
				.contains("You have already answered this one correctly.", "is-correct");
		}
	}

	private static String url(Path data) {
		return "jdbc:h2:file:" + data.resolve("aieducademy") + ";WRITE_DELAY=0";
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(AiEducademyApplication.class).run("--server.port=0",
				"--aieducademy.data-dir=" + data, "--spring.datasource.url=" + url(data),
				"--spring.main.banner-mode=off");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
