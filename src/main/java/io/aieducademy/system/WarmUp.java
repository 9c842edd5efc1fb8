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
 * loaded and compiled. The requests go to the site's own port on the loopback interface,
 * through every filter, as a learner's would; a failed warm-up is logged and never stops
 * the site.
 */
@Component
class WarmUp implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(WarmUp.class);

	/**
	 * The Backpropagation lesson's worked example, L = (w·x − y)², without and with its
	 * graph.
	 */
	private static final List<String> PROGRAMS = List.of(
			"{\"expression\":\"L = (w*x - y)^2\",\"values\":{\"w\":2,\"x\":3,\"y\":10},\"graph\":false}",
			"{\"expression\":\"L = (w*x - y)^2\",\"values\":{\"w\":2,\"x\":3,\"y\":10},\"graph\":true}");

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContext context;

	private final Catalogue catalogue;

	private final WarmUpProperties properties;

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
		List<HttpRequest> requests = requests(site);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(TIMEOUT)
			.build();
		try {
			for (int round = 0; round < this.properties.rounds(); round++) {
				for (HttpRequest request : requests) {
					client.send(request, HttpResponse.BodyHandlers.discarding());
				}
			}
			logger.info("Warmed up with " + requests.size() * this.properties.rounds() + " requests in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		}
		catch (IOException ex) {
			logger.warn("The warm-up requests failed; the first learners may wait longer: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<HttpRequest> requests(URI site) {
		List<HttpRequest> requests = new ArrayList<>();
		for (Lesson lesson : this.catalogue.lessons().values()) {
			requests.add(get(site.resolve("programs/" + lesson.programSlug() + "/lessons/" + lesson.slug())));
		}
		requests.add(get(site));
		for (String program : PROGRAMS) {
			requests.add(HttpRequest.newBuilder(site.resolve("api/autograd"))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(program))
				.build());
		}
		return requests;
	}

	private static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
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
