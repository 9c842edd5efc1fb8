package io.aieducademy.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document that the application serves: complete (every operation documents
 * its problems, with the schema and an example each) and the same as the committed copy,
 * docs/openapi.json, from which the Java client of the tests and the site's script types
 * are generated. {@code scripts/update-openapi.sh} rewrites the copy (this test with
 * {@code -Dopenapi.update=true}) and the types.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OpenApiDocumentTests {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Set<String> PROBLEM_SCHEMAS = Set.of("Problem", "ProgramProblem", "BodyTooLargeProblem",
			"TrainingProblem", "OpenQuickChecksProblem");

	@Autowired
	private RestTestClient client;

	@Autowired
	private BuildProperties build;

	private String served() {
		String body = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	@Test
	void servedDocumentIsTheCommittedOne() throws IOException {
		String served = served();
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(COMMITTED, served.strip() + "\n", StandardCharsets.UTF_8);
			return;
		}
		assertThat(COMMITTED).as("the committed OpenAPI document").exists();
		JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		if (!committed.equals(json.readTree(served))) {
			fail("docs/openapi.json differs from the document the application serves at /v3/api-docs. If the API "
					+ "changed on purpose, run scripts/update-openapi.sh (it rewrites docs/openapi.json and the "
					+ "script types generated from it), check the difference and commit both.");
		}
	}

	private static final List<String> UNLIMITED = List.of("post /api/tokeniser", "post /api/next-word");

	@Test
	void everyOperationDocumentsItsProblemsWithSchemaAndExample() {
		JsonNode document = json.readTree(served());
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				String name = method.getKey() + " " + path.getKey();
				operations.add(name);
				JsonNode responses = method.getValue().get("responses");
				assertThat(responses.propertyNames()).as(name).contains("406").anyMatch((code) -> code.startsWith("2"));
				if (method.getKey().equals("post")) {
					assertThat(responses.propertyNames()).as(name).contains("403", "413", "415");
					// the language demos are bounded by their text's length, not by a
					// rate
					if (!UNLIMITED.contains(name)) {
						assertThat(responses.propertyNames()).as(name).contains("429");
					}
				}
				if (path.getKey().contains("{")) {
					assertThat(responses.propertyNames()).as(name).contains("404");
				}
				for (Map.Entry<String, JsonNode> response : responses.properties()) {
					if (response.getKey().equals("204")) {
						// No Content: done, and nothing to read
						assertThat(response.getValue().has("content")).as(name + " 204").isFalse();
						continue;
					}
					if (response.getKey().startsWith("2")) {
						assertThat(response.getValue().get("content").has("application/json")).as(name).isTrue();
						continue;
					}
					if (response.getKey().equals("304")) {
						// Not Modified: the client's copy is still good, and no body
						// comes
						assertThat(response.getValue().has("content")).as(name + " 304").isFalse();
						continue;
					}
					JsonNode problem = response.getValue().get("content").get("application/problem+json");
					assertThat(problem).as(name + " " + response.getKey()).isNotNull();
					String schema = problem.get("schema").get("$ref").asString();
					assertThat(schema.substring(schema.lastIndexOf('/') + 1)).isIn(PROBLEM_SCHEMAS);
					JsonNode example = problem.get("examples").values().iterator().next().get("value");
					assertThat(example.get("status").asInt()).as(name).isEqualTo(Integer.parseInt(response.getKey()));
					assertThat(example.get("detail").asString()).isNotBlank();
					if (response.getKey().equals("429")) {
						assertThat(response.getValue().get("headers").has("Retry-After")).as(name).isTrue();
					}
				}
			}
		}
		assertThat(operations).contains("post /api/autograd", "post /api/lessons/{slug}/completion",
				"get /api/programs");
		JsonNode completion = document.get("paths").get("/api/lessons/{slug}/completion").get("post");
		assertThat(completion.get("responses").get("409").toString()).contains("OpenQuickChecksProblem",
				"openQuickChecks");
		assertThat(document.get("components").get("schemas").get("ProgramProblem").get("properties").propertyNames())
			.contains("line", "column", "excerpt", "kind");
		assertThat(
				document.get("components").has("schemas") && !document.get("components").get("schemas").has("Learner"))
			.as("the learner is the cookie, not a parameter")
			.isTrue();
	}

	@Test
	void documentNamesVersionLicenceServerAndSecuritySchemes() {
		JsonNode document = json.readTree(served());
		assertThat(document.get("info").get("version").asString()).isEqualTo(this.build.getVersion());
		assertThat(document.get("info").get("license").get("identifier").asString()).isEqualTo("MIT");
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
		JsonNode schemes = document.get("components").get("securitySchemes");
		assertThat(schemes.get("learnerCookie").get("in").asString()).isEqualTo("cookie");
		assertThat(schemes.get("learnerCookie").get("name").asString()).isEqualTo("aie_learner");
		assertThat(schemes.get("bearerToken").get("scheme").asString()).isEqualTo("bearer");
	}

}
