package io.aieducademy.abuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket, from a chosen loopback address, so that a
 * test can play several clients on one machine (127.0.0.2, 127.0.0.3, ...).
 */
final class RawHttp {

	private RawHttp() {
	}

	/** A response: its status, its head (lower case) and its body as text. */
	record Response(int status, String head, String body) {

		boolean hasHeader(String text) {
			return this.head.contains(text.toLowerCase(Locale.ROOT));
		}

	}

	static Response exchange(String from, int port, String method, String path, String headers, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
					+ headers + ((bytes.length > 0) ? "Content-Length: " + bytes.length + "\r\n" : "") + "\r\n";
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			String text = response.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			if (text.length() < 12 || end < 0) {
				throw new IOException("No HTTP response: " + text);
			}
			return new Response(Integer.parseInt(text.substring(9, 12)),
					text.substring(0, end).toLowerCase(Locale.ROOT), text.substring(end + 4));
		}
	}

}
