package io.aieducademy.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Suggest an edit to this lesson" leads to the lesson's own Markdown file in the source
 * repository: with the repository's address and the branch taken off, the rest of each
 * link is the path of a file in this work tree, and that file is the lesson's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditLinkTests {

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private LessonPageSupport support;

	@Value("${aieducademy.site.source-url}")
	private String sourceUrl;

	@Test
	void everyLessonsEditLinkIsThePathOfItsFileInThisRepository() throws Exception {
		String prefix = this.sourceUrl + "/edit/main/";
		assertThat(this.catalogue.lessons()).hasSizeGreaterThanOrEqualTo(2);
		for (Lesson lesson : this.catalogue.lessons().values()) {
			String link = this.support.editUrl(lesson);
			assertThat(link).as(lesson.slug()).startsWith(prefix).endsWith("/" + lesson.slug() + ".md");
			Path file = Path.of(link.substring(prefix.length()));
			assertThat(file).as(lesson.slug()).isRegularFile();
			assertThat(Files.readString(file)).as("the file is the lesson's").contains(lesson.title());
		}
	}

}
