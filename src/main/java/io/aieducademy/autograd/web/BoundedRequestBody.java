package io.aieducademy.autograd.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses request bodies over {@code aieducademy.autograd.max-body-size} without
 * buffering them: a declared {@code Content-Length} over the limit is refused before
 * reading, and a body without one (chunked) is read through a stream that stops at the
 * limit.
 */
@ControllerAdvice(basePackageClasses = AutogradController.class)
class BoundedRequestBody extends RequestBodyAdviceAdapter {

	private final long limit;

	BoundedRequestBody(AutogradProperties properties) {
		this.limit = properties.maxBodySize().toBytes();
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		if (message.getHeaders().getContentLength() > this.limit) {
			throw new BodyTooLargeException(this.limit);
		}
		InputStream body = new LimitedInputStream(message.getBody(), this.limit);
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return body;
			}

			@Override
			public HttpHeaders getHeaders() {
				return message.getHeaders();
			}

		};
	}

	/** Counts bytes and fails as soon as one more than the limit has been read. */
	private static final class LimitedInputStream extends FilterInputStream {

		private final long limit;

		private long remaining;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			// ask for at most one byte past the limit, so that a huge body is never read
			// in one go
			int n = super.read(buffer, offset, (int) Math.min(length, this.remaining + 1));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, this.remaining + 1));
			count(skipped);
			return skipped;
		}

		private void count(long n) {
			this.remaining -= n;
			if (this.remaining < 0) {
				throw new BodyTooLargeException(this.limit);
			}
		}

	}

	/** The request body is larger than allowed. */
	static class BodyTooLargeException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final long limit;

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes", null, false, false);
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

}
