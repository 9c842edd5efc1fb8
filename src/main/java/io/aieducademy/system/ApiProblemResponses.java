package io.aieducademy.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The problem responses that the API's operations share, added in one place rather than
 * on every handler:
 * <ul>
 * <li>the problem-details schemas ({@code Problem} and the ones with extension members
 * that the features name in their own {@code @ApiResponse}s);</li>
 * <li>what the request filters answer before any controller sees the request: 403 for a
 * change sent from another site ({@link CrossSiteRequestFilter}), 413 and 415 for a body
 * over the limit or not JSON ({@link RequestBodyFilter}), on every POST;</li>
 * <li>406 on every operation, for an {@code Accept} header that allows no JSON;</li>
 * <li>what the bearer token's filter (in the accounts feature) answers on every
 * operation: 401 with {@code WWW-Authenticate} for a token that is unknown, revoked or
 * expired, 429 for a token over its rate, and, on every POST, 403 for a read-only
 * token;</li>
 * <li>404 on every operation with a path variable that does not declare its own;</li>
 * <li>for every problem response declared without a problem body, the {@code Problem}
 * schema with the sentence the site really answers ({@link ErrorSentences}) as its
 * example; for every 429, the {@code Retry-After} header;</li>
 * <li>{@code application/json} for the answers, whose mappings declare no media
 * type.</li>
 * </ul>
 * Operations keep what they declare: their own sentences, schemas and examples win.
 */
class ApiProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String SCHEMAS = "#/components/schemas/";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * A plausible value for each path variable, so that the examples' instances are real.
	 */
	private static final Map<String, String> SAMPLE_VARIABLES = Map.of("slug", "backpropagation", "program",
			"ai-sprouts", "id", "backpropagation.chain-rule-local-derivatives");

	private final long bodyLimit;

	ApiProblemResponses(long bodyLimit) {
		this.bodyLimit = bodyLimit;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		if (components == null) {
			components = new Components();
			openApi.setComponents(components);
		}
		problemSchemas().forEach(components::addSchemas);
		if (components.getSchemas() != null) {
			// Spring's own class, replaced by the schemas above
			components.getSchemas().remove("ProblemDetail");
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			if (responses == null) {
				responses = new ApiResponses();
				operation.setResponses(responses);
			}
			addCommon(path, method, responses);
			complete(path, responses);
			operation.setResponses(sorted(responses));
		}));
	}

	private static void addCommon(String path, PathItem.HttpMethod method, ApiResponses responses) {
		if (method == PathItem.HttpMethod.POST) {
			responses.putIfAbsent("403",
					new ApiResponse().description("The browser says that the request comes from another site's page "
							+ "(Sec-Fetch-Site or Origin), or the bearer token's scope is read; nothing was changed"));
			responses.putIfAbsent("413", new ApiResponse().description("The request body is over the size limit"));
			responses.putIfAbsent("415", new ApiResponse().description("The request body is neither JSON nor a form"));
		}
		responses.putIfAbsent("406", new ApiResponse()
			.description("The Accept header allows no JSON: every answer is application/json or a problem"));
		responses.putIfAbsent("401",
				new ApiResponse().description("The bearer token is unknown, revoked or expired (only with a token)"));
		responses.putIfAbsent("429", new ApiResponse()
			.description("The bearer token has sent too many requests (only with a token); see Retry-After"));
		if (PATH_VARIABLE.matcher(path).find()) {
			responses.putIfAbsent("404", new ApiResponse().description("Nothing has that name"));
		}
	}

	private void complete(String path, ApiResponses responses) {
		responses.forEach((code, response) -> {
			int status = Integer.parseInt(code);
			if (status < 400) {
				answerIsJson(response);
				return;
			}
			Content content = response.getContent();
			// declared without content, springdoc gives a problem the handler's return
			// type
			if (content == null || !content.containsKey(PROBLEM_JSON)) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref(SCHEMAS + "Problem"))
							.examples(Map.of(exampleName(status), new Example().value(example(status, path))))));
			}
			else {
				content.values().forEach(ApiProblemResponses::problemNotSpringClass);
				// a problem its controller declared without an example gets the site's
				// sentence for that status
				MediaType problem = content.get(PROBLEM_JSON);
				if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())
						&& problem.getExample() == null) {
					problem.examples(Map.of(exampleName(status), new Example().value(example(status, path))));
				}
			}
			if (status == 401) {
				response.addHeaderObject("WWW-Authenticate",
						new Header().description("Bearer error=\"invalid_token\" when a bearer token was refused")
							.schema(typed("string")));
			}
			if (status == 429) {
				response.addHeaderObject("Retry-After",
						new Header().description("Whole seconds to wait before trying again")
							.schema(typed("integer").minimum(java.math.BigDecimal.ONE)));
			}
		});
	}

	/** Mappings without {@code produces} are listed as any type; they answer JSON. */
	private static void answerIsJson(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType any = content.remove("*/*");
			content.addMediaType("application/json", any);
		}
	}

	private static void problemNotSpringClass(MediaType media) {
		Schema<?> schema = media.getSchema();
		if (schema == null || (SCHEMAS + "ProblemDetail").equals(schema.get$ref())) {
			media.setSchema(new Schema<>().$ref(SCHEMAS + "Problem"));
		}
	}

	private static String exampleName(int status) {
		return switch (status) {
			case 401 -> "invalid token";
			case 403 -> "from another site";
			case 404 -> "unknown name";
			case 406 -> "not acceptable";
			case 413 -> "body too large";
			case 415 -> "not JSON";
			case 429 -> "too many requests";
			default -> "problem";
		};
	}

	/**
	 * The problem the site's error handling writes for {@code status} at {@code path}.
	 */
	private Map<String, Object> example(int status, String path) {
		Map<String, Object> problem = SiteErrorController.problem(status, samplePath(path), this.bodyLimit);
		if (status == 401) {
			// the one 401 that every operation shares: the bearer token's filter's
			problem.put("title", ErrorSentences.text("problem.token.invalid.title"));
			problem.put("detail", ErrorSentences.text("problem.token.invalid"));
		}
		return problem;
	}

	static String samplePath(String path) {
		Matcher variable = PATH_VARIABLE.matcher(path);
		StringBuilder sample = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(sample,
					Matcher.quoteReplacement(SAMPLE_VARIABLES.getOrDefault(variable.group(1), "name")));
		}
		return variable.appendTail(sample).toString();
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses ordered = new ApiResponses();
		new TreeMap<>(responses).forEach(ordered::addApiResponse);
		if (responses.getExtensions() != null) {
			ordered.setExtensions(responses.getExtensions());
		}
		return ordered;
	}

	/**
	 * The RFC 9457 members, and the schemas of the problems with extension members: a
	 * flat copy each (no {@code allOf}), which every client generator reads the same way.
	 */
	static Map<String, Schema<?>> problemSchemas() {
		Map<String, Schema<?>> schemas = new LinkedHashMap<>();
		schemas.put("Problem", problem("An RFC 9457 problem: what went wrong, in a sentence a learner understands"));
		Schema<?> program = problem("A problem with a learner's program, and where it is")
			.addProperty("kind",
					typed("string")
						._enum(List.of("syntax", "unknown_name", "bad_call", "bad_values", "too_large", "too_deep"))
						.description("What kind of mistake"))
			.addProperty("line", typed("integer").minimum(java.math.BigDecimal.ONE).description("Line, from 1"))
			.addProperty("column",
					typed("integer").minimum(java.math.BigDecimal.ONE).description("Column in the line, from 1"))
			.addProperty("length",
					typed("integer").minimum(java.math.BigDecimal.ZERO).description("Characters it spans"))
			.addProperty("excerpt", typed("string").description("The line, and a caret under the column"));
		schemas.put("ProgramProblem", program);
		schemas.put("BodyTooLargeProblem", problem("The request body is over the limit").addProperty("limit",
				typed("integer").format("int64").description("The limit in bytes")));
		schemas.put("TrainingProblem", problem("A training request that cannot be used").addProperty("field",
				typed("string").description("The field at fault, as in dataset.kind")));
		Schema<?> open = problem("A lesson cannot be completed yet").addProperty("openQuickChecks",
				typed("array").items(typed("string"))
					.description("The ids of the lesson's quick checks that still need a correct answer"));
		open.addRequiredItem("openQuickChecks");
		schemas.put("OpenQuickChecksProblem", open);
		return schemas;
	}

	private static Schema<?> problem(String description) {
		Schema<?> schema = typed("object").description(description)
			.addProperty("type",
					typed("string").format("uri-reference")
						._default("about:blank")
						.description("What kind of problem; about:blank when the status says it all"))
			.addProperty("title", typed("string").description("A short summary"))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status"))
			.addProperty("detail", typed("string").description("What went wrong and what to do, in plain words"))
			.addProperty("instance", typed("string").format("uri-reference").description("The address asked for"));
		schema.required(new ArrayList<>(List.of("title", "status", "detail")));
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<Object> typed(String type) {
		Schema schema = new Schema<>();
		schema.type(type);
		schema.types(Set.of(type));
		return schema;
	}

}
