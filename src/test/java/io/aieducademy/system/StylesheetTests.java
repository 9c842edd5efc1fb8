package io.aieducademy.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet's blocks are closed where they should be. A merge once lost the
 * closing brace of a {@code @media (prefers-color-scheme: dark)} block: browsers forgive
 * it, so every rule after it applied in dark mode only, and the Overfitting lesson's
 * figure was drawn unstyled in light mode, with no test failing.
 */
class StylesheetTests {

	private static final Path CSS = Path.of("src/main/resources/static/css");

	@Test
	void everyBlockOfEveryStylesheetIsClosedAndNoneIsClosedTwice() throws IOException {
		List<String> mistakes = new ArrayList<>();
		try (Stream<Path> files = Files.list(CSS)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".css")).sorted().toList()) {
				String mistake = unbalanced(Files.readString(file, StandardCharsets.UTF_8));
				if (mistake != null) {
					mistakes.add(file.getFileName() + ": " + mistake);
				}
			}
		}
		assertThat(mistakes).isEmpty();
	}

	@Test
	void aLostClosingBraceIsFound() {
		assertThat(unbalanced("@media (prefers-color-scheme: dark) {\n  a { color: red; }\n\nb { color: blue; }\n"))
			.isEqualTo("1 block not closed at the end");
		assertThat(unbalanced("a { color: red; } }")).isEqualTo("a block closed twice on line 1");
		assertThat(unbalanced("/* { */ a::after { content: \"}\"; }")).isNull();
	}

	/**
	 * What is wrong with the stylesheet's braces, or null; comments and strings are
	 * skipped.
	 */
	private static @Nullable String unbalanced(String css) {
		int depth = 0;
		int line = 1;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == '/' && css.startsWith("/*", i)) {
				int end = css.indexOf("*/", i + 2);
				String comment = css.substring(i, (end < 0) ? css.length() : end);
				line += (int) comment.chars().filter((ch) -> ch == '\n').count();
				i = (end < 0) ? css.length() : end + 1;
			}
			else if (c == '"' || c == '\'') {
				int end = css.indexOf(c, i + 1);
				i = (end < 0) ? css.length() : end;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth < 0) {
				return "a block closed twice on line " + line;
			}
		}
		return (depth == 0) ? null : depth + " block" + ((depth == 1) ? "" : "s") + " not closed at the end";
	}

}
