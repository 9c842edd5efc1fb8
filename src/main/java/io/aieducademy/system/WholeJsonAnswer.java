package io.aieducademy.system;

import java.io.IOException;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;

/**
 * An API answer that leaves the server in one piece. Spring's message converters flush
 * the stream once they have written the JSON, which commits the answer before its length
 * is known: Tomcat then sent the headers and the body as one chunk and the final empty
 * chunk as a second write. With the flush held back, the body waits in Tomcat's buffer (8
 * KB, raised by {@link RequestBulkhead} to {@code aieducademy.requests.response-buffer},
 * 129 KB by default) until the request ends, and Tomcat sends it with a
 * {@code Content-Length} in one write. A {@code ResponseEntity} (a problem, a 429) is
 * flushed through {@link #flushBuffer()} instead, which is held back in the same way. An
 * answer larger than the buffer still goes out chunked as it is written.
 */
final class WholeJsonAnswer extends HttpServletResponseWrapper {

	private @Nullable ServletOutputStream stream;

	WholeJsonAnswer(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void flushBuffer() {
		// held back: the container writes the whole answer when the request ends
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		ServletOutputStream stream = this.stream;
		if (stream == null) {
			stream = new FlushHeldBack(super.getOutputStream());
			this.stream = stream;
		}
		return stream;
	}

	private static final class FlushHeldBack extends ServletOutputStream {

		private final ServletOutputStream stream;

		FlushHeldBack(ServletOutputStream stream) {
			this.stream = stream;
		}

		@Override
		public void write(int b) throws IOException {
			this.stream.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.stream.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			// held back: the container writes the whole answer when the request ends
		}

		@Override
		public void close() throws IOException {
			this.stream.close();
		}

		@Override
		public boolean isReady() {
			return this.stream.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.stream.setWriteListener(listener);
		}

	}

}
