package io.aieducademy.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only JSON and form bodies in, and only up to
 * {@code aieducademy.requests.max-body-size}, at every address. Anything else is refused
 * before a byte of the body is read (so {@code Expect: 100-continue} gets its 413 or 415
 * at once); the error page or problem comes from {@link SiteErrorController}. A body
 * without a declared length is counted as it is read and cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyFilter extends OncePerRequestFilter {

	/** Request attribute that holds the limit, for the 413's sentence. */
	static final String LIMIT_ATTRIBUTE = RequestBodyFilter.class.getName() + ".limit";

	private final long limit;

	RequestBodyFilter(RequestProperties properties) {
		this.limit = properties.maxBodySize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader("Transfer-Encoding") != null;
		if (length <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(LIMIT_ATTRIBUTE, this.limit);
		if (!acceptable(request.getContentType())) {
			ErrorResponses.refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), this.limit);
			return;
		}
		if (length > this.limit) {
			ErrorResponses.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE.value(), this.limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.limit), response);
	}

	/** JSON (including problem and other {@code +json} types) and URL-encoded forms. */
	static boolean acceptable(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))
				|| type.equals("application/x-www-form-urlencoded");
	}

	/** A request whose body stream fails once more than the limit has been read. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable LimitedStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long remaining;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.remaining + 1));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws IOException {
			this.remaining -= n;
			if (this.remaining < 0) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

	/** A body without a declared length went past the limit while it was read. */
	public static class BodyTooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes");
		}

	}

}
