package io.aieducademy.catalogue;

import io.aieducademy.AiEducademyApplication;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A malformed content file stops the application at start-up, naming the file, the line
 * and the mistake.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenContentStartupTests {

	@TempDir
	Path content;

	@Test
	void aMalformedProgramFileFailsStartUpWithItsNameAndTheProblem(CapturedOutput output) throws Exception {
		Files.writeString(this.content.resolve("tracks.yml"), """
				tracks:
				  - slug: basics
				    title: Basics
				    description: The basics.
				    programs: [first]
				""");
		Files.createDirectories(this.content.resolve("programs/first"));
		Files.writeString(this.content.resolve("programs/first/program.yml"), """
				title: First
				level: one
				icon: "*"
				tagline: Start here
				""");
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(AiEducademyApplication.class).run("--server.port=0",
					"--aieducademy.content.location=" + this.content.toUri(), "--spring.main.banner-mode=off"))
			.withRootCauseInstanceOf(ContentException.class);
		assertThat(output).contains("A content file has a mistake: programs/first/program.yml:2: the field 'level' "
				+ "must be a whole number, not 'one'.");
	}

}
