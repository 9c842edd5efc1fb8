package io.aieducademy.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bulkhead around the work of a request: at most
 * {@code aieducademy.requests.max-concurrent} requests run the application's code at
 * once, and the others wait their turn (first come, first served) for up to
 * {@code aieducademy.requests.admission-timeout}, then get 503 with {@code Retry-After}.
 * <p>
 * Why: on a machine with few cores, every request in progress is a runnable thread, and
 * the scheduler shares the cores equally between them. With 64 busy connections a health
 * probe that needs a few milliseconds of CPU waited hundreds of milliseconds for its
 * turn. Health probes ({@code /actuator/health}) do not pass through the bulkhead, so
 * they only ever compete with a handful of threads.
 * <p>
 * A permit is held only while the request computes, never while it waits for a client:
 * <ul>
 * <li>the request body (bounded by {@link RequestBodyFilter}) is read in full before a
 * permit is taken, so a client that sends its body slowly holds no permit;</li>
 * <li>the response is buffered ({@code response-buffer}) and the permit is given back
 * before anything goes out to the client: when the response is flushed, or before it
 * would overflow the buffer. A client that reads slowly, or not at all, holds no
 * permit.</li>
 * <li>a response larger than the buffer takes its turn again, in the same queue, before
 * it writes more into the emptied buffer: writing a long answer (an 11 MB graph is tens
 * of milliseconds of CPU) is work like any other, and without its turn a few of them at
 * once took the cores from health probes.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class RequestBulkhead extends OncePerRequestFilter {

	private static final String HEALTH = "/actuator/health";

	private final Semaphore permits;

	private final long timeoutNanos;

	private final int responseBuffer;

	private final long bodyLimit;

	RequestBulkhead(RequestProperties properties) {
		this.permits = new Semaphore(properties.concurrency(), true);
		this.timeoutNanos = properties.admissionTimeout().toNanos();
		this.responseBuffer = (int) Math.min(Integer.MAX_VALUE, properties.responseBuffer().toBytes());
		this.bodyLimit = properties.maxBodySize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest read = readBody(request);
		Permit permit = new Permit(this.permits, this.timeoutNanos);
		if (!permit.take()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			ErrorResponses.refuse(read, response, HttpStatus.SERVICE_UNAVAILABLE.value(), this.bodyLimit);
			return;
		}
		try {
			if (!response.isCommitted() && response.getBufferSize() < this.responseBuffer) {
				response.setBufferSize(this.responseBuffer);
			}
			chain.doFilter(read, new ReleasingResponse(response, permit, response.getBufferSize()));
		}
		finally {
			permit.release();
		}
	}

	/** How many permits are free now: for tests. */
	int available() {
		return this.permits.availablePermits();
	}

	/**
	 * Reads the body, if there is one, before the request takes a permit: a form's
	 * parameters are parsed (by the container, which keeps them), any other body (JSON,
	 * the only other kind {@link RequestBodyFilter} lets in) is kept in memory. A failure
	 * to read it (too large, or the client stalled) is kept too, and thrown where the
	 * application reads the body, as it would have been without this filter.
	 */
	private static HttpServletRequest readBody(HttpServletRequest request) {
		if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
			return request;
		}
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			request.getParameterMap();
			return request;
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		IOException failure = null;
		try {
			request.getInputStream().transferTo(body);
		}
		catch (IOException ex) {
			failure = ex;
		}
		return new ReadRequest(request, body.toByteArray(), failure);
	}

	/**
	 * A request's turn: taken in the queue before the request runs, given back once
	 * however many times it is released, and taken again when the request has more to
	 * compute. If it does not come again within the admission timeout, the request goes
	 * on without one and does not wait again: its answer has started, and finishing it is
	 * better than cutting it off or waiting a timeout per write.
	 */
	static final class Permit {

		private final Semaphore permits;

		private final long timeoutNanos;

		private final AtomicBoolean held = new AtomicBoolean();

		private boolean givenUp;

		Permit(Semaphore permits, long timeoutNanos) {
			this.permits = permits;
			this.timeoutNanos = timeoutNanos;
		}

		/**
		 * Waits for the turn unless it is held or was given up; whether it is held now.
		 */
		boolean take() {
			if (this.held.get() || this.givenUp) {
				return this.held.get();
			}
			try {
				if (this.permits.tryAcquire(this.timeoutNanos, TimeUnit.NANOSECONDS)) {
					this.held.set(true);
					return true;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.givenUp = true;
			return false;
		}

		void release() {
			if (this.held.compareAndSet(true, false)) {
				this.permits.release();
			}
		}

	}

	/** A request whose body has been read already. */
	private static final class ReadRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		private final @Nullable IOException failure;

		private @Nullable ServletInputStream stream;

		ReadRequest(HttpServletRequest request, byte[] body, @Nullable IOException failure) {
			super(request);
			this.body = body;
			this.failure = failure;
		}

		@Override
		public ServletInputStream getInputStream() {
			if (this.stream == null) {
				this.stream = new ReadBody(this.body, this.failure);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class ReadBody extends ServletInputStream {

		private final ByteArrayInputStream in;

		private final @Nullable IOException failure;

		ReadBody(byte[] body, @Nullable IOException failure) {
			this.in = new ByteArrayInputStream(body);
			this.failure = failure;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b < 0 && this.failure != null) {
				throw this.failure;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n < 0 && this.failure != null) {
				throw this.failure;
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0 && this.failure == null;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("The body has been read already");
		}

	}

	/**
	 * A response that gives the permit back before anything reaches the client (on a
	 * flush, or before what has been written would overflow the container's buffer), and
	 * takes it again before it writes into the emptied buffer. A character counts as
	 * three bytes (the most UTF-8 needs for most characters), so that the buffer cannot
	 * overflow first.
	 */
	static final class ReleasingResponse extends HttpServletResponseWrapper {

		private final Permit permit;

		private final long bufferBytes;

		/**
		 * What the container's buffer may hold now, counted as {@link #fits} admits it.
		 */
		private long buffered;

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		ReleasingResponse(HttpServletResponse response, Permit permit, int bufferBytes) {
			super(response);
			this.permit = permit;
			this.bufferBytes = bufferBytes;
		}

		/**
		 * Whether {@code bytes} more stay in the buffer: then they are written with the
		 * permit, taken again if need be. If not, the permit is given back, and the
		 * caller writes them and {@link #sent flushes} the buffer without it.
		 */
		private boolean fits(long bytes) {
			if (this.buffered + bytes <= this.bufferBytes) {
				this.permit.take();
				this.buffered += bytes;
				return true;
			}
			this.permit.release();
			return false;
		}

		private void sent() {
			this.buffered = 0;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new ReleasingStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(new ReleasingWriter(super.getWriter()));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			this.permit.release();
			super.flushBuffer();
			sent();
		}

		private final class ReleasingStream extends ServletOutputStream {

			private final ServletOutputStream out;

			ReleasingStream(ServletOutputStream out) {
				this.out = out;
			}

			@Override
			public void write(int b) throws IOException {
				boolean fits = fits(1);
				this.out.write(b);
				if (!fits) {
					flush();
				}
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				boolean fits = fits(length);
				this.out.write(bytes, offset, length);
				if (!fits) {
					flush();
				}
			}

			@Override
			public void flush() throws IOException {
				ReleasingResponse.this.permit.release();
				this.out.flush();
				sent();
			}

			@Override
			public void close() throws IOException {
				ReleasingResponse.this.permit.release();
				this.out.close();
			}

			@Override
			public boolean isReady() {
				return this.out.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.out.setWriteListener(listener);
			}

		}

		private final class ReleasingWriter extends Writer {

			private final PrintWriter out;

			ReleasingWriter(PrintWriter out) {
				this.out = out;
			}

			@Override
			public void write(char[] chars, int offset, int length) {
				boolean fits = fits(3L * length);
				this.out.write(chars, offset, length);
				if (!fits) {
					flush();
				}
			}

			@Override
			public void write(String text, int offset, int length) {
				boolean fits = fits(3L * length);
				this.out.write(text, offset, length);
				if (!fits) {
					flush();
				}
			}

			@Override
			public void write(int c) {
				boolean fits = fits(3);
				this.out.write(c);
				if (!fits) {
					flush();
				}
			}

			@Override
			public void flush() {
				ReleasingResponse.this.permit.release();
				this.out.flush();
				sent();
			}

			@Override
			public void close() {
				ReleasingResponse.this.permit.release();
				this.out.close();
			}

		}

	}

}
