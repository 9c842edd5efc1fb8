package io.aieducademy.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ProtocolResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Serves the site's static files from memory: a location written
 * {@code memory:classpath:/static/} (the site's
 * {@code spring.web.resources.static-locations}) reads each file out of the application's
 * jar once, on its first request, and keeps its bytes, its length and its date. Without
 * this, every request for a stylesheet or a script opened the nested jar, inflated the
 * file again and, to find its date, threw and caught a {@code FileNotFoundException}:
 * about 0.6 ms of CPU for a 40 KB stylesheet.
 * <p>
 * Each text file also has a gzip-compressed twin, {@code name.gz}, made once from the
 * same bytes. Spring's {@code EncodedResourceResolver}
 * ({@code spring.web.resources.chain.compressed=true}) serves it to a browser that
 * accepts gzip, with {@code Content-Encoding} and {@code Vary}, so Tomcat no longer
 * compresses the same file again on every request.
 * <p>
 * The files are packaged with the application and cannot change while it runs. Files over
 * {@link #MAX_FILE_BYTES} are not kept; they are read from the jar each time. When
 * working on the static files, point the static locations at {@code classpath:/static/}
 * or a folder instead.
 */
public final class StaticFilesInMemory implements ProtocolResolver {

	/** The prefix of a location whose files are kept in memory. */
	public static final String PREFIX = "memory:";

	/** The largest file kept in memory; the site's own largest is about 60 KB. */
	static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

	private static final String GZIP_SUFFIX = ".gz";

	/** The file types worth compressing: text. */
	private static final Set<String> COMPRESSIBLE = Set.of("css", "js", "mjs", "svg", "html", "json", "txt", "map",
			"xml", "csv");

	private final Map<String, Optional<Content>> files = new ConcurrentHashMap<>();

	@Override
	public @Nullable Resource resolve(String location, ResourceLoader loader) {
		if (!location.startsWith(PREFIX)) {
			return null;
		}
		String inner = location.substring(PREFIX.length());
		String classPathPrefix = ResourceLoader.CLASSPATH_URL_PREFIX;
		if (!inner.startsWith(classPathPrefix)) {
			throw new IllegalArgumentException(
					"Only class path locations can be kept in memory (memory:classpath:/...): " + location);
		}
		return new InMemory(this, inner.substring(classPathPrefix.length()), loader.getClassLoader());
	}

	private Optional<Content> content(InMemory resource) {
		Optional<Content> known = this.files.get(resource.getPath());
		if (known != null) {
			return known;
		}
		Optional<Content> read;
		if (resource.isGzipTwin()) {
			InMemory original = resource.original();
			read = content(original).filter((content) -> compressible(original.getPath()))
				.map((content) -> new Content(gzip(content.bytes()), content.lastModified()));
		}
		else {
			read = read(resource);
		}
		Optional<Content> raced = this.files.putIfAbsent(resource.getPath(), read);
		return (raced != null) ? raced : read;
	}

	private static Optional<Content> read(InMemory resource) {
		try {
			ClassPathResource file = new ClassPathResource(resource.getPath(), resource.getClassLoader());
			if (!file.isReadable()) {
				return Optional.empty();
			}
			long length = file.contentLength();
			if (length > MAX_FILE_BYTES) {
				return Optional.empty();
			}
			try (InputStream in = file.getInputStream()) {
				return Optional.of(new Content(in.readAllBytes(), file.lastModified()));
			}
		}
		catch (FileNotFoundException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the static file " + resource.getPath(), ex);
		}
	}

	private static boolean compressible(String path) {
		String extension = StringUtils.getFilenameExtension(path);
		return extension != null && COMPRESSIBLE.contains(extension);
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A file's bytes and date, as read once from the jar. */
	private record Content(byte[] bytes, long lastModified) {

	}

	/** Registers the {@code memory:} locations with the application's resource loader. */
	public static final class Registration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.addProtocolResolver(new StaticFilesInMemory());
		}

	}

	/**
	 * A class path file, or folder, whose bytes come from memory. It is a
	 * {@link ClassPathResource}, so Spring's resource handler checks that a request stays
	 * inside its location exactly as it does for the class path.
	 */
	static final class InMemory extends ClassPathResource {

		private final StaticFilesInMemory files;

		InMemory(StaticFilesInMemory files, String path, @Nullable ClassLoader classLoader) {
			super(path, classLoader);
			this.files = files;
		}

		boolean isGzipTwin() {
			return getPath().endsWith(GZIP_SUFFIX);
		}

		InMemory original() {
			String path = getPath();
			return new InMemory(this.files, path.substring(0, path.length() - GZIP_SUFFIX.length()), getClassLoader());
		}

		private boolean isFolder() {
			return getPath().isEmpty() || getPath().endsWith("/");
		}

		private Optional<Content> content() {
			return isFolder() ? Optional.empty() : this.files.content(this);
		}

		private Content existing() throws FileNotFoundException {
			return content().orElseThrow(() -> new FileNotFoundException(getDescription() + " does not exist"));
		}

		/**
		 * A folder exists when the class path has it; a file when it was read, or when it
		 * is too large to keep (then it is served from the jar).
		 */
		@Override
		public boolean exists() {
			return isFolder() ? super.exists() : content().isPresent() || (!isGzipTwin() && super.exists());
		}

		@Override
		public boolean isReadable() {
			return isFolder() ? false : content().isPresent() || (!isGzipTwin() && super.isReadable());
		}

		@Override
		public InputStream getInputStream() throws IOException {
			Optional<Content> content = content();
			if (content.isPresent()) {
				return new ByteArrayInputStream(content.get().bytes());
			}
			if (isGzipTwin()) {
				throw new FileNotFoundException(getDescription() + " does not exist");
			}
			return super.getInputStream();
		}

		@Override
		public long contentLength() throws IOException {
			Optional<Content> content = content();
			return content.isPresent() ? content.get().bytes().length
					: isGzipTwin() ? existing().bytes().length : super.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			Optional<Content> content = content();
			return content.isPresent() ? content.get().lastModified()
					: isGzipTwin() ? existing().lastModified() : super.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) {
			String path = StringUtils.applyRelativePath(getPath(), relativePath);
			return new InMemory(this.files, path, getClassLoader());
		}

		@Override
		public String getDescription() {
			return "static file [" + getPath() + "] (kept in memory)";
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof InMemory that && getPath().equals(that.getPath());
		}

		@Override
		public int hashCode() {
			return getPath().hashCode();
		}

	}

}
