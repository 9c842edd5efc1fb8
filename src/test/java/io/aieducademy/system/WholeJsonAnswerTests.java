package io.aieducademy.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's JSON answers leave the server whole, with their length, instead of as a chunk
 * and a separate final chunk; one larger than Tomcat's buffer is still sent as it is
 * written. Read off a plain socket, since only the bytes on the wire show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeJsonAnswerTests {

	private static final String WORKED_EXAMPLE = """
			{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"graph":false}""";

	@LocalServerPort
	private int port;

	@Test
	void aSmallAnswerCarriesItsLengthAndIsNotChunked() throws IOException {
		Answer answer = post(WORKED_EXAMPLE);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("content-type")).isEqualTo("application/json");
		assertThat(answer.header("cache-control")).isEqualTo("no-store");
		assertThat(answer.header("transfer-encoding")).isNull();
		assertThat(answer.header("content-length")).isEqualTo(String.valueOf(answer.body().length));
		assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"output\":{\"name\":\"L\"")
			.endsWith("\"nodeCount\":7}");
	}

	@Test
	void aProblemCarriesItsLengthToo() throws IOException {
		Answer answer = post("{\"expression\":\"L = (w*x - y^2\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
		assertThat(answer.header("transfer-encoding")).isNull();
		assertThat(answer.header("content-length")).isEqualTo(String.valueOf(answer.body().length));
	}

	@Test
	void anAnswerLargerThanTheBufferIsStillSentAsItIsWritten() throws IOException {
		// 4,000 additions with their graph: far more than the response buffer (Tomcat's 8
		// KB, raised by RequestBulkhead to aieducademy.requests.response-buffer, 129 KB)
		Answer answer = post("{\"expression\":\"" + "x + ".repeat(4000) + "x\",\"values\":{\"x\":1}}");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("transfer-encoding")).isEqualTo("chunked");
		assertThat(answer.header("content-length")).isNull();
		assertThat(answer.body().length).isGreaterThan(129 * 1024);
	}

	private Answer post(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/autograd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(in.readAllBytes());
		}
	}

	/** An HTTP/1.1 answer as received: status, header fields, and the body de-chunked. */
	private record Answer(int status, String head, byte[] body) {

		static Answer parse(byte[] bytes) {
			String all = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = all.indexOf("\r\n\r\n");
			String head = all.substring(0, end);
			int status = Integer.parseInt(head.substring(9, 12));
			String rest = all.substring(end + 4);
			Answer answer = new Answer(status, head, rest.getBytes(StandardCharsets.ISO_8859_1));
			if (!"chunked".equals(answer.header("transfer-encoding"))) {
				return answer;
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (true) {
				int line = rest.indexOf("\r\n", at);
				int size = Integer.parseInt(rest.substring(at, line).strip(), 16);
				if (size == 0) {
					break;
				}
				body.writeBytes(rest.substring(line + 2, line + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
				at = line + 2 + size + 2;
			}
			return new Answer(status, head, body.toByteArray());
		}

		/** The value of the one field called {@code name}, or null. */
		@Nullable String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

	}

}
