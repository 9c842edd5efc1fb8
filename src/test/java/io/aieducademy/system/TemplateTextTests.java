package io.aieducademy.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the message bundle: a template may hold placeholder
 * text only inside an element whose text Thymeleaf replaces; every key a template, a
 * script or the code (problem details) names exists; and every message of the bundle is
 * named somewhere.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// Text between tags, and the opening tag in front of it.
	private static final Pattern TEXT_AFTER_TAG = Pattern.compile("(<[^>]*>)([^<]*[A-Za-z]{2,}[^<]*)<");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	// A key a template completes at run time: #{'faq.q' + ${n}}.
	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{'([a-zA-Z0-9.-]+)'\\s*\\+");

	// A string literal of Java code that names a message: "problem.answer.noChoice", or
	// the prefix of one, "problem.status.".
	private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9-]+)*\\.?)\"");

	// A string in quotes, on one line.
	private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"");

	// A key that a script completes at run time: t(`preset.${key}.note`).
	private static final Pattern KEY_PREFIX = Pattern.compile("\\b(?:t|tParts)\\(\\s*`([^`$]*)\\$\\{");

	// A key a script asks for by name (keys have a dot; t('a') in program.js is a local
	// helper).
	private static final Pattern ASKED = Pattern.compile("\\b(?:t|tParts)\\(\\s*['\"]([^'\"]+\\.[^'\"]+)['\"]");

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

	/**
	 * The scripts take their words from the {@code js.*} messages (through
	 * {@code /i18n/messages.json}): every key a script asks for with {@code t('...')} or
	 * {@code tParts('...')} exists, and every {@code js.*} key is named somewhere in a
	 * script, as a quoted key or under a prefix the script completes
	 * ({@code t(`preset.${key}.note`)}).
	 */
	@Test
	void everyScriptKeyExistsAndEveryScriptMessageIsUsed() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		Set<String> keys = new TreeSet<>();
		for (String name : messages.stringPropertyNames()) {
			if (name.startsWith("js.")) {
				keys.add(name.substring(3));
			}
		}
		Set<String> quoted = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		Set<String> asked = new TreeSet<>();
		for (Path script : scripts()) {
			String source = Files.readString(script);
			collect(QUOTED, source, quoted);
			collect(KEY_PREFIX, source, prefixes);
			collect(ASKED, source, asked);
		}
		assertThat(asked).as("keys the scripts ask for that messages.properties lacks (as js.<key>)").isSubsetOf(keys);
		assertThat(keys.stream()
			.filter((key) -> !quoted.contains(key) && prefixes.stream().noneMatch(key::startsWith))
			.toList()).as("js.* messages that no script uses").isEmpty();
	}

	/**
	 * Spring names these itself: {@code problemDetail.<exception class>} and
	 * {@code problemDetail.title.<exception class>} are the message codes of the problems
	 * that Spring MVC raises. Such a key counts as used only if the class exists.
	 */
	private static boolean namesASpringException(String key) {
		String prefix = "problemDetail.";
		if (!key.startsWith(prefix)) {
			return false;
		}
		String name = key.substring(prefix.length());
		name = name.startsWith("title.") ? name.substring("title.".length()) : name;
		try {
			return Exception.class.isAssignableFrom(Class.forName(name));
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	/**
	 * Each message of the bundle is named by a template ({@code #{key}} or a prefix it
	 * completes), by a script (the {@code js.*} keys, see above) or by the code (a string
	 * literal such as {@code "problem.answer.noChoice"}, or a prefix it completes such as
	 * {@code "problem.status."}); a problem title {@code KEY.title} is named with its
	 * detail {@code KEY}. And every problem message the code names exists.
	 */
	@Test
	void everyMessageIsUsedAndEveryProblemMessageTheCodeNamesExists() throws IOException {
		Properties messages = messages();
		Set<String> named = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			collect(MESSAGE_KEY, html, named);
			collect(TEMPLATE_PREFIX, html, prefixes);
		}
		Set<String> inCode = new TreeSet<>();
		for (Path source : javaSources()) {
			collect(JAVA_KEY, Files.readString(source), inCode);
		}
		for (String key : inCode) {
			(key.endsWith(".") ? prefixes : named).add(key);
		}
		for (Path script : scripts()) {
			String source = Files.readString(script);
			Set<String> quoted = new HashSet<>();
			collect(QUOTED, source, quoted);
			quoted.forEach((key) -> named.add("js." + key));
			Set<String> completed = new HashSet<>();
			collect(KEY_PREFIX, source, completed);
			completed.forEach((prefix) -> prefixes.add("js." + prefix));
		}
		List<String> unused = messages.stringPropertyNames()
			.stream()
			.filter((key) -> !named.contains(key) && prefixes.stream().noneMatch(key::startsWith)
					&& !(key.endsWith(".title") && named.contains(key.substring(0, key.length() - 6)))
					&& !namesASpringException(key))
			.sorted()
			.toList();
		assertThat(unused).as("messages that no template, script or code names").isEmpty();
		assertThat(inCode.stream().filter((key) -> namedByCode(key) && !key.endsWith(".")).toList())
			.as("problem and warning messages the code names that messages.properties lacks")
			.isSubsetOf(messages.stringPropertyNames());
	}

	/**
	 * A problem or warning message with arguments is a MessageFormat pattern, in which an
	 * apostrophe is written twice; one without arguments is shown as written.
	 */
	@Test
	void problemMessagesWriteTheirApostrophesForTheirKind() throws IOException {
		Properties messages = messages();
		List<String> wrong = messages.stringPropertyNames()
			.stream()
			.filter(TemplateTextTests::namedByCode)
			.filter((key) -> {
				String text = messages.getProperty(key);
				return text.contains("{0") ? LONE_APOSTROPHE.matcher(text).find() : text.contains("''");
			})
			.sorted()
			.toList();
		assertThat(wrong).as("problem and warning messages with a lone ' and arguments, or '' without arguments")
			.isEmpty();
	}

	/**
	 * The messages that code names by their code: the APIs' problems and the engine's
	 * warnings.
	 */
	private static boolean namedByCode(String key) {
		return key.startsWith("problem.") || key.startsWith("warning.");
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		return messages;
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
	}

	private static void collect(Pattern pattern, String source, Set<String> into) {
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			into.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
		}
	}

	private static List<Path> scripts() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static/js"))) {
			return files.filter((file) -> file.toString().endsWith(".js")).toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}
