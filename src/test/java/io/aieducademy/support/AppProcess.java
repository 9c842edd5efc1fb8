package io.aieducademy.support;

import io.aieducademy.AiEducademyApplication;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The application as a separate JVM process, so that a test can kill it without warning
 * (SIGKILL) as a crash would, and start it again on the same data.
 */
public final class AppProcess implements AutoCloseable {

	/** 90 s, or {@code -Dapp.start-timeout-seconds} on a machine busy with other work. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("app.start-timeout-seconds", 90));

	private final Process process;

	private final int port;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * The database address of a real installation, with its H2 settings, as
	 * {@code src/main/resources/application.properties} gives it (the test classpath's
	 * file of the same name hides that one), for a data folder.
	 */
	public static String installedDatabaseUrl(Path data) throws IOException {
		Properties installed = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			installed.load(reader);
		}
		String url = installed.getProperty("spring.datasource.url");
		if (url == null || !url.contains("${aieducademy.data-dir}")) {
			throw new IllegalStateException("application.properties has no H2 address in the data folder: " + url);
		}
		return url.replace("${aieducademy.data-dir}", data.toString());
	}

	/** Starts the application with these extra arguments and waits until it is ready. */
	public static AppProcess start(Path log, String... arguments) throws IOException, InterruptedException {
		return start(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), log, arguments);
	}

	/**
	 * Starts the application with these JVM options and extra arguments and waits until
	 * it is ready.
	 */
	public static AppProcess start(List<String> jvmOptions, Path log, String... arguments)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AiEducademyApplication.class.getName());
		command.add("--server.port=" + port);
		command.add("--spring.main.banner-mode=off");
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		AppProcess app = new AppProcess(process, port);
		app.awaitReady(log);
		return app;
	}

	/** The process id, for {@code jcmd}. */
	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Kills the process with SIGKILL: no shutdown hooks, no chance to flush anything. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	private void awaitReady(Path log) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited while starting; see " + log);
			}
			try {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + "; see " + log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
