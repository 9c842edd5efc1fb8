package io.aieducademy.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends the scripts the words they write into pages: the {@code js.*} messages of the
 * bundle, for the request's language, as a JSON object keyed without the prefix. They are
 * read raw, because the scripts fill in their own {@code {name}} placeholders.
 */
@RestController
class ScriptMessagesController {

	private static final String PREFIX = "js.";

	private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

	@GetMapping("/i18n/messages.json")
	ResponseEntity<Map<String, String>> messages(Locale locale) {
		Map<String, String> messages = this.byLanguage.computeIfAbsent(locale.getLanguage(), this::load);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.varyBy("Accept-Language")
			.body(messages);
	}

	private Map<String, String> load(String language) {
		Properties properties = new Properties();
		read(new ClassPathResource("messages.properties"), properties);
		if (!language.isEmpty()) {
			read(new ClassPathResource("messages_" + language + ".properties"), properties);
		}
		Map<String, String> messages = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(PREFIX)) {
				messages.put(key.substring(PREFIX.length()), properties.getProperty(key));
			}
		}
		return Map.copyOf(messages);
	}

	private static void read(Resource resource, Properties into) {
		if (!resource.exists()) {
			return;
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			into.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The message bundle " + resource + " cannot be read", ex);
		}
	}

}
