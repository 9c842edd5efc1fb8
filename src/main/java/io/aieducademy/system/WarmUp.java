package io.aieducademy.system;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Sends the site the requests its first learners send (every lesson page, the home page,
 * the lesson's worked example through {@code POST /api/autograd}) before it reports
 * itself ready. Spring Boot reports readiness only once this has run, so the first
 * learner does not wait while the templates are parsed and the code on their path is
 * loaded and compiled. The requests go to the site's own port, through every filter, as a
 * learner's would; a failed or slow warm-up is logged, gives up after a minute, and never
 * stops the site.
 */
@Component
class WarmUp implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(WarmUp.class);

	private static final String AUTOGRAD = "api/autograd";

	/**
	 * The Backpropagation lesson's worked example, L = (w·x − y)², without and with its
	 * graph.
	 */
	private static final List<String> PROGRAMS = List.of(
			"{\"expression\":\"L = (w*x - y)^2\",\"values\":{\"w\":2,\"x\":3,\"y\":10},\"graph\":false}",
			"{\"expression\":\"L = (w*x - y)^2\",\"values\":{\"w\":2,\"x\":3,\"y\":10},\"graph\":true}");

	private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

	private final ApplicationContext context;

	private final Catalogue catalogue;

	private final WarmUpProperties properties;

	private final AtomicInteger answered = new AtomicInteger();

	WarmUp(ApplicationContext context, Catalogue catalogue, WarmUpProperties properties) {
		this.context = context;
		this.catalogue = catalogue;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		URI site = site();
		if (site == null || this.properties.rounds() == 0) {
			return;
		}
		long started = System.nanoTime();
		long deadline = started + TIME_LIMIT.toNanos();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(TIME_LIMIT)
			.build();
		try {
			for (int round = 0; round < this.properties.rounds(); round++) {
				for (String path : paths()) {
					Duration left = Duration.ofNanos(deadline - System.nanoTime());
					if (left.isNegative() || left.isZero()) {
						logger.warn("The warm-up stopped after " + TIME_LIMIT.toSeconds() + " s, with "
								+ this.answered.get() + " requests answered");
						return;
					}
					HttpResponse<Void> response = client.send(request(site, path, left),
							HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() != 200) {
						logger.warn("The warm-up request /" + path + " was answered " + response.statusCode());
						return;
					}
					this.answered.incrementAndGet();
				}
			}
			logger.info("Warmed up with " + this.answered.get() + " requests in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		}
		catch (IOException ex) {
			logger.warn("The warm-up failed after " + this.answered.get()
					+ " answered requests; the first learners may wait longer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** How many warm-up requests the site has answered with 200. */
	int answered() {
		return this.answered.get();
	}

	/**
	 * Every lesson page, the home page, then the worked example without and with its
	 * graph.
	 */
	private List<String> paths() {
		List<String> paths = new ArrayList<>();
		for (Lesson lesson : this.catalogue.lessons().values()) {
			paths.add("programs/" + lesson.programSlug() + "/lessons/" + lesson.slug());
		}
		paths.add("");
		for (int i = 0; i < PROGRAMS.size(); i++) {
			paths.add(AUTOGRAD);
		}
		return paths;
	}

	private HttpRequest request(URI site, String path, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(path)).timeout(timeout);
		if (!AUTOGRAD.equals(path)) {
			return request.GET().build();
		}
		String program = PROGRAMS.get(this.answered.get() % PROGRAMS.size());
		return request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(program))
			.build();
	}

	/**
	 * The site's own address, or null when it runs without a server (as in some tests).
	 */
	private @Nullable URI site() {
		if (!(this.context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return null;
		}
		int port = web.getWebServer().getPort();
		if (port <= 0) {
			return null;
		}
		String address = this.context.getEnvironment().getProperty("server.address");
		String host = InetAddress.getLoopbackAddress().getHostAddress();
		if (address != null && !address.isBlank() && !"0.0.0.0".equals(address) && !"::".equals(address)) {
			host = address;
		}
		String path = this.context.getEnvironment().getProperty("server.servlet.context-path", "");
		return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path + "/");
	}

}
