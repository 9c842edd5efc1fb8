package io.aieducademy.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of a page comes from the message bundle: a template may hold
 * placeholder text only inside an element whose text Thymeleaf replaces.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// Text between tags, and the opening tag in front of it.
	private static final Pattern TEXT_AFTER_TAG = Pattern.compile("(<[^>]*>)([^<]*[A-Za-z]{2,}[^<]*)<");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher matcher = TEXT_AFTER_TAG.matcher(html);
			while (matcher.find()) {
				String tag = matcher.group(1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace")
						|| tag.startsWith("<title") || tag.startsWith("<script") || tag.startsWith("<style");
				if (!replaced && !tag.startsWith("<!--")) {
					problems.add(TEMPLATES.relativize(template) + ": \"" + matcher.group(2).strip() + "\"");
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!key.endsWith(".") && !messages.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys without a message").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}
