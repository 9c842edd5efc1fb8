package io.aieducademy.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content tags without a server: how {@code If-None-Match} is read, that a tag is
 * computed from the first answer and then reused without running the controller, and that
 * a client that already holds the tag (from before a restart) gets 304 at once.
 */
class ApiCachingFilterTests {

	private static final byte[] BODY = "[{\"slug\":\"ai-sprouts\"}]".getBytes(StandardCharsets.UTF_8);

	private static final String TAG = ApiCaching.strongTag(BODY);

	private final AtomicInteger handled = new AtomicInteger();

	private final ApiCaching filter = new ApiCaching(new ApiCors(new ApiCorsProperties(List.of(), Duration.ZERO)));

	private final FilterChain controller = (request, response) -> {
		this.handled.incrementAndGet();
		response.setContentType("application/json");
		response.getOutputStream().write(BODY);
	};

	@Test
	void readsIfNoneMatchAsRfc9110Says() {
		assertThat(ApiCaching.matches(TAG, TAG)).isTrue();
		assertThat(ApiCaching.matches("W/" + TAG, TAG)).as("weak comparison").isTrue();
		assertThat(ApiCaching.matches("\"a,b\", \"c\" ,\t" + TAG, TAG)).as("a list, a comma inside a tag").isTrue();
		assertThat(ApiCaching.matches("*", TAG)).isTrue();
		assertThat(ApiCaching.matches("\"a\", *", TAG)).isTrue();
		assertThat(ApiCaching.matches("\"a\", W/\"b\"", TAG)).isFalse();
		assertThat(ApiCaching.matches(TAG.substring(0, TAG.length() - 2) + "\"", TAG)).as("a prefix").isFalse();
		assertThat(ApiCaching.matches("\"" + TAG + "\"", TAG)).isFalse();
		assertThat(ApiCaching.matches("bogus, " + TAG, TAG)).as("malformed from the start").isFalse();
		assertThat(ApiCaching.matches("\"unterminated, " + TAG, TAG)).isFalse();
		assertThat(ApiCaching.matches("", TAG)).isFalse();
	}

	@Test
	void aClientThatHoldsTheTagGets304EvenOnTheFirstRequest() throws Exception {
		MockHttpServletResponse response = get(TAG);

		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getHeader("ETag")).isEqualTo(TAG);
		assertThat(this.handled).hasValue(1);
	}

	@Test
	void theTagIsComputedOnceAndAMatchIsAnsweredWithoutTheController() throws Exception {
		MockHttpServletResponse first = get(null);
		MockHttpServletResponse second = get("\"other\"");
		MockHttpServletResponse third = get(TAG);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentAsByteArray()).isEqualTo(BODY);
		assertThat(first.getHeader("ETag")).isEqualTo(TAG);
		assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(second.getContentAsByteArray()).isEqualTo(BODY);
		assertThat(second.getHeader("ETag")).isEqualTo(TAG);
		assertThat(third.getStatus()).isEqualTo(304);
		assertThat(this.handled).as("the 304 ran no controller").hasValue(2);
	}

	@Test
	void onlyTheContentIsPublic() throws Exception {
		for (String path : new String[] { "/api/progress", "/api/lessons/backpropagation/completion", "/api/nope" }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.filter.doFilter(new MockHttpServletRequest("GET", path), response, this.controller);
			assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("private, no-store");
			assertThat(response.getHeader("ETag")).isNull();
		}
		assertThat(ApiCaching.isContent("/api/lessons/backpropagation")).isTrue();
		assertThat(ApiCaching.isContent("/api/lessons/backpropagation/completion")).isFalse();
		assertThat(ApiCaching.isEvaluation("/api/autograd")).isTrue();
		assertThat(ApiCaching.isEvaluation("/api/autograd/operations")).isFalse();
	}

	private MockHttpServletResponse get(String ifNoneMatch) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/programs");
		if (ifNoneMatch != null) {
			request.addHeader("If-None-Match", ifNoneMatch);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.controller);
		return response;
	}

}
