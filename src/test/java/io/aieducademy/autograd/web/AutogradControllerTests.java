package io.aieducademy.autograd.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.aieducademy.autograd.Autograd;
import io.aieducademy.autograd.ProgramException;
import io.aieducademy.system.StrictJson;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP contract of {@code /api/autograd}: the JSON fields, and a problem for every
 * kind of failure.
 */
@WebMvcTest(controllers = AutogradController.class,
		properties = { "aieducademy.autograd.max-concurrent-evaluations=1", "aieducademy.autograd.max-body-size=1KB",
				"aieducademy.autograd.max-nodes=100", "aieducademy.autograd.retry-after=2s" },
		// Spring Security is there for the HTML forms' tokens (package system); the JSON
		// API takes none
		excludeAutoConfiguration = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class },
		// The site's layout and headers (package system) and the playground's request
		// advice are not part of this API's contract.
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.aieducademy\\.(system|playground)\\..*"))
@EnableConfigurationProperties(AutogradProperties.class)
@Import({ EvaluationSlots.class, StrictJson.class })
class AutogradControllerTests {

	private static final JsonMapper strictJson = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EvaluationSlots slots;

	@Autowired
	private AutogradProperties properties;

	private MvcTestResult post(String body) {
		return this.mvc.post().uri("/api/autograd").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	@Test
	void workedExampleReturnsEveryNodeValueAndGradient() {
		MvcTestResult result = post(AutogradController.WORKED_EXAMPLE);

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{
				  "output": {"name": "L", "value": 16.0, "nodeId": 6},
				  "inputs": [
				    {"name": "w", "value": 2.0, "grad": -24.0, "nodeId": 0},
				    {"name": "x", "value": 3.0, "grad": -16.0, "nodeId": 1},
				    {"name": "y", "value": 10.0, "grad": 8.0, "nodeId": 3}
				  ],
				  "nodes": [
				    {"id": 0, "op": "input", "label": "w", "value": 2.0, "grad": -24.0, "inputs": [],
				     "span": {"line": 1, "column": 6, "length": 1}},
				    {"id": 1, "op": "input", "label": "x", "value": 3.0, "grad": -16.0, "inputs": []},
				    {"id": 2, "op": "mul", "label": "*", "value": 6.0, "grad": -8.0, "inputs": [0, 1]},
				    {"id": 3, "op": "input", "label": "y", "value": 10.0, "grad": 8.0, "inputs": []},
				    {"id": 4, "op": "sub", "label": "-", "value": -4.0, "grad": -8.0, "inputs": [2, 3]},
				    {"id": 5, "op": "const", "label": "2", "value": 2.0, "grad": 0.0, "inputs": [],
				     "requiresGrad": false},
				    {"id": 6, "op": "pow", "label": "^", "value": 16.0, "grad": 1.0, "inputs": [4, 5],
				     "span": {"line": 1, "column": 5, "length": 11}, "variable": "L"}
				  ],
				  "edges": [
				    {"from": 0, "to": 2, "localGrad": 3.0, "contribution": -24.0},
				    {"from": 1, "to": 2, "localGrad": 2.0, "contribution": -16.0},
				    {"from": 2, "to": 4, "localGrad": 1.0, "contribution": -8.0},
				    {"from": 3, "to": 4, "localGrad": -1.0, "contribution": 8.0},
				    {"from": 4, "to": 6, "localGrad": -8.0, "contribution": -8.0},
				    {"from": 5, "to": 6, "localGrad": 0.0, "contribution": 0.0}
				  ],
				  "warnings": [],
				  "nodeCount": 7
				}
				""");
		assertThat(result).bodyJson()
			.extractingPath("$.inputs[0].numericGrad")
			.asNumber()
			.satisfies((numeric) -> assertThat(numeric.doubleValue()).isCloseTo(-24,
					org.assertj.core.api.Assertions.within(1e-6)));
		assertThat(result).bodyJson()
			.extractingPath("$.inputs[0].relativeError")
			.asNumber()
			.satisfies((error) -> assertThat(error.doubleValue()).isLessThan(1e-8));
	}

	@Test
	void onlyTheExpressionIsRequiredAndGradientCheckFieldsAppearOnlyWhenAskedFor() {
		MvcTestResult result = post("{\"expression\": \"a = 3.0; b = a * a\"}");

		assertThat(result).hasStatusOk();
		JsonNode input = json(result).get("inputs").get(0);
		assertThat(input.get("name").asString()).isEqualTo("a");
		assertThat(input.get("grad").asDouble()).isEqualTo(6);
		assertThat(input.has("numericGrad")).isFalse();
		assertThat(input.has("relativeError")).isFalse();
		assertThat(json(result).has("nodes")).isTrue();
	}

	@Test
	void graphFalseLeavesOutNodesAndEdges() {
		MvcTestResult result = post("{\"expression\": \"L = (w*x - y)^2\", \"values\": {\"w\": 2, \"x\": 3, \"y\": 10},"
				+ " \"graph\": false}");

		assertThat(result).hasStatusOk();
		JsonNode body = json(result);
		assertThat(body.has("nodes")).isFalse();
		assertThat(body.has("edges")).isFalse();
		assertThat(body.get("output").get("value").asDouble()).isEqualTo(16);
		assertThat(body.get("inputs")).hasSize(3);
	}

	@Test
	void notFiniteNumbersAreNullWithAWarningAndTheJsonStaysValid() {
		// 1e999 parses to Infinity; 1/0 is Infinity
		MvcTestResult result = post("{\"expression\": \"a = x + 1\\nb = y / 0\\nc = log(x * 0)\\nL = x * 2\","
				+ " \"values\": {\"x\": 1e999, \"y\": 1}, \"gradCheck\": true}");

		assertThat(result).hasStatusOk();
		String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).doesNotContainPattern("[:\\[,]\\s*-?(NaN|Infinity)");
		JsonNode json = strictJson.readTree(body);
		assertThat(json.get("output").get("value").isNull()).isTrue();
		assertThat(json.get("inputs").get(0).get("value").isNull()).isTrue();
		assertThat(json.get("inputs").get(0).has("numericGrad")).isTrue();
		assertThat(json.get("inputs").get(0).get("numericGrad").isNull()).isTrue();
		assertThat(json.get("warnings").toString()).contains("the input was given as Infinity")
			.contains("division by zero")
			.contains("The numerical gradient is NaN");
		for (JsonNode node : json.get("nodes")) {
			if (node.get("value").isNull()) {
				assertThat(json.get("warnings").toString()).contains("\"nodeId\":" + node.get("id").asInt());
			}
		}
		// what a machine reads: which number, and which kind of not finite
		assertThat(json.get("warnings").toString())
			.contains("\"nodeId\":0,\"message\":\"The value is Infinity: the input was given as Infinity.\","
					+ "\"field\":\"value\",\"number\":\"Infinity\",\"from\":null}")
			.contains("\"field\":\"numericGrad\",\"number\":\"NaN\"");
	}

	@Test
	void malformedProgramIsA400ProblemWithLineColumnAndExcerpt() {
		MvcTestResult result = post("{\"expression\": \"a = 1\\nL = a * (b + 2\", \"values\": {\"b\": 1}}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"status": 400, "title": "The program cannot be read", "kind": "syntax",
				 "detail": "This '(' is never closed: a ')' is missing.",
				 "line": 2, "column": 9, "length": 1, "excerpt": "L = a * (b + 2\\n        ^"}
				""");
	}

