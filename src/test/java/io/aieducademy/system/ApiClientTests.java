package io.aieducademy.system;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aieducademy.client.ApiClient;
import aieducademy.client.ApiException;
import aieducademy.client.api.AutogradApi;
import aieducademy.client.api.QuizApi;
import aieducademy.client.model.AnswerRequest;
import aieducademy.client.model.AnswerResponse;
import aieducademy.client.model.Evaluation;
import aieducademy.client.model.EvaluationRequest;
import aieducademy.client.model.LessonDetail;
import aieducademy.client.model.OpenQuickChecksProblem;
import aieducademy.client.model.Problem;
import aieducademy.client.model.ProgramProblem;
import aieducademy.client.model.ProgressResponse;
import io.aieducademy.support.SiteUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The README's API examples, errors included, through the Java client that
 * openapi-generator makes from docs/openapi.json (in target/, at generate-test-sources),
 * against the whole application on a random port: what an outside developer gets. The
 * problems are read into the document's typed problem schemas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ApiClientTests {

	private static final String CHAIN_RULE = "backpropagation.chain-rule-local-derivatives";

	@LocalServerPort
	private int port;

	private ApiClient client;

	@BeforeEach
	void client() {
		// one learner per test: the cookie the server sets is kept, as a browser would
		this.client = new ApiClient().setHttpClientBuilder(
				HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)));
		this.client.updateBaseUri("http://localhost:" + this.port);
	}

	@Test
	void evaluatesTheWorkedExample() throws ApiException {
		Evaluation evaluation = new AutogradApi(this.client)
			.evaluateProgram(new EvaluationRequest().expression("L = (w*x - y)^2")
				.values(Map.of("w", 2.0, "x", 3.0, "y", 10.0))
				.graph(false));

		assertThat(evaluation.getOutput().getValue()).isEqualTo(16.0);
		assertThat(evaluation.getInputs()).extracting((input) -> input.getName() + "=" + input.getGrad())
			.containsExactly("w=-24.0", "x=-16.0", "y=8.0");
		assertThat(evaluation.getNodes()).isNull();
	}

	@Test
	void aSyntaxErrorIsA400ProblemWithItsPlace() throws Exception {
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> new AutogradApi(this.client).evaluateProgram(new EvaluationRequest().expression("L = (w*x - y^2")
					.values(Map.of("w", 2.0, "x", 3.0, "y", 10.0))));

		assertThat(error.getCode()).isEqualTo(400);
		ProgramProblem problem = read(error, ProgramProblem.class);
		assertThat(problem.getKind()).isEqualTo(ProgramProblem.KindEnum.SYNTAX);
		assertThat(problem.getLine()).isEqualTo(1);
		assertThat(problem.getColumn()).isEqualTo(5);
		assertThat(problem.getExcerpt()).isEqualTo("L = (w*x - y^2\n    ^");
		assertThat(problem.getDetail()).contains("never closed");
	}

	@Test
	void aWrongAnswerIsExplainedAndCompletingTooEarlyIsA409WithTheOpenQuickChecks() throws Exception {
		QuizApi quiz = new QuizApi(this.client);
		LessonDetail lesson = quiz.getLesson("backpropagation", null);
		assertThat(lesson.getQuickChecks()).extracting("id").contains(CHAIN_RULE);

		AnswerResponse answer = quiz.answerQuickCheck(CHAIN_RULE, new AnswerRequest().choice(1));
		assertThat(answer.getCorrect()).isFalse();
		assertThat(answer.getHint()).isNotBlank();
		assertThat(answer.getExplanation()).isNull();

		ApiException error = catchThrowableOfType(ApiException.class, () -> quiz.completeLesson("backpropagation"));
		assertThat(error.getCode()).isEqualTo(409);
		OpenQuickChecksProblem problem = read(error, OpenQuickChecksProblem.class);
		assertThat(problem.getOpenQuickChecks()).hasSize(lesson.getQuickChecks().size()).contains(CHAIN_RULE);
		assertThat(problem.getTitle()).isEqualTo("Quick checks still open");
	}

	@Test
	void aBodyOverTheLimitIsA413ProblemAndAnUnknownLessonA404() throws Exception {
		AutogradApi autograd = new AutogradApi(this.client);
		ApiException tooLarge = catchThrowableOfType(ApiException.class,
				() -> autograd.evaluateProgram(new EvaluationRequest().expression("x + ".repeat(70_000) + "x")));
		assertThat(tooLarge.getCode()).isEqualTo(413);
		assertThat(read(tooLarge, Problem.class).getDetail()).contains("262144 bytes");

		ApiException unknown = catchThrowableOfType(ApiException.class,
				() -> new QuizApi(this.client).getLesson("no-such-lesson", null));
		assertThat(unknown.getCode()).isEqualTo(404);
		assertThat(read(unknown, Problem.class).getTitle()).isEqualTo("Unknown lesson");
	}

	@Test
	void aPersonalAccessTokenActsAsItsOwnerAndAnUnknownOneIsA401Problem() throws Exception {
		// the token is created as a user would, on the account page
		SiteUser user = new SiteUser().header("Sec-Fetch-Site", "same-origin");
		String base = "http://localhost:" + this.port;
		assertThat(user
			.submit(base + "/signup", base + "/signup", "username", "client-user", "password", "correct horse battery")
			.statusCode()).isEqualTo(302);
		Matcher shown = Pattern.compile("value=\"(aied_[0-9A-Za-z]+)\"")
			.matcher(user
				.submit(base + "/account", base + "/account/tokens", "name", "Client", "scope", "read-write", "expiry",
						"7")
				.body());
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);

		ApiClient withToken = new ApiClient()
			.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		withToken.updateBaseUri(base);
		QuizApi quiz = new QuizApi(withToken);
		quiz.answerQuickCheck(CHAIN_RULE, new AnswerRequest().choice(2));
		ProgressResponse progress = quiz.getProgress();
		assertThat(progress.getPrograms()).isNotEmpty();
		assertThat(user.get(base + "/account").body()).as("the answer is the token owner's")
			.contains("1 answer, no lessons completed");

		ApiClient unknown = new ApiClient()
			.setRequestInterceptor((request) -> request.header("Authorization", "Bearer aied_" + "x".repeat(55)));
		unknown.updateBaseUri(base);
		ApiException refused = catchThrowableOfType(ApiException.class, () -> new QuizApi(unknown).getProgress());
		assertThat(refused.getCode()).isEqualTo(401);
		assertThat(refused.getResponseHeaders().firstValue("WWW-Authenticate"))
			.hasValue("Bearer error=\"invalid_token\"");
		assertThat(read(refused, Problem.class).getTitle()).isEqualTo("Invalid token");
	}

	private <T> T read(ApiException error, Class<T> type) throws Exception {
		assertThat(error.getResponseHeaders().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		return this.client.getObjectMapper().readValue(error.getResponseBody(), type);
	}

}
