package io.aieducademy.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Writes the API's HTTP fields into the OpenAPI document from the same rules that send
 * them ({@link ApiCaching}), so that the document cannot drift from the behaviour: the
 * content's {@code ETag}, {@code Cache-Control} and 304, the others'
 * {@code Cache-Control}, and the RateLimit fields and {@code Retry-After} of the
 * rate-limited operations. docs/http-caching-and-cors.md says what each means.
 */
@Component
class ApiHeadersDocumentation implements OpenApiCustomizer {

	private static final String REF = "#/components/headers/";

	/** The operations with a rate limit: the quiz's writes and the engine's. */
	private static final Map<String, String> RATE_LIMITED = Map.of("/api/quick-checks/{id}/answers", "writes",
			"/api/lessons/{slug}/completion", "writes", "/api/autograd", "milliseconds of evaluation time",
			"/api/playground/train", "milliseconds of evaluation time");

	@Override
	public void customise(OpenAPI api) {
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		api.setComponents(components);
		components
			.addHeaders("ETag",
					header("A strong tag of the answer's exact bytes; send it back in "
							+ "If-None-Match to get 304 while the content is unchanged", new StringSchema()))
			.addHeaders("RateLimit-Remaining", header("What is left of the quota, never below 0", new IntegerSchema()))
			.addHeaders("RateLimit-Reset", header("Seconds until the quota is full again", new IntegerSchema()));
		// Retry-After on every 429: ApiProblemResponses, with the other problem responses
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach(this::document);
	}

	private void document(String path, PathItem item) {
		Operation get = item.getGet();
		if (get != null && ApiCaching.isContent(path)) {
			ApiResponses responses = responses(get);
			ApiResponse ok = responses.computeIfAbsent("200", (status) -> new ApiResponse().description("OK"));
			ok.addHeaderObject("ETag", ref("ETag"));
			ok.addHeaderObject("Cache-Control", cacheControl(ApiCaching.PUBLIC));
			responses.addApiResponse("304",
					new ApiResponse().description("Not modified: If-None-Match matched the current tag; no body")
						.headers(Map.of("ETag", ref("ETag"), "Cache-Control", cacheControl(ApiCaching.PUBLIC))));
			if (get.getParameters() == null || get.getParameters()
				.stream()
				.noneMatch((parameter) -> "If-None-Match".equalsIgnoreCase(parameter.getName()))) {
				get.addParametersItem(new HeaderParameter().name("If-None-Match")
					.required(false)
					.description("Tags the client holds (a list, W/ or *); a match gets 304")
					.schema(new StringSchema()));
			}
		}
		for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
			boolean content = entry.getKey() == PathItem.HttpMethod.GET && ApiCaching.isContent(path);
			String unit = RATE_LIMITED.get(path);
			responses(entry.getValue()).forEach((status, response) -> {
				if (!content || (!status.startsWith("2") && !status.equals("304"))) {
					response.addHeaderObject("Cache-Control", cacheControl(
							(ApiCaching.isEvaluation(path) || content) ? ApiCaching.NOT_STORED : ApiCaching.PRIVATE));
				}
				if (unit != null && entry.getKey() == PathItem.HttpMethod.POST && !status.equals("413")) {
					response.addHeaderObject("RateLimit-Limit",
							header("The client's quota in " + unit + ", as in draft-ietf-httpapi-ratelimit-headers-04",
									new IntegerSchema()));
					response.addHeaderObject("RateLimit-Remaining", ref("RateLimit-Remaining"));
					response.addHeaderObject("RateLimit-Reset", ref("RateLimit-Reset"));
				}
			});
		}
	}

	private static ApiResponses responses(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		return operation.getResponses();
	}

	private static Header header(String description, io.swagger.v3.oas.models.media.Schema<?> schema) {
		return new Header().description(description).schema(schema);
	}

	/** {@code Cache-Control}, with the one value this answer has. */
	private static Header cacheControl(String value) {
		return header("How clients and caches may keep the answer", new StringSchema()._enum(List.of(value)));
	}

	private static Header ref(String name) {
		return new Header().$ref(REF + name);
	}

}
