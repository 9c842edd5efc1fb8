package io.aieducademy.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems that no controller of ours writes speak in the bundle's words: a format
 * the client will not accept (Spring MVC's own 406, through its {@code problemDetail.*}
 * message codes), and a body type no API reads (the request filter's 415), title
 * included, not in the framework's English reason phrases.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkProblemWordsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anAnswerFormatTheApiCannotWriteIsA406InTheBundlesWords() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/api/autograd")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.valueOf("text/csv"))
			.content("{\"expression\": \"L = 1\"}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(result.getResponse().getContentAsString())
			.contains("The answer cannot be given in the format asked for")
			.doesNotContain("Acceptable representations");
	}

	@Test
	void aBodyTypeTheApiDoesNotReadIsA415InTheBundlesWordsTitleIncluded() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/autograd")
			.contentType(MediaType.TEXT_PLAIN)
			.content("L = 1")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(result).bodyJson()
			.extractingPath("$.title")
			.asString()
			.isEqualTo("The body's type is not accepted here");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.isEqualTo("Only JSON (application/json) and form (application/x-www-form-urlencoded) bodies are "
					+ "accepted.");
	}

}