	@Test
	void unknownNameIsA400ProblemNamingIt() {
		MvcTestResult result = post("{\"expression\": \"L = w * q\", \"values\": {\"w\": 1}}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"kind": "unknown_name", "line": 1, "column": 9, "excerpt": "L = w * q\\n        ^"}
				""");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'q'");
	}

	@Test
	void theApiAndTheJavaApiGiveTheSameSentenceFromTheMessageBundle() {
		for (String[] expected : new String[][] {
				{ "L = max(x)", "'max' takes two arguments, as in max(a, b), but here it has one." },
				{ "L = 2x",
						"'2x' is not a number or a name: a name cannot start with a digit, and a multiplication "
								+ "needs a '*', as in 2*x." },
				{ "L = é", "The character 'é' is not part of the language. Names use only the letters a-z and A-Z, "
						+ "digits and '_'." } }) {
			MvcTestResult result = post(strictJson
				.writeValueAsString(java.util.Map.of("expression", expected[0], "values", java.util.Map.of("x", 1.0))));
			assertThat(result).bodyJson().extractingPath("$.detail").asString().isEqualTo(expected[1]);
			assertThatExceptionOfType(ProgramException.class)
				.isThrownBy(() -> Autograd.evaluate(expected[0], java.util.Map.of("x", 1.0)))
				.withMessage(expected[1]);
		}
	}

	@Test
	void theProgramIsReadFromTheBodyCharacterForCharacter() {
		// the body reader copies the program out of the JSON parser's buffer: escapes,
		// characters of two and four bytes in UTF-8, and a program longer than the
		// parser's first buffer must arrive as the Java API receives them, so the error
		// is
		// found at the same place, with the same excerpt
		String line = "a = a * 1 # caf\u00e9 \ud83d\ude00 \"q\" \\ \t\r\n";
		String program = "a = 1\n" + line.repeat(22) + "L = a + \u00e9";
		String body = strictJson.writeValueAsString(java.util.Map.of("expression", program));
		assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(700, 1024);

		MvcTestResult result = post(body);

		ProgramException expected = org.assertj.core.api.Assertions.catchThrowableOfType(ProgramException.class,
				() -> Autograd.evaluate(program, java.util.Map.of()));
		assertThat(expected.span()).isNotNull();
		assertThat(expected.span().line()).isEqualTo(24);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo(strictJson.writeValueAsString(java.util.Map.of("line", expected.span().line(), "column",
					expected.span().column(), "excerpt", expected.excerpt(), "detail", expected.getMessage())));
	}

	@Test
	void theApiAndTheJavaApiGiveEveryWarningTheSameSentenceFromTheMessageBundle() {
		// an overflow, a log of zero, a square root at 0 (an infinite local derivative
		// and
		// what flows back along its edge), numerical gradients that are not finite and a
		// value never used (a sentence with apostrophes)
		String expression = "a = x * 1e308 * 10\nb = log(y * 0)\nc = sqrt(z)\nL = a + b + c";
		java.util.Map<String, Double> values = java.util.Map.of("x", 1.0, "y", 1.0, "z", 0.0, "spare", 1.0);
		MvcTestResult result = post(strictJson
			.writeValueAsString(java.util.Map.of("expression", expression, "values", values, "gradCheck", true)));
		assertThat(result).hasStatusOk();
		java.util.List<String> api = new java.util.ArrayList<>();
		for (JsonNode warning : strictJson.readTree(result.getResponse().getContentAsByteArray()).get("warnings")) {
			assertThat(warning.propertyNames()).containsExactly("nodeId", "message", "field", "number", "from");
			api.add(warning.get("nodeId").asInt() + " " + warning.get("field").asString() + ": "
					+ warning.get("message").asString());
		}

		java.util.List<String> engine = Autograd
			.evaluate(expression, values, io.aieducademy.autograd.Options.DEFAULT.withGradientCheck(true))
			.warnings()
			.stream()
			.map((warning) -> warning.nodeId() + " " + warning.field() + ": " + warning.message())
			.toList();
		assertThat(api).isEqualTo(engine);
		assertThat(String.join("\n", api)).contains("value: The value is Infinity: overflow, the result is too large")
			.contains("value: The value is -Infinity: the log of zero.")
			.contains("localGrad: Along the edge from node")
			.contains("contribution: Along the edge from node")
			.contains("numericGrad: The numerical gradient is")
			.contains("unused: 'spare' was given a value that the program never uses, so its gradient is 0.")
			.doesNotContain("warning.");
	}

	@Test
	void malformedJsonIsA400Problem() {
		MvcTestResult result = post("{\"expression\": \"L = 1\",");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The request body is not valid JSON");
	}

	@Test
	void wrongTypesAreA400ProblemNamingTheField() {
		MvcTestResult result = post("{\"expression\": \"L = x\", \"values\": {\"x\": \"three\"}}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("\"values.x\"");
	}

	/**
	 * Every {@code curl ... -d '...' | jq .} example in docs/autograd-api.md, posted
	 * here: the answer must be the documented JSON, member for member (jq writes 16.0 as
	 * 16, and numbers compare by value).
	 */
	@Test
	void theDocumentedExamplesAreWhatTheApiAnswers() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("docs/autograd-api.md"));
		int checked = 0;
		for (int i = 0; i < lines.size(); i++) {
			StringBuilder command = new StringBuilder(lines.get(i));
			if (!command.toString().startsWith("$ curl -s localhost:8080/api/autograd ")) {
				continue;
			}
			while (command.toString().endsWith("\\")) {
				command.setLength(command.length() - 1);
				command.append(lines.get(++i).strip());
			}
			Matcher data = Pattern.compile(" -d '([^']*)' \\| jq \\.$").matcher(command);
			if (!data.find()) {
				continue;
			}
			StringBuilder expected = new StringBuilder();
			do {
				expected.append(lines.get(++i)).append('\n');
			}
			while (!lines.get(i).equals("}"));
			assertThat(post(data.group(1))).as(command.toString()).bodyJson().isStrictlyEqualTo(expected.toString());
			checked++;
		}
		assertThat(checked).as("examples checked").isGreaterThanOrEqualTo(5);
	}

	@Test
	void aNumberWhereTextBelongsOrTextWhereANumberBelongsIsA400Problem() {
		for (String body : new String[] { "{\"expression\": 42}",
				"{\"expression\": \"L = x\", \"values\": {\"x\": \"3\"}}",
				"{\"expression\": \"L = 1\", \"gradCheck\": \"true\"}", "{\"expression\": \"L = 1\", \"graph\": 0}" }) {
			assertThat(post(body)).as(body)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.startsWith("A field of the request has the wrong type");
		}
	}

	@Test
	void missingExpressionOrEmptyBodyIsA400Problem() {
		assertThat(post("{\"values\": {\"x\": 1}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("\"expression\"");
		assertThat(post("")).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("null")).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void nullValueOrBadNameInValuesIsA400Problem() {
		assertThat(post("{\"expression\": \"L = 1\", \"values\": {\"x\": null}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo("{\"kind\": \"bad_values\"}");
		assertThat(post("{\"expression\": \"L = 1\", \"values\": {\"2x\": 1}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void bodyOverTheLimitIsA413Problem() {
		String program = "x".repeat(2000);
		MvcTestResult result = post("{\"expression\": \"" + program + "\"}");

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("{\"status\": 413, \"limit\": 1024}");
	}

	@Test
	void nestingBeyondTheLimitIsA422ProblemNotAStackOverflow() {
		MvcTestResult result = post("{\"expression\": \"" + "(".repeat(300) + "1" + ")".repeat(300) + "\"}");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("{\"kind\": \"too_deep\", \"line\": 1, \"column\": 257}");
	}

	@Test
	void programOverTheNodeLimitIsA422Problem() {
		MvcTestResult result = post("{\"expression\": \"x = 1" + ";x*=x".repeat(100) + "\"}");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("{\"kind\": \"too_large\"}");
	}

	@Test
	void bodyThatIsNotJsonIsA415Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/autograd")
			.contentType(MediaType.TEXT_PLAIN)
			.content("L = 1")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unacceptableResponseTypeIsA406Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/autograd")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.content(AutogradController.WORKED_EXAMPLE)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void whenEverySlotIsTakenTheAnswerIs429WithRetryAfter() {
		// the test holds the only slot while it sends the request
		MvcTestResult result = this.slots.run(() -> post(AutogradController.WORKED_EXAMPLE));

		assertThat(result).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "2")
			.hasHeader("RateLimit-Limit", burstMillis())
			.headers()
			.containsHeaders("RateLimit-Remaining", "RateLimit-Reset");
		assertThat(post(AutogradController.WORKED_EXAMPLE)).hasStatusOk();
	}

	@Test
	void everyAnswerCarriesTheClientsShareAsRateLimitFieldsInMilliseconds() {
		// a learner of their own, so that other tests' evaluations do not count
		MvcTestResult served = this.mvc.post()
			.uri("/api/autograd")
			.cookie(new jakarta.servlet.http.Cookie(EvaluationSlots.LEARNER_COOKIE, "rate-limit-fields"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(AutogradController.WORKED_EXAMPLE)
			.exchange();
		MvcTestResult unreadable = this.mvc.post()
			.uri("/api/autograd")
			.cookie(new jakarta.servlet.http.Cookie(EvaluationSlots.LEARNER_COOKIE, "rate-limit-fields"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")
			.exchange();

		assertThat(served).hasStatusOk().hasHeader("RateLimit-Limit", burstMillis());
		long remaining = Long.parseLong(served.getResponse().getHeader("RateLimit-Remaining"));
		assertThat(remaining).as("the evaluation's time is taken from the burst")
			.isBetween(0L, Long.parseLong(burstMillis()) - 1);
		assertThat(Long.parseLong(served.getResponse().getHeader("RateLimit-Reset"))).isBetween(0L, 8L);
		assertThat(unreadable).hasStatus(HttpStatus.BAD_REQUEST)
			.hasHeader("RateLimit-Limit", burstMillis())
			.headers()
			.containsHeaders("RateLimit-Remaining", "RateLimit-Reset");
		assertThat(this.mvc.get().uri("/api/autograd/operations")).doesNotContainHeader("RateLimit-Limit");
	}

	@Test
	void operationsListsOperatorsAndFunctionsWithTheirDerivatives() {
		MvcTestResult result = this.mvc.get().uri("/api/autograd/operations").exchange();

		assertThat(result).hasStatusOk();
		JsonNode body = json(result);
		assertThat(body.get("operators").get(0).toString()).isEqualTo(
				"{\"op\":\"add\",\"symbol\":\"+\",\"syntax\":\"a + b\",\"arity\":2,\"derivatives\":[\"1\",\"1\"],\"note\":\"\","
						+ "\"rules\":[\"∂(a + b)/∂a = 1\",\"∂(a + b)/∂b = 1\"]}");
		assertThat(body.get("constants").toString()).contains("\"pi\"").contains("\"e\"");
		assertThat(body.get("operators")).hasSize(6);
		assertThat(body.get("functions")).hasSize(11);
		assertThat(body.get("functions").toString()).contains("relu'(0) = 0")
			.contains("\"rules\":[\"tanh′(a) = 1 − tanh(a)² = 1 − {out}²\"]");
	}

	@Test
	void theJavaScriptTestsUseTheLanguageTheServerDescribes() throws java.io.IOException {
		// src/test/js/fixtures/operations.json stands in for this answer in the Node unit
		// tests
		MvcTestResult result = this.mvc.get().uri("/api/autograd/operations").exchange();

		JsonNode fixture = strictJson
			.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("src/test/js/fixtures/operations.json")));
		assertThat(fixture).as("src/test/js/fixtures/operations.json: copy the answer of GET /api/autograd/operations")
			.isEqualTo(json(result));
	}

	/** The client's burst in milliseconds: the quota the RateLimit fields count in. */
	private String burstMillis() {
		return Long.toString(this.properties.clientBurst().toMillis());
	}

	private static JsonNode json(MvcTestResult result) {
		return strictJson.readTree(result.getResponse().getContentAsByteArray());
	}

}
