package io.aieducademy.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.aieducademy.support.FormToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, and whoever refuses it (Tomcat, a filter, Spring MVC), the
 * answer is a problem under {@code /api} and the site's error page elsewhere, with the
 * security headers. Requests go over a raw socket, because HTTP clients refuse to send
 * most of these mistakes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneErrorFormatTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/nonexistent", "/api/autograd", "/api/quick-checks/x/answers", "/" })
	void multipartIsRefusedWith415BeforeTheBodyIsRead(String path) throws IOException {
		String body = "--XyZ\r\n\r\n1\r\n--XyZ--";
		String response = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);

		assertThat(status(response)).isEqualTo(415);
		assertFormat(path, response);
	}

	@Test
	void yamlBodiesAreRefused() throws IOException {
		String body = "expression: x\nvalues: {x: 1}\n";
		String response = send("POST /api/autograd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\n"
				+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);

		assertThat(status(response)).isEqualTo(415);
		assertFormat("/api/autograd", response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/quick-checks/x/answers", "/api/playground/train" })
	void apiBodyOverTheLimitIs413AtOnceEvenWithExpectContinue(String path) throws IOException {
		Instant start = Instant.now();
		// only the headers are sent: the server must answer without waiting for the
		// 100 MB it was promised
		String response = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 100000000\r\nExpect: 100-continue\r\n\r\n");

		assertThat(status(response)).isEqualTo(413);
		assertFormat("/api/", response);
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/a%2fb", "/a%2fb", "/api/x%00y", "/x%00y", "/api/%c3%28", "/%c3%28" })
	void badUrlEncodingsGetTheSiteFormat(String path) throws IOException {
		String response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(status(response)).isEqualTo(400);
		assertFormat(path, response);
	}

	@Test
	void oversizedHeadersAndUrlsGetTheSiteFormat() throws IOException {
		// over server.max-http-request-header-size (64KB, for the playground's links to
		// the
		// lab)
		String cookie = send("GET /api/progress HTTP/1.1\r\nHost: localhost\r\nCookie: a=" + "a".repeat(70_000)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(status(cookie)).isBetween(400, 431);
		assertFormat("/api/progress", cookie);

		// Tomcat cannot read a request line this long, so it has no address to choose a
		// format by: an empty answer with the security headers
		String url = send("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(status(url)).isBetween(400, 431);
		assertThat(url.toLowerCase()).contains("content-security-policy: default-src 'self'")
			.doesNotContain("http status", "tomcat");
	}

	@Test
	void badFramingGetsTheSiteFormat() throws IOException {
		String length = send("POST /api/autograd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: abc\r\nConnection: close\r\n\r\n{}");
		assertThat(status(length)).isEqualTo(400);
		assertFormat("/api/", length);

		String chunk = send("POST /api/autograd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
		assertThat(status(chunk)).isEqualTo(400);
		assertFormat("/api/", chunk);
	}

	@Test
	void traceIsA405ProblemAndErrorAskedForDirectlyIsA404() throws IOException {
		String trace = send("TRACE /api/autograd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(status(trace)).isEqualTo(405);
		assertFormat("/api/", trace);

		String error = send("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(status(error)).isEqualTo(404);
		assertFormat("/error", error);
	}

	@Test
	void forwardedHeadersFromAnUntrustedClientAreIgnored() throws IOException, InterruptedException {
		FormToken token = FormToken.from("http://localhost:" + this.port);
		String body = "a=1&" + token.field();
		String response = send("POST /programs/ai-sprouts/lessons/backpropagation/completion HTTP/1.1\r\n"
				+ "Host: localhost\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 10.1.2.3\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: "
				+ token.cookie() + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);

		assertThat(status(response)).as("the completion form redirects back to the lesson").isEqualTo(302);
		assertThat(response).doesNotContainIgnoringCase("evil.example").doesNotContain("https://");
	}

	@Test
	void infoShowsTheBuildVersionButNotTheJvm() throws IOException {
		String response = send("GET /actuator/info HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(status(response)).isEqualTo(200);
		assertThat(response).doesNotContain("\"jvm\"", "\"java\"", "Runtime");
	}

	private static void assertFormat(String path, String response) {
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(head).contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff");
		assertThat(body).doesNotContain("\"timestamp\"", "HTTP Status", "Tomcat", "Exception");
		if (path.startsWith("/api/")) {
			assertThat(head).contains("content-type: application/problem+json");
			assertThat(body).contains("\"status\":", "\"detail\":");
		}
		else {
			assertThat(head).contains("content-type: text/html");
			assertThat(body).contains("class=\"error-page\"");
		}
	}

	private static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					response.write(buffer, 0, n);
					if (isComplete(response.toString(StandardCharsets.UTF_8))) {
						break;
					}
				}
			}
			catch (IOException ex) {
				// the server may close the connection as soon as it has answered
			}
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	/** Answers to requests that promised a body may come before the connection closes. */
	private static boolean isComplete(String response) {
		int end = response.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = response.substring(0, end).toLowerCase();
		int at = head.indexOf("content-length: ");
		if (at < 0) {
			return response.endsWith("0\r\n\r\n");
		}
		int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
		return response.length() - end - 4 >= length;
	}

}
