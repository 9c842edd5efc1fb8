package io.aieducademy.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The static files are served from memory, byte for byte what the application ships, and
 * compressed once for browsers that accept gzip; each file is read out of the class path
 * once, however often it is asked for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticFilesInMemoryTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theStylesheetIsServedAsShippedAndItsGzipTwinToBrowsersThatAcceptIt() throws IOException {
		byte[] shipped = new ClassPathResource("static/css/site.css").getContentAsByteArray();
		String versioned = versionedStylesheet();

		MvcTestResult plain = this.mvc.get().uri(versioned).exchange();
		assertThat(plain).hasStatusOk();
		assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
		assertThat(plain.getResponse().getContentAsByteArray()).isEqualTo(shipped);
		assertThat(plain.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");

		MvcTestResult gzip = this.mvc.get().uri(versioned).header("Accept-Encoding", "gzip, deflate, br").exchange();
		assertThat(gzip).hasStatusOk();
		assertThat(gzip.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getResponse().getHeaders("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		assertThat(gzip.getResponse().getContentType()).startsWith("text/css");
		byte[] compressed = gzip.getResponse().getContentAsByteArray();
		assertThat(compressed.length).isLessThan(shipped.length / 2);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(in.readAllBytes()).isEqualTo(shipped);
		}
	}

	@Test
	void aMissingFileIsStillA404AndNothingOutsideTheFolderIsServed() throws IOException {
		MvcTestResult missing = this.mvc.get()
			.uri("/css/no-such-file.css")
			.header("Accept-Encoding", "gzip")
			.exchange();
		assertThat(missing).hasStatus(404);
		MvcTestResult outside = this.mvc.get().uri("/css/../application.properties").exchange();
		assertThat(outside.getResponse().getStatus()).isGreaterThanOrEqualTo(400);
		assertThat(outside.getResponse().getContentAsString()).doesNotContain("spring.");
	}

	@Test
	void eachFileIsReadOutOfTheClassPathOnce() throws IOException {
		CountingClassLoader classes = new CountingClassLoader();
		DefaultResourceLoader loader = new DefaultResourceLoader(classes);
		loader.addProtocolResolver(new StaticFilesInMemory());
		Resource location = loader.getResource("memory:classpath:/static/");
		int afterFirst = 0;
		for (int i = 0; i < 5; i++) {
			Resource file = location.createRelative("css/site.css");
			assertThat(file.isReadable()).isTrue();
			assertThat(file.contentLength()).isPositive();
			assertThat(file.lastModified()).isPositive();
			try (InputStream in = file.getInputStream()) {
				assertThat(in.readAllBytes()).hasSize((int) file.contentLength());
			}
			Resource twin = location.createRelative("css/site.css.gz");
			assertThat(twin.exists()).isTrue();
			if (i == 0) {
				afterFirst = classes.asked.get();
			}
		}
		assertThat(afterFirst).as("the first use reads the file").isPositive();
		assertThat(classes.asked.get()).as("look-ups of static/css/site.css after the first use").isEqualTo(afterFirst);
		assertThat(location.createRelative("images/logo.svg.gz").exists()).as("text, so compressed").isTrue();
		assertThat(location.createRelative("css/no-such-file.css").exists()).isFalse();
		assertThat(location.createRelative("css/no-such-file.css.gz").exists()).isFalse();
	}

	@Test
	void onlyClassPathLocationsCanBeKeptInMemory() {
		DefaultResourceLoader loader = new DefaultResourceLoader();
		loader.addProtocolResolver(new StaticFilesInMemory());
		assertThatIllegalArgumentException().isThrownBy(() -> loader.getResource("memory:file:/etc/"))
			.withMessageContaining("memory:classpath:");
	}

	private String versionedStylesheet() throws IOException {
		String home = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		int start = home.indexOf("/css/site-");
		assertThat(start).as("the home page links the versioned stylesheet").isPositive();
		return home.substring(start, home.indexOf('"', start));
	}

	/** Counts how often the class path is asked for the stylesheet. */
	private static final class CountingClassLoader extends ClassLoader {

		private final AtomicInteger asked = new AtomicInteger();

		CountingClassLoader() {
			super(StaticFilesInMemoryTests.class.getClassLoader());
		}

		@Override
		public @Nullable URL getResource(String name) {
			if (name.equals("static/css/site.css")) {
				this.asked.incrementAndGet();
			}
			return super.getResource(name);
		}

	}

}
