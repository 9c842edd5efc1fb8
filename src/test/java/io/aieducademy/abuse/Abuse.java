package io.aieducademy.abuse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aieducademy.support.AppProcess;

/** What the abuse runs share: the application as the container runs it, and probes. */
final class Abuse {

	/** The container's heap. */
	static final List<String> CONTAINER_JVM = List.of("-Xmx576m", "-XX:+ExitOnOutOfMemoryError");

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private Abuse() {
	}

	/** How long each traffic phase lasts: {@code -Dabuse.seconds}, 60 by default. */
	static int seconds(int fullRun) {
		String set = System.getProperty("abuse.seconds");
		return (set == null || set.isBlank()) ? fullRun : Math.min(fullRun, Integer.parseInt(set));
	}

	/**
	 * Starts the application on a data folder inside {@code dir}. Extra arguments in
	 * {@code -Dabuse.app-args} (separated by spaces) go last, so that a run can switch a
	 * protection off and show the failure it prevents.
	 */
	static AppProcess start(Path dir, String... arguments) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>();
		all.add("--aieducademy.data-dir=" + dir.resolve("data"));
		// the test classpath's settings (an in-memory database, limits raised for the
		// other tests) are put back to those of a real installation
		all.add("--spring.datasource.url=" + AppProcess.installedDatabaseUrl(dir.resolve("data")));
		all.add("--aieducademy.quiz.learner-burst=30");
		all.add("--aieducademy.quiz.address-burst=60");
		all.add("--aieducademy.autograd.client-share=250ms");
		all.add("--aieducademy.autograd.client-burst=2s");
		all.addAll(List.of(arguments));
		String extra = System.getProperty("abuse.app-args", "");
		if (!extra.isBlank()) {
			all.addAll(List.of(extra.trim().split("\\s+")));
		}
		return AppProcess.start(CONTAINER_JVM, dir.resolve("app.log"), all.toArray(String[]::new));
	}

	/** The heap in use after a full collection, in MB, read with {@code jcmd}. */
	static long heapAfterGcMb(AppProcess app) throws IOException, InterruptedException {
		jcmd(app, "GC.run");
		String info = jcmd(app, "GC.heap_info");
		Matcher matcher = HEAP_USED.matcher(info);
		if (!matcher.find()) {
			throw new IllegalStateException("jcmd GC.heap_info said: " + info);
		}
		return Long.parseLong(matcher.group(1)) / 1024;
	}

	private static String jcmd(AppProcess app, String command) throws IOException, InterruptedException {
		// the JDK's own jcmd, beside the java that runs the tests, whatever the PATH
		// holds
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process process = new ProcessBuilder(jcmd, Long.toString(app.pid()), command).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	/** How long health took to answer 200, or a very long time if it did not. */
	static Duration healthTime(HttpClient client, AppProcess app) {
		long start = System.nanoTime();
		try {
			HttpResponse<Void> response = client
				.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				return Duration.ofDays(1);
			}
		}
		catch (IOException ex) {
			return Duration.ofDays(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Duration.ofDays(1);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Health times of the idle server, taken just before an attack: the reference in the
	 * same run, on the same shared machine, that the times under attack are compared
	 * with.
	 */
	static List<Duration> idleHealthTimes(HttpClient client, AppProcess app) throws InterruptedException {
		List<Duration> times = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			times.add(healthTime(client, app));
			Thread.sleep(100);
		}
		return times;
	}

	/** The given percentile (1 to 100) of some durations. */
	static Duration percentile(List<Duration> durations, int percentile) {
		if (durations.isEmpty()) {
			return Duration.ZERO;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	static boolean logMentions(Path dir, String text) throws IOException {
		return Files.readString(dir.resolve("app.log")).contains(text);
	}

	/**
	 * The heaviest valid program for a 64 KB body: {@code log(-x)} is not a number, so
	 * every one of the many additions after it carries a warning too.
	 */
	static String heaviestGraphRequest() {
		StringBuilder program = new StringBuilder("l = log(-x)\\nl");
		while (program.length() < 64 * 1024 - 100) {
			program.append("+l");
		}
		return "{\"expression\":\"" + program + "\",\"values\":{\"x\":1}}";
	}

}
