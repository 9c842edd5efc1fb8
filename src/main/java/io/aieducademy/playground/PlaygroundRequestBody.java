package io.aieducademy.playground;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses training requests over {@code aieducademy.playground.max-body-size} without
 * buffering them, whether or not they declare their length.
 */
@ControllerAdvice(basePackageClasses = PlaygroundController.class)
class PlaygroundRequestBody extends RequestBodyAdviceAdapter {

	private final long limit;

	/**
	 * Reads the one property it needs rather than {@link PlaygroundProperties}, because
	 * every MVC test slice loads controller advice, including those without this feature.
	 */
	PlaygroundRequestBody(@Value("${aieducademy.playground.max-body-size:256KB}") DataSize maxBodySize) {
		this.limit = maxBodySize.toBytes();
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
		InputStream body = new Limited(message.getBody(), this.limit);
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

	private static final class Limited extends FilterInputStream {

		private final long limit;

		private long count;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			this.count += n;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

	}

	/** The body is over the limit. */
	static class BodyTooLargeException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final long limit;

		BodyTooLargeException(long limit) {
			super("Request body over " + limit + " bytes", null, false, false);
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

}
