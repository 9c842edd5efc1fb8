package io.aieducademy.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON posted to an API through MockMvc, and what every API test checks of the answer: a
 * 200 with a JSON body, or an RFC 9457 problem with its status, a title and a sentence
 * that says what was wrong.
 */
public record JsonApi(MockMvcTester mvc) {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Posts {@code body} as JSON to {@code uri}. */
	public MvcTestResult post(String uri, String body) {
		return this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	/** The answer to {@code body}, which must be a 200. */
	public JsonNode ok(String uri, String body) {
		MvcTestResult result = post(uri, body);
		assertThat(result).hasStatusOk();
		return json(result);
	}

	/**
	 * The problem that answers {@code body}: it must have {@code status}, a title, and a
	 * detail containing {@code detail}.
	 */
	public JsonNode problem(String uri, String body, HttpStatus status, String detail) {
		MvcTestResult result = post(uri, body);
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(result);
		assertThat(problem.path("detail").asString()).contains(detail);
		assertThat(problem.path("title").asString()).isNotBlank();
		return problem;
	}

	/** The body of {@code result} as JSON. */
	public static JsonNode json(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

}
