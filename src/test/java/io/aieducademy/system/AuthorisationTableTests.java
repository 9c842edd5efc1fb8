package io.aieducademy.system;

import io.aieducademy.support.SiteUser;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use each address of the site: one row per endpoint, one column per kind of
 * user, each cell the status that user must get. Every request goes to the running
 * application on a random port, through the whole filter chain, from users signed in with
 * the real sign-in form; unsafe requests carry a valid form token (or, for the JSON API,
 * come from the same site), so what is tested is who may do what, not the cross-site
 * guard. The second test reads every handler mapping of the running application and every
 * filter of its security chains, and fails, naming it, on any endpoint the table does not
 * decide about.
 * <p>
 * Placeholders in a row stand for real things made before the table runs, all owned by
 * the {@link Who#OWNER} column: {@code {class}} a class (whose members include the
 * learner) and {@code {code}} its join code, {@code {class:delete}} a second class,
 * {@code {post:NAME}} a post of its own for each row that acts on a post, {@code {token}}
 * a personal access token and {@code {suggestion}} a suggested edit. Forms that check a
 * password or a name are sent with a wrong one (or a moderator's name for a bystander),
 * so that a row changes nobody's account and what it shows is whether the form was read
 * at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aieducademy.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1", "aieducademy.admin=chief",
				"aieducademy.discussion.write-burst=100", "aieducademy.accounts.account-failures=50" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationTableTests {

	/** The columns of the table, in the order each row is sent. */
	enum Who {

		/** nobody signed in */
		ANONYMOUS,
		/** a signed-in learner, member of {@code {class}} */
		LEARNER,
		/** a signed-in user who teaches a class that is not {@code {class}} */
		OTHER_TEACHER,
		/** a moderator */
		MODERATOR,
		/** an administrator */
		ADMINISTRATOR,
		/**
		 * the learner who owns what the row's placeholders name: teaches {@code {class}},
		 * wrote {@code {post:...}}, holds {@code {token}}; sent last, so that deleting
		 * comes after everyone else has tried
		 */
		OWNER

	}

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	private static final String API_LESSON = "/api/lessons/backpropagation";

	private static final String PASSWORD = "correct horse battery";

	// @formatter:off
	private static final List<Row> TABLE = List.of(
		//                                                                                   anon learner other mod admin owner
		// pages and data anyone may read
		get("/",                                                                             200, 200, 200, 200, 200, 200),
		get("/about",                                                                        200, 200, 200, 200, 200, 200),
		get("/faq",                                                                          200, 200, 200, 200, 200, 200),
		get("/privacy",                                                                      200, 200, 200, 200, 200, 200),
		get("/terms",                                                                        200, 200, 200, 200, 200, 200),
		get("/programs",                                                                     200, 200, 200, 200, 200, 200),
		get("/programs/ai-sprouts",                                                          200, 200, 200, 200, 200, 200),
		get(LESSON,                                                                          200, 200, 200, 200, 200, 200),
		get("/lab/autograd",                                                                 200, 200, 200, 200, 200, 200),
		get("/lab/playground",                                                               200, 200, 200, 200, 200, 200),
		get("/i18n/messages.json",                                                           200, 200, 200, 200, 200, 200),
		get("/error",                                                                        404, 404, 404, 404, 404, 404),
		get("/api/programs",                                                                 200, 200, 200, 200, 200, 200),
		get("/api/programs/ai-sprouts/lessons",                                              200, 200, 200, 200, 200, 200),
		get(API_LESSON,                                                                      200, 200, 200, 200, 200, 200),
		get("/api/progress",                                                                 200, 200, 200, 200, 200, 200),
		get("/api/autograd/operations",                                                      200, 200, 200, 200, 200, 200),
		get(API_LESSON + "/discussion",                                                      200, 200, 200, 200, 200, 200),
		get("/v3/api-docs",                                                                  200, 200, 200, 200, 200, 200),
		get("/v3/api-docs.yaml",                                                             200, 200, 200, 200, 200, 200),
		get("/v3/api-docs/swagger-config",                                                   200, 200, 200, 200, 200, 200),
		get("/swagger-ui.html",                                                              302, 302, 302, 302, 302, 302),
		get("/actuator",                                                                     200, 200, 200, 200, 200, 200),
		get("/actuator/health",                                                              200, 200, 200, 200, 200, 200),
		get("/actuator/info",                                                                200, 200, 200, 200, 200, 200),
		// the anonymous experience: answering, completing and the lab's calculations
		form(LESSON + "/quick-checks/what-gradient-tells", "choice=3",                       302, 302, 302, 302, 302, 302),
		form(LESSON + "/completion", "",                                                     302, 302, 302, 302, 302, 302),
		json("POST", "/api/quick-checks/backpropagation.what-gradient-tells/answers", "{\"choice\": 3}",
		                                                                                     200, 200, 200, 200, 200, 200),
		// 409 for all: a lesson is completed once its quick checks are all answered, whoever asks
		json("POST", API_LESSON + "/completion", null,                                       409, 409, 409, 409, 409, 409),
		json("POST", "/api/autograd", "{\"expression\": \"y = 2*x\", \"values\": {\"x\": 1}}",
		                                                                                     200, 200, 200, 200, 200, 200),
		json("POST", "/api/playground/train", "{\"dataset\": {\"kind\": \"circle\", \"points\": 20}, \"steps\": 1}",
		                                                                                     200, 200, 200, 200, 200, 200),
		json("POST", "/api/tokeniser", "{\"text\": \"The Rabbit was late.\"}",               200, 200, 200, 200, 200, 200),
		json("POST", "/api/next-word", "{\"text\": \"Alice thought I\"}",                    200, 200, 200, 200, 200, 200),
		json("POST", "/api/polynomial-fit", "{\"degree\": 3, \"points\": 20}",               200, 200, 200, 200, 200, 200),
		// signing up and in: the forms are for visitors; a wrong password or a too short one changes nothing
		get("/signin",                                                                       200, 302, 302, 302, 302, 302),
		get("/signup",                                                                       200, 302, 302, 302, 302, 302),
		form("/signin", "username=chief&password=not+the+password",                          401, 401, 401, 401, 401, 401),
		form("/signup", "username=someone-new&password=short",                               400, 400, 400, 400, 400, 400),
		// one's own account
		get("/account",                                                                      302, 200, 200, 200, 200, 200),
		get("/account/data",                                                                 303, 200, 200, 200, 200, 200),
		form("/account/password", "currentPassword=not+the+password&newPassword=another+long+one",
		                                                                                     302, 400, 400, 400, 400, 400),
		form("/account/delete", "password=not+the+password",                                 302, 400, 400, 400, 400, 400),
		form("/account/tokens", "name=Nightly&scope=read&expiry=7",                          302, 200, 200, 200, 200, 200),
		form("/account/tokens/{token}/revoke", "",                                           302, 404, 404, 404, 404, 302),
		// administrators only
		get("/admin/moderators",                                                             302, 403, 403, 403, 200, 403),
		form("/admin/moderators", "username=bystander",                                      401, 403, 403, 403, 302, 403),
		form("/admin/moderators/remove", "username=bystander",                               401, 403, 403, 403, 302, 403),
		get("/admin/suggestions",                                                            401, 403, 403, 403, 200, 403),
		form("/admin/suggestions/{suggestion}", "status=done",                               401, 403, 403, 403, 302, 403),
		// classes: anyone signed in has classes of their own; only the teacher sees one
		get("/classes",                                                                      401, 200, 200, 200, 200, 200),
		form("/classes", "name=Year+9",                                                      401, 302, 302, 302, 302, 302),
		form("/classes/join", "code={code}",                                                 401, 302, 302, 302, 302, 400),
		get("/classes/{class}",                                                              401, 404, 404, 404, 404, 200),
		get("/classes/{class}/quick-checks.csv",                                             401, 404, 404, 404, 404, 200),
		get("/classes/{class}/learners.csv",                                                 401, 404, 404, 404, 404, 200),
		get("/api/classes/{class}/results",                                                  401, 404, 404, 404, 404, 200),
		form("/classes/{class}/leave", "",                                                   401, 302, 302, 302, 302, 302),
		form("/classes/{class:delete}/delete", "",                                           401, 404, 404, 404, 404, 302),
		// discussion: reading is public, writing needs an account, each post is its author's
		form(LESSON + "/discussion", "text=A+question",                                      401, 302, 302, 302, 302, 302),
		form(LESSON + "/discussion/{post:form-edit}/edit", "text=Edited",                    401, 403, 403, 403, 403, 302),
		form(LESSON + "/discussion/{post:form-delete}/delete", "",                           401, 403, 403, 403, 403, 302),
		form(LESSON + "/discussion/{post:form-hide}/hide", "reason=Off+topic",               401, 403, 403, 302, 302, 403),
		form(LESSON + "/discussion/{post:form-report}/report", "",                           401, 302, 302, 302, 302, 302),
		form(LESSON + "/suggestions", "place=The+chain+rule&text=A+clearer+sentence",        401, 302, 302, 302, 302, 302),
		json("POST", API_LESSON + "/discussion", "{\"text\": \"A question\"}",               401, 201, 201, 201, 201, 201),
		json("PUT", API_LESSON + "/discussion/{post:api-edit}", "{\"text\": \"Edited\"}",    401, 403, 403, 403, 403, 200),
		json("DELETE", API_LESSON + "/discussion/{post:api-delete}", null,                   401, 403, 403, 403, 403, 204),
		json("POST", API_LESSON + "/discussion/{post:api-hide}/hide", "{\"reason\": \"Off topic\"}",
		                                                                                     401, 403, 403, 200, 200, 403),
		json("POST", API_LESSON + "/discussion/{post:api-report}/report", null,              401, 204, 204, 204, 204, 204),
		// signing out, last: it ends each user's session
		form("/signout", "",                                                                 302, 302, 302, 302, 302, 302));
	// @formatter:on

	/**
	 * Filters of the security chains that answer no address of their own: they pass every
	 * request on. A filter not listed here or in {@link #ANSWERING_FILTERS} makes the
	 * second test fail, so that a new sign-in or sign-out endpoint gets its row.
	 */
	private static final Set<String> PASSING_FILTERS = Set.of("DisableEncodeUrlFilter",
			"WebAsyncManagerIntegrationFilter", "SecurityContextHolderFilter", "CorsFilter", "CsrfFilter",
			"SecurityContextHolderAwareRequestFilter", "AnonymousAuthenticationFilter", "SessionManagementFilter",
			"ExceptionTranslationFilter", "AuthorizationFilter", "BearerTokenFilter");

	/** Filters of the security chains that answer an address themselves, and its row. */
	private static final Map<Class<? extends Filter>, String> ANSWERING_FILTERS = Map.of(LogoutFilter.class,
			"POST /signout");

	private static final Pattern CLASS_ADDRESS = Pattern.compile("/classes/(\\d+)$");

	private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code join-code--large\">([^<]+)<");

	private static final Pattern TOKEN_ID = Pattern.compile("/account/tokens/(\\d+)/revoke");

	private static final Pattern SUGGESTION_ID = Pattern.compile("/admin/suggestions/(\\d+)\"");

	private static final Pattern POST_ID = Pattern.compile("\"id\":(\\d+)");

	private static final AtomicInteger addresses = new AtomicInteger(1);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private List<SecurityFilterChain> chains;

	private final Map<Who, SiteUser> users = new EnumMap<>(Who.class);

	private final Map<String, String> things = new HashMap<>();

	@BeforeAll
	void signEveryoneInAndMakeWhatTheRowsActOn() throws Exception {
		SiteUser administrator = signUp("chief");
		SiteUser owner = signUp("owner");
		SiteUser moderator = signUp("moderator");
		SiteUser learner = signUp("learner");
		SiteUser otherTeacher = signUp("other-teacher");
		signUp("bystander");
		assertThat(administrator.submit(url("/admin/moderators"), url("/admin/moderators"), "username", "moderator")
			.statusCode()).isEqualTo(302);
		// named a moderator, their sessions ended: they sign in again
		moderator = newUser();
		assertThat(moderator.submit(url("/signin"), url("/signin"), "username", "moderator", "password", PASSWORD)
			.statusCode()).isEqualTo(302);

		long taught = createClass(owner, "Biology");
		this.things.put("{class}", Long.toString(taught));
		this.things.put("{class:delete}", Long.toString(createClass(owner, "To delete")));
		Matcher code = JOIN_CODE.matcher(owner.get(url("/classes/" + taught)).body());
		assertThat(code.find()).as("the class page shows its join code").isTrue();
		this.things.put("{code}", code.group(1));
		assertThat(learner.submit(url("/classes"), url("/classes/join"), "code", code.group(1)).statusCode())
			.isEqualTo(302);
		createClass(otherTeacher, "Chemistry");

		assertThat(
				owner.submit(url("/account"), url("/account/tokens"), "name", "Export", "scope", "read", "expiry", "7")
					.statusCode())
			.isEqualTo(200);
		this.things.put("{token}", find(TOKEN_ID, owner.get(url("/account")).body(), "the owner's token"));

		assertThat(owner
			.submit(url(LESSON), url(LESSON + "/suggestions"), "place", "The chain rule", "text", "A clearer sentence")
			.statusCode()).isEqualTo(302);
		this.things.put("{suggestion}",
				find(SUGGESTION_ID, administrator.get(url("/admin/suggestions")).body(), "the suggestion"));

		for (Row row : TABLE) {
			Matcher post = Pattern.compile("\\{post:[a-z-]+}").matcher(row.path());
			if (post.find()) {
				HttpResponse<String> made = owner.postJson(url(API_LESSON + "/discussion"),
						"{\"text\": \"Post for " + post.group() + "\"}");
				assertThat(made.statusCode()).isEqualTo(201);
				this.things.put(post.group(), find(POST_ID, made.body(), "the new post's id"));
			}
		}

		this.users.put(Who.ANONYMOUS, newUser());
		this.users.put(Who.LEARNER, learner);
		this.users.put(Who.OTHER_TEACHER, otherTeacher);
		this.users.put(Who.MODERATOR, moderator);
		this.users.put(Who.ADMINISTRATOR, administrator);
		this.users.put(Who.OWNER, owner);
		for (SiteUser user : this.users.values()) {
			// a page with forms, for the form token
			assertThat(user.get(url(LESSON)).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void eachKindOfUserGetsWhatTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : TABLE) {
			for (Who who : Who.values()) {
				int expected = row.expected()[who.ordinal()];
				HttpResponse<String> response = send(this.users.get(who), row);
				if (response.statusCode() != expected) {
					wrong.add("%-8s %-60s %-14s expected %d, got %d".formatted(row.method(), row.path(), who, expected,
							response.statusCode()));
				}
			}
		}
		assertThat(wrong).as("requests whose status is not the table's").isEmpty();
	}

	@Test
	void everyEndpointOfTheRunningApplicationHasARow() throws Exception {
		Set<Method> covered = new LinkedHashSet<>();
		List<String> stale = new ArrayList<>();
		Map<String, RequestMappingInfoHandlerMapping> mappings = this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class);
		for (Row row : TABLE) {
			Method handler = null;
			for (RequestMappingInfoHandlerMapping mapping : mappings.values()) {
				handler = handler(mapping, row);
				if (handler != null) {
					break;
				}
			}
			if (handler != null) {
				covered.add(handler);
			}
			else if (!ANSWERING_FILTERS.containsValue(row.method() + " " + row.path())) {
				stale.add(row.method() + " " + row.path());
			}
		}
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : mappings.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				if (!covered.contains(entry.getValue().getMethod())) {
					missing.add(entry.getKey() + " (" + entry.getValue().getShortLogMessage() + ")");
				}
			}
		}
		Set<String> unknownFilters = new TreeSet<>();
		for (SecurityFilterChain chain : this.chains) {
			for (Filter filter : chain.getFilters()) {
				String answers = ANSWERING_FILTERS.get(filter.getClass());
				if (answers != null) {
					assertThat(TABLE).as("the table has a row for " + answers + ", answered by " + filter)
						.anyMatch((row) -> answers.equals(row.method() + " " + row.path()));
				}
				else if (!PASSING_FILTERS.contains(filter.getClass().getSimpleName())) {
					unknownFilters.add(filter.getClass().getName());
				}
			}
		}
		assertThat(missing)
			.as("endpoints of the running application with no row in the authorisation table: "
					+ "add a row that says who may use each")
			.isEmpty();
		assertThat(unknownFilters)
			.as("security filters that may answer addresses of their own: add their endpoints "
					+ "to the table and the filter to ANSWERING_FILTERS, or to PASSING_FILTERS if it answers none")
			.isEmpty();
		assertThat(stale).as("rows that no endpoint answers").isEmpty();
	}

	/** The handler method the application routes this row's request to, if any. */
	private static @Nullable Method handler(RequestMappingInfoHandlerMapping mapping, Row row) {
		MockHttpServletRequest request = new MockHttpServletRequest(row.method(),
				row.path().replaceAll("\\{[a-z:-]+}", "1"));
		if (row.kind() == Kind.JSON) {
			request.setContentType("application/json");
		}
		else if (row.kind() == Kind.FORM) {
			request.setContentType("application/x-www-form-urlencoded");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return (chain != null && chain.getHandler() instanceof HandlerMethod method) ? method.getMethod() : null;
		}
		catch (Exception ex) {
			// no mapping of this one matches the method or media type
			return null;
		}
	}

	private HttpResponse<String> send(SiteUser user, Row row) throws Exception {
		String address = url(fill(row.path()));
		return switch (row.kind()) {
			case GET -> user.get(address);
			case FORM -> user.post(address, true, fields(fill(row.body())));
			case JSON -> user.sendJson(row.method(), address, row.body().isEmpty() ? null : fill(row.body()));
		};
	}

	private String fill(String text) {
		String filled = text;
		for (Map.Entry<String, String> thing : this.things.entrySet()) {
			filled = filled.replace(thing.getKey(), thing.getValue());
		}
		assertThat(filled).as("every placeholder of " + text + " stands for something made")
			.doesNotContain("{c", "{p", "{t", "{s");
		return filled;
	}

	private static String[] fields(String body) {
		if (body.isEmpty()) {
			return new String[0];
		}
		List<String> fields = new ArrayList<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			fields.add(decode(parts[0]));
			fields.add(decode(parts[1]));
		}
		return fields.toArray(String[]::new);
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private long createClass(SiteUser teacher, String name) throws Exception {
		HttpResponse<String> created = teacher.submit(url("/classes"), url("/classes"), "name", name);
		assertThat(created.statusCode()).isEqualTo(302);
		return Long.parseLong(
				find(CLASS_ADDRESS, created.headers().firstValue("Location").orElseThrow(), "the new class's address"));
	}

	private static String find(Pattern pattern, String text, String what) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(what).isTrue();
		return matcher.group(1);
	}

	private SiteUser signUp(String username) throws Exception {
		SiteUser user = newUser();
		assertThat(user.submit(url("/signup"), url("/signup"), "username", username, "password", PASSWORD).statusCode())
			.isEqualTo(302);
		return user;
	}

	/**
	 * A browser of its own, from an address of its own (the sign-up limit is per
	 * address).
	 */
	private static SiteUser newUser() {
		int n = addresses.getAndIncrement();
		return new SiteUser().header("X-Forwarded-For", "10.15." + (n / 250) + "." + (n % 250 + 1))
			.header("Sec-Fetch-Site", "same-origin");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static Row get(String path, int... expected) {
		return new Row("GET", path, Kind.GET, "", expected);
	}

	private static Row form(String path, String body, int... expected) {
		return new Row("POST", path, Kind.FORM, body, expected);
	}

	private static Row json(String method, String path, @Nullable String body, int... expected) {
		return new Row(method, path, Kind.JSON, (body != null) ? body : "", expected);
	}

	enum Kind {

		GET, FORM, JSON

	}

	/**
	 * One endpoint: the request, with placeholders, and the status each column of
	 * {@link Who} must get.
	 */
	record Row(String method, String path, Kind kind, String body, int[] expected) {

		Row {
			if (expected.length != Who.values().length) {
				throw new IllegalArgumentException(method + " " + path + " needs a status for each of "
						+ List.of(Who.values()) + ", has " + expected.length);
			}
		}

	}

}
