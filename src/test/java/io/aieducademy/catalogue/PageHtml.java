package io.aieducademy.catalogue;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's HTML, as the tests that render a page twice compare it. */
final class PageHtml {

	private PageHtml() {
	}

	/**
	 * The page at {@code uri}, for the learner with this cookie or for a visitor; it must
	 * answer 200.
	 */
	static String of(MockMvcTester mvc, String uri, @Nullable Cookie learner) {
		var request = mvc.get().uri(uri);
		if (learner != null) {
			request = request.cookie(learner);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page without its forms' CSRF token, which is new on every render. */
	static String withoutFormToken(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"…\"");
	}

}
