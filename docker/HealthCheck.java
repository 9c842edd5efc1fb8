import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's HEALTHCHECK: asks the readiness endpoint and exits 0 only on 200. The runtime image has no
 * curl or wget, so this small program, compiled in the build stage, does the job with the JDK's HTTP client.
 */
public final class HealthCheck {

	public static void main(String[] args) throws Exception {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		System.exit(status == 200 ? 0 : 1);
	}

}
