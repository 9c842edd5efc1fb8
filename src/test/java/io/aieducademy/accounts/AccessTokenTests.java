package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;
import io.aieducademy.support.MovableClock;
import io.aieducademy.support.SiteUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens over HTTP, as a user and their scripts use them: created on the
 * account page and shown once, stored as a hash, sent as {@code Authorization: Bearer} to
 * act as their owner on the API without a session or form token; read-only, revoked,
 * expired and unknown tokens refused with problems; rate-limited per token; a teacher's
 * token reading their class's results. The clock is one the tests move, so expiry needs
 * no waiting.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aieducademy.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1", "aieducademy.tokens.burst=6",
				"aieducademy.tokens.per-minute=1", "aieducademy.tokens.max-per-account=3" })
@Import(MovableClock.InPlace.class)
class AccessTokenTests {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern TOKEN = Pattern.compile("value=\"(aied_[0-9A-Za-z]{55})\"");

	private static final Pattern CLASS_ADDRESS = Pattern.compile("/classes/(\\d+)$");

	private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code join-code--large\">([^<]+)<");

	private static final String ANSWER = "/api/quick-checks/backpropagation.chain-rule-local-derivatives/answers";

	private static final AtomicInteger addresses = new AtomicInteger(1);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private AccessTokenRepository tokens;

	@Autowired
	private Progress progress;

	@Autowired
	private MovableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTokenIsShownOnceStoredAsAHashAndActsAsItsOwnerWithoutASession() throws Exception {
		SiteUser user = signedUp("script-owner");
		assertThat(user.get(url("/account")).body()).contains("You have no tokens.");

		HttpResponse<String> created = createToken(user, "Nightly export", "read-write", "30");
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
		String token = secret(created);
		assertThat(created.body()).contains("Your new token “Nightly export” is ready.",
				"this is the only time it is shown", "data-copy=\"new-token\"");

		AccessToken stored = this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId("script-owner")).get(0);
		assertThat(stored.tokenHash()).isEqualTo(sha256(token));
		assertThat(token).startsWith("aied_" + stored.lookupId());
		assertThat(stored.scope()).isEqualTo(TokenScope.READ_WRITE);
		assertThat(stored.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
		String secretPart = token.substring(token.length() - 43);
		assertThat(this.jdbc.queryForList("select * from access_token").toString()).as("nothing stores the token")
			.doesNotContain(token)
			.doesNotContain(secretPart);

		String page = user.get(url("/account")).body();
		assertThat(page).as("shown once").doesNotContain(token).doesNotContain(secretPart);
		assertThat(page).contains("Nightly export", ">read-write<", "Last used", "never");

		// a script: no cookie, no form token; its answer is the owner's
		HttpResponse<String> answer = bearer("POST", ANSWER, token, "{\"choice\": 2}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().allValues("Set-Cookie")).as("no session, no learner cookie").isEmpty();
		Account account = this.accounts.findByUsername("script-owner").orElseThrow();
		assertThat(this.progress.answers(account.getLearnerId())).hasSize(1);
		HttpResponse<String> progress = bearer("GET", "/api/progress", token, null);
		assertThat(progress.statusCode()).isEqualTo(200);
		assertThat(progress.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(user.get(url("/account")).body()).as("its use is noted").doesNotContain(">never<");

		// the token acts only under /api: a page does not sign its bearer in
		HttpResponse<String> accountPage = this.http.send(
				HttpRequest.newBuilder(URI.create(url("/account"))).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(accountPage.statusCode()).isEqualTo(302);
	}

	@Test
	void aReadTokenReadsButIsRefusedA403OnAnythingThatCouldChangeSomething() throws Exception {
		SiteUser user = signedUp("reader");
		String token = secret(createToken(user, "Read only", "read", "7"));
		assertThat(bearer("GET", "/api/progress", token, null).statusCode()).isEqualTo(200);

		HttpResponse<String> write = bearer("POST", ANSWER, token, "{\"choice\": 2}");
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(write.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(write.headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer error=\"insufficient_scope\", scope=\"read-write\"");
		assertThat(write.body()).contains("\"status\":403", "\"title\":\"Read-only token\"",
				"This token's scope is read, so it may only read (GET and HEAD).", "\"instance\":\"" + ANSWER + "\"");
		Account account = this.accounts.findByUsername("reader").orElseThrow();
		assertThat(this.progress.answers(account.getLearnerId())).as("nothing was written").isEmpty();
	}

	@Test
	void revokedExpiredUnknownAndMalformedTokensGet401WithProblemAndChallenge() throws Exception {
		SiteUser user = signedUp("revoker");
		String revoked = secret(createToken(user, "Soon revoked", "read", "90"));
		String expiring = secret(createToken(user, "Short lived", "read", "7"));
		assertThat(bearer("GET", "/api/progress", revoked, null).statusCode()).isEqualTo(200);
		assertThat(bearer("GET", "/api/progress", expiring, null).statusCode()).isEqualTo(200);

		long id = this.tokens.findByLookupId(revoked.substring(5, 17)).orElseThrow().id();
		HttpResponse<String> revoke = user.submit(url("/account"), url("/account/tokens/" + id + "/revoke"));
		assertThat(revoke.statusCode()).isEqualTo(302);
		assertThat(user.get(url("/account?tokenRevoked")).body()).contains("The token has been revoked")
			.doesNotContain("Soon revoked");
		assertInvalid(bearer("GET", "/api/progress", revoked, null));

		this.clock.advance(Duration.ofDays(7).minusSeconds(1));
		assertThat(bearer("GET", "/api/progress", expiring, null).statusCode()).as("a second before it expires")
			.isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		assertInvalid(bearer("GET", "/api/progress", expiring, null));
		assertThat(user.get(url("/account")).body()).contains("Short lived", ">Expired<");

		String unknown = "aied_" + "A".repeat(55);
		assertInvalid(bearer("GET", "/api/progress", unknown, null));
		String forged = expiring.substring(0, 17) + "B".repeat(43);
		assertInvalid(bearer("GET", "/api/lessons/backpropagation", forged, null));
		assertInvalid(bearer("GET", "/api/progress", "", null));
		assertInvalid(bearer("POST", ANSWER, "not-a-token", "{\"choice\": 2}"));
	}

	@Test
	void aTokenIsRateLimitedOnItsOwnWithRateLimitFields() throws Exception {
		SiteUser user = signedUp("busy-script");
		String busy = secret(createToken(user, "Busy", "read", "30"));
		String other = secret(createToken(user, "Other", "read", "30"));
		for (int i = 1; i <= 6; i++) {
			HttpResponse<String> served = bearer("GET", "/api/lessons/backpropagation", busy, null);
			assertThat(served.statusCode()).isEqualTo(200);
			assertThat(served.headers().firstValue("RateLimit-Limit")).hasValue("6");
			assertThat(served.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(6 - i));
			assertThat(Long.parseLong(served.headers().firstValue("RateLimit-Reset").orElseThrow())).isPositive();
		}
		HttpResponse<String> refused = bearer("GET", "/api/progress", busy, null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
		assertThat(refused.body()).contains("\"status\":429", "This token has sent too many requests. Wait ");

		HttpResponse<String> another = bearer("GET", "/api/progress", other, null);
		assertThat(another.statusCode()).as("another token has a bucket of its own").isEqualTo(200);
		assertThat(another.headers().firstValue("RateLimit-Remaining")).hasValue("5");
	}

	@Test
	void aTeachersTokenReadsTheirClassResultsAndNobodyElsesGetsThem() throws Exception {
		SiteUser teacher = signedUp("token-teacher");
		HttpResponse<String> made = teacher.submit(url("/classes"), url("/classes"), "name", "Year 10 by script");
		Matcher address = CLASS_ADDRESS.matcher(made.headers().firstValue("Location").orElseThrow());
		assertThat(address.find()).isTrue();
		long classId = Long.parseLong(address.group(1));
		Matcher code = JOIN_CODE.matcher(teacher.get(url("/classes/" + classId)).body());
		assertThat(code.find()).isTrue();

		SiteUser learner = signedUp("token-learner");
		assertThat(learner.submit(url("/classes"), url("/classes/join"), "code", code.group(1)).statusCode())
			.isEqualTo(302);
		assertThat(learner.postJson(url(ANSWER), "{\"choice\": 0}").statusCode()).isEqualTo(200);

		String teachersToken = secret(createToken(teacher, "Results export", "read", "365"));
		HttpResponse<String> results = bearer("GET", "/api/classes/" + classId + "/results", teachersToken, null);
		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(results.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(results.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(results.body()).contains("\"id\":" + classId, "\"name\":\"Year 10 by script\"",
				"\"username\":\"token-learner\"", "\"quickChecksAnswered\":1");

		String learnersToken = secret(createToken(learner, "Nosy", "read-write", "7"));
		HttpResponse<String> nosy = bearer("GET", "/api/classes/" + classId + "/results", learnersToken, null);
		assertThat(nosy.statusCode()).as("the same answer as for a class that does not exist").isEqualTo(404);
		assertThat(nosy.body()).contains("\"status\":404").doesNotContain("token-learner");
		assertThat(bearer("GET", "/api/classes/" + (classId + 1000) + "/results", teachersToken, null).statusCode())
			.isEqualTo(404);
		assertInvalid(bearer("GET", "/api/classes/" + classId + "/results", "aied_" + "C".repeat(55), null));
	}

	@Test
	void theFormChecksNameScopeExpiryAndHowManyTokensAnAccountHolds() throws Exception {
		SiteUser user = signedUp("form-checker");
		HttpResponse<String> noName = createToken(user, "   ", "read", "30");
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("Give the token a name.", "aria-invalid=\"true\"");
		HttpResponse<String> longName = createToken(user, "n".repeat(61), "read", "30");
		assertThat(longName.body()).contains("Choose a name of at most 60 characters.");
		for (String[] tampered : List.of(new String[] { "admin", "30" }, new String[] { "read", "366" },
				new String[] { "read", "3650" }, new String[] { "", "" })) {
			HttpResponse<String> refused = createToken(user, "Tampered", tampered[0], tampered[1]);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("Choose a scope and an expiry from the lists.");
		}
		assertThat(this.tokens.countByAccountId(accountId("form-checker"))).isZero();

		String markup = "<script>alert(1)</script>";
		HttpResponse<String> escaped = createToken(user, markup, "read", "7");
		assertThat(escaped.body()).doesNotContain(markup).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		createToken(user, "Second", "read", "7");
		createToken(user, "Third", "read", "7");
		HttpResponse<String> fourth = createToken(user, "Fourth", "read", "7");
		assertThat(fourth.statusCode()).isEqualTo(400);
		assertThat(fourth.body()).contains("You already have 3 tokens, the most an account may hold.");
		assertThat(this.tokens.countByAccountId(accountId("form-checker"))).isEqualTo(3);

		SiteUser other = signedUp("form-other");
		long notTheirs = this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(accountId("form-checker")).get(0).id();
		HttpResponse<String> revoke = other.submit(url("/account"), url("/account/tokens/" + notTheirs + "/revoke"));
		assertThat(revoke.statusCode()).isEqualTo(404);
		assertThat(revoke.body()).contains("You have no such token.");
		assertThat(this.tokens.countByAccountId(accountId("form-checker"))).as("another's token stays").isEqualTo(3);
		assertThat(user.post(url("/account/tokens"), false, "name", "No form token", "scope", "read", "expiry", "7")
			.statusCode()).as("the form needs its token").isEqualTo(403);
		assertThat(new SiteUser().header("Sec-Fetch-Site", "same-origin")
			.submit(url("/signin"), url("/account/tokens"), "name", "Visitor", "scope", "read", "expiry", "7")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/signin");
	}

	@Test
	void theDownloadListsTheTokensWithoutSecretsAndDeletingTheAccountDeletesThem() throws Exception {
		SiteUser user = signedUp("token-leaver");
		String token = secret(createToken(user, "Backup script", "read", "90"));
		bearer("GET", "/api/progress", token, null);
		String data = user.get(url("/account/data")).body();
		assertThat(data).contains("\"accessTokens\":[{\"name\":\"Backup script\",\"scope\":\"read\",\"createdAt\":",
				"\"expiresAt\":", "\"lastUsedAt\":");
		AccessToken stored = this.tokens.findByLookupId(token.substring(5, 17)).orElseThrow();
		assertThat(data).doesNotContain(token.substring(17)).doesNotContain(stored.tokenHash());

		long accountId = accountId("token-leaver");
		assertThat(user.submit(url("/account"), url("/account/delete"), "password", PASSWORD).statusCode())
			.isEqualTo(302);
		assertThat(this.tokens.countByAccountId(accountId)).isZero();
		assertInvalid(bearer("GET", "/api/progress", token, null));
	}

	private void assertInvalid(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":401", "\"title\":\"Invalid token\"",
				"This bearer token is unknown, revoked or expired.");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private HttpResponse<String> bearer(String method, String path, String token, @Nullable String json)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Bearer " + token);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> createToken(SiteUser user, String name, String scope, String expiry) throws Exception {
		return user.submit(url("/account"), url("/account/tokens"), "name", name, "scope", scope, "expiry", expiry);
	}

	private static String secret(HttpResponse<String> created) {
		Matcher token = TOKEN.matcher(created.body());
		assertThat(token.find()).as("the new token is on the page").isTrue();
		return token.group(1);
	}

	private SiteUser signedUp(String username) throws Exception {
		int n = addresses.getAndIncrement();
		SiteUser user = new SiteUser().header("X-Forwarded-For", "10.17." + (n / 250) + "." + (n % 250 + 1))
			.header("Sec-Fetch-Site", "same-origin");
		assertThat(user.submit(url("/signup"), url("/signup"), "username", username, "password", PASSWORD).statusCode())
			.isEqualTo(302);
		return user;
	}

	private long accountId(String username) {
		Long id = this.accounts.findByUsername(username).orElseThrow().getId();
		assertThat(id).isNotNull();
		return id;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
