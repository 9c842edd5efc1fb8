package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;
import io.aieducademy.support.SiteUser;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts over HTTP, as a browser uses them: signing up and in with the forms and their
 * tokens, the session, the account page, throttling, the merge of anonymous progress and
 * the administrator. Each test comes from an address of its own (the test trusts the
 * loopback address as a proxy and sends {@code X-Forwarded-For}), so that the per-address
 * limits of one test do not touch another's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aieducademy.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1", "aieducademy.admin=HeadTeacher",
				"aieducademy.accounts.address-failures=8" })
@Import(AccountTests.DeletionEvents.class)
class AccountTests {

	static final String PASSWORD = "correct horse battery";

	private static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	private static final AtomicInteger addresses = new AtomicInteger(1);

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private Progress progress;

	@Autowired
	private DeletionEvents deletions;

	@Autowired
	private AdministratorAtStartUp administrator;

	@Autowired
	private List<SecurityFilterChain> filterChains;

	@Test
	void signingUpSignsInKeepsTheAnonymousProgressAndShowsTheNameInTheHeader() throws Exception {
		SiteUser user = user();
		answerAllAndComplete(user);
		UUID anonymous = UUID.fromString(user.cookie("aie_learner"));
		assertThat(user.get(url("/")).body()).contains(">Sign in</a>").doesNotContain("Sign out");

		HttpResponse<String> signUp = signUp(user, "Ada_Lovelace", PASSWORD);
		assertThat(signUp.statusCode()).isEqualTo(302);
		assertThat(signUp.headers().firstValue("Location").orElseThrow()).endsWith("/account?welcome");
		assertThat(user.cookie("SESSION")).as("a signed-in user has a session").isNotNull();
		assertThat(user.cookie("aie_learner")).as("the anonymous learner cookie is cleared").isNull();

		Account account = this.accounts.findByUsername("ada_lovelace").orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.LEARNER);
		assertThat(this.progress.completedLessons(account.getLearnerId())).containsExactly("backpropagation");
		assertThat(this.progress.answers(account.getLearnerId())).hasSize(3);
		assertThat(this.progress.isKnown(anonymous)).as("nothing is left under the anonymous id").isFalse();

		String page = user.get(url("/account?welcome")).body();
		assertThat(page).contains("Welcome! Your account is ready", "ada_lovelace", "3 answers, 1 lesson completed");
		String home = user.get(url("/")).body();
		assertThat(home).contains(">ada_lovelace</a>", ">Sign out</button>").doesNotContain(">Sign in</a>");
		assertThat(user.get(url("/api/progress")).body()).contains("\"completed\":1");
	}

	@Test
	void signingInMovesTheAnonymousProgressAndKeepsALessonBothCompletedOnce() throws Exception {
		SiteUser first = user();
		assertThat(signUp(first, "grace", PASSWORD).statusCode()).isEqualTo(302);
		answerAllAndComplete(first);
		Account grace = this.accounts.findByUsername("grace").orElseThrow();
		assertThat(this.progress.completedLessons(grace.getLearnerId())).containsExactly("backpropagation");

		SiteUser otherDevice = user();
		answerAllAndComplete(otherDevice);
		assertThat(otherDevice.cookie("aie_learner")).isNotNull();
		HttpResponse<String> signIn = signIn(otherDevice, "GRACE", PASSWORD);
		assertThat(signIn.statusCode()).as("names are read in lower case").isEqualTo(302);
		assertThat(otherDevice.cookie("aie_learner")).isNull();
		assertThat(this.progress.completions(grace.getLearnerId())).as("the lesson both completed is kept once")
			.hasSize(1);
		assertThat(this.progress.answers(grace.getLearnerId())).as("every answer of both is kept, as history")
			.hasSize(6);
		assertThat(otherDevice.get(url("/api/progress")).body()).contains("\"completed\":1");
		assertThat(otherDevice.get(url(LESSON)).body()).contains("You have completed this lesson.");
	}

	@Test
	void aWrongPasswordAndAnUnknownNameGetTheSameAnswerInAboutTheSameTime() throws Exception {
		SiteUser owner = user();
		assertThat(signUp(owner, "hopper", PASSWORD).statusCode()).isEqualTo(302);
		List<Long> wrong = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		String wrongPage = "";
		String unknownPage = "";
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			HttpResponse<String> a = signIn(user(), "hopper", "not the password " + i);
			wrong.add(System.nanoTime() - start);
			start = System.nanoTime();
			HttpResponse<String> b = signIn(user(), "nobody-" + UUID.randomUUID().toString().substring(0, 8),
					"not the password " + i);
			unknown.add(System.nanoTime() - start);
			assertThat(a.statusCode()).isEqualTo(401);
			assertThat(b.statusCode()).isEqualTo(401);
			wrongPage = a.body();
			unknownPage = b.body();
		}
		String sentence = "That username and password do not match an account. Check both and try again.";
		assertThat(wrongPage).contains(sentence);
		assertThat(unknownPage).contains(sentence);
		assertThat(median(unknown)).as("an unknown name costs a password hash too (ns: %s vs %s)", unknown, wrong)
			.isGreaterThan(median(wrong) / 3);
	}

	@Test
	void fiveFailuresForOneNameRefuseEvenTheRightPasswordWith429() throws Exception {
		SiteUser owner = user();
		assertThat(signUp(owner, "babbage", PASSWORD).statusCode()).isEqualTo(302);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(user(), "babbage", "wrong password " + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = signIn(user(), "babbage", PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many failed attempts. Wait ", " seconds, then try again.");
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
	}

	@Test
	void failuresFromOneAddressForManyNamesAreThrottledToo() throws Exception {
		SiteUser attacker = user();
		for (int i = 0; i < 8; i++) {
			assertThat(signIn(attacker, "guess-" + i, "wrong password " + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = signIn(attacker, "guess-new", "wrong password");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many failed attempts.");
		assertThat(signIn(user(), "guess-new", "wrong password").statusCode()).as("another address is not held back")
			.isEqualTo(401);
	}

	@Test
	void signingInGivesANewSessionIdAndTheOldOneIsWorthNothing() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "fixation-a", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(signUp(user(), "fixation-b", PASSWORD).statusCode()).isEqualTo(302);
		String before = user.cookie("SESSION");
		// signed in as fixation-a, the account page's form token is the one at hand
		assertThat(user.submit(url("/account"), url("/signin"), "username", "fixation-b", "password", PASSWORD)
			.statusCode()).isEqualTo(302);
		String after = user.cookie("SESSION");
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(user.get(url("/account")).body()).contains("fixation-b");

		SiteUser planted = user();
		planted.setCookie("SESSION", before);
		assertThat(planted.get(url("/account")).statusCode()).as("the session id from before sign-in").isEqualTo(302);
	}

	@Test
	void anonymousReadersAndLearnersGetNoSession() throws Exception {
		SiteUser reader = user();
		HttpResponse<String> page = reader.get(url(LESSON));
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		answerAllAndComplete(reader);
		assertThat(reader.get(url("/signin")).statusCode()).isEqualTo(200);
		assertThat(reader.cookie("SESSION")).isNull();
		assertThat(reader.cookie("aie_learner")).isNotNull();
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "leaver", PASSWORD).statusCode()).isEqualTo(302);
		String session = user.cookie("SESSION");
		user.get(url("/account"));
		assertThat(user.post(url("/signout"), false).statusCode()).as("without the form token").isEqualTo(403);
		HttpResponse<String> out = user.submit(url("/account"), url("/signout"));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(user.cookie("SESSION")).isNull();
		assertThat(user.get(url("/")).body()).contains(">Sign in</a>");
		SiteUser replay = user();
		replay.setCookie("SESSION", session);
		assertThat(replay.get(url("/account")).statusCode()).isEqualTo(302);
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndAGoodNewOne() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "changer", PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> wrong = user.submit(url("/account"), url("/account/password"), "currentPassword",
				"not my password", "newPassword", "a brand new passphrase");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("That is not your current password.", "aria-invalid=\"true\"");
		HttpResponse<String> weak = user.submit(url("/account"), url("/account/password"), "currentPassword", PASSWORD,
				"newPassword", "password123");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("This password is one of the most common ones");
		HttpResponse<String> changed = user.submit(url("/account"), url("/account/password"), "currentPassword",
				PASSWORD, "newPassword", "a brand new passphrase");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(user.get(url("/account?passwordChanged")).body()).contains("Your password has been changed,");
		assertThat(signIn(user(), "changer", PASSWORD).statusCode()).isEqualTo(401);
		assertThat(signIn(user(), "changer", "a brand new passphrase").statusCode()).isEqualTo(302);
	}

	@Test
	void changingThePasswordEndsTheAccountsOtherSessionsAndKeepsThisOne() throws Exception {
		SiteUser phone = user();
		assertThat(signUp(phone, "many-devices", PASSWORD).statusCode()).isEqualTo(302);
		SiteUser laptop = user();
		assertThat(signIn(laptop, "many-devices", PASSWORD).statusCode()).isEqualTo(302);
		SiteUser stranger = user();
		assertThat(signUp(stranger, "someone-else", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(laptop.get(url("/account")).statusCode()).isEqualTo(200);
		String phoneSession = phone.cookie("SESSION");

		HttpResponse<String> changed = phone.submit(url("/account"), url("/account/password"), "currentPassword",
				PASSWORD, "newPassword", "a brand new passphrase");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(phone.cookie("SESSION")).as("this browser keeps its session").isEqualTo(phoneSession);
		assertThat(phone.get(url("/account?passwordChanged")).body()).contains("many-devices",
				"every other browser signed in to your account has been signed out");
		assertThat(laptop.get(url("/account")).statusCode()).as("the other browser is signed out").isEqualTo(302);
		assertThat(laptop.get(url("/")).body()).contains(">Sign in</a>");
		assertThat(stranger.get(url("/account")).statusCode()).as("another account's session is left alone")
			.isEqualTo(200);
	}

	@Test
	void withNoProviderConfiguredNoProviderSignInFilterIsThere() throws Exception {
		List<String> filters = this.filterChains.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.map((filter) -> filter.getClass().getSimpleName())
			.toList();
		assertThat(filters).isNotEmpty().noneMatch((name) -> name.startsWith("OAuth2"));
		assertThat(user().get(url("/oauth2/authorization/school")).statusCode()).isEqualTo(404);
		assertThat(user().get(url("/signin")).body()).doesNotContain("/oauth2/authorization");
	}

	@Test
	void theDownloadHoldsTheAccountItsAnswersItsCompletionsAndEveryFeaturesPart() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "downloader", PASSWORD).statusCode()).isEqualTo(302);
		answerAllAndComplete(user);
		HttpResponse<String> data = user.get(url("/account/data"));
		assertThat(data.statusCode()).isEqualTo(200);
		assertThat(data.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(data.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				"aieducademy-downloader.json");
		assertThat(data.body()).contains("\"username\":\"downloader\"", "\"role\":\"LEARNER\"",
				"\"quickCheck\":\"backpropagation.chain-rule-local-derivatives\"", "\"lesson\":\"backpropagation\"",
				"\"testPart\":{\"for\":\"downloader\"}");
		assertThat(data.body()).doesNotContain("passwordHash", "$2a$", "{bcrypt}");
		assertThat(user().get(url("/account/data")).statusCode()).as("a visitor is sent to sign in").isEqualTo(303);
	}

	@Test
	void deletingTheAccountNeedsItsPasswordAndDeletesEverythingInOneTransaction() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "deleter", PASSWORD).statusCode()).isEqualTo(302);
		answerAllAndComplete(user);
		Account account = this.accounts.findByUsername("deleter").orElseThrow();
		HttpResponse<String> wrong = user.submit(url("/account"), url("/account/delete"), "password", "not it at all");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("That is not your current password.");
		assertThat(this.accounts.existsByUsername("deleter")).isTrue();

		HttpResponse<String> deleted = user.submit(url("/account"), url("/account/delete"), "password", PASSWORD);
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/signin?deleted");
		assertThat(user.cookie("SESSION")).isNull();
		assertThat(this.accounts.existsByUsername("deleter")).isFalse();
		assertThat(this.progress.isKnown(account.getLearnerId())).isFalse();
		assertThat(this.deletions.seen).contains(Map.entry(account.getId(), true));
		assertThat(user.get(url("/signin?deleted")).body()).contains("Your account and everything stored with it");
		assertThat(signIn(user(), "deleter", PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void signUpMistakesComeBackAsFieldErrors() throws Exception {
		assertThat(signUp(user(), "taken-name", PASSWORD).statusCode()).isEqualTo(302);
		Map<String, String[]> cases = Map.of("Choose a username of at least 3 characters.",
				new String[] { "ab", PASSWORD }, "Use only letters a to z, digits, hyphens and underscores.",
				new String[] { "ada lovelace", PASSWORD }, "This username is taken. Choose another.",
				new String[] { "Taken-Name", PASSWORD }, "Choose a password of at least 10 characters.",
				new String[] { "shortpass", "short" }, "This password is one of the most common ones",
				new String[] { "commonpass", "Password123" }, "Your password must not contain your username.",
				new String[] { "marvin", "marvin-is-here-2024" });
		for (Map.Entry<String, String[]> mistake : cases.entrySet()) {
			HttpResponse<String> response = signUp(user(), mistake.getValue()[0], mistake.getValue()[1]);
			assertThat(response.statusCode()).as(mistake.getKey()).isEqualTo(400);
			assertThat(response.body()).as(mistake.getKey()).contains(mistake.getKey(), "aria-invalid=\"true\"");
		}
	}

	@Test
	void racingSignUpsForOneNameGiveOneAccountAndClearMessages() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				SiteUser racer = user();
				racer.get(url("/signup"));
				tasks.add(() -> racer.post(url("/signup"), true, "username", "racer", "password", PASSWORD));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> result : pool.invokeAll(tasks)) {
				HttpResponse<String> response = result.get();
				statuses.add(response.statusCode());
				if (response.statusCode() == 400) {
					assertThat(response.body()).contains("This username is taken. Choose another.");
				}
			}
			assertThat(Collections.frequency(statuses, 302)).as(statuses.toString()).isEqualTo(1);
			assertThat(Collections.frequency(statuses, 400)).as(statuses.toString()).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aUsernameWithMarkupComesBackEscaped() throws Exception {
		String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
		for (HttpResponse<String> response : List.of(signUp(user(), attack, PASSWORD),
				signIn(user(), attack, PASSWORD))) {
			assertThat(response.body()).doesNotContain("<script>alert(1)", "<img src=x")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
	}

	@Test
	void everyFormRefusesAPostWithoutItsToken() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "tokenless", PASSWORD).statusCode()).isEqualTo(302);
		for (String path : List.of("/signin", "/signup", "/account/password", "/account/delete", "/signout")) {
			assertThat(user
				.post(url(path), false, "username", "tokenless", "password", PASSWORD, "currentPassword", PASSWORD,
						"newPassword", "another good passphrase")
				.statusCode()).as(path).isEqualTo(403);
		}
		assertThat(this.accounts.existsByUsername("tokenless")).isTrue();
		assertThat(user.get(url("/account")).statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void eachAccountPageIsForSignedInUsersOfEveryRoleOnly() throws Exception {
		SiteUser visitor = user();
		assertThat(visitor.get(url("/account")).statusCode()).isEqualTo(302);
		assertThat(visitor.get(url("/account/data")).statusCode()).isEqualTo(303);
		assertThat(visitor
			.submit(url("/signin"), url("/account/password"), "currentPassword", PASSWORD, "newPassword",
					"another good passphrase")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/signin");
		assertThat(visitor.submit(url("/signin"), url("/account/delete"), "password", PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/signin");
		assertThat(visitor.get(url("/signin")).statusCode()).isEqualTo(200);
		assertThat(visitor.get(url("/signup")).statusCode()).isEqualTo(200);

		for (Role role : Role.values()) {
			String name = "role-" + role.name().toLowerCase(java.util.Locale.ROOT);
			assertThat(signUp(user(), name, PASSWORD).statusCode()).isEqualTo(302);
			Account account = this.accounts.findByUsername(name).orElseThrow();
			account.setRole(role);
			this.accounts.save(account);
			SiteUser user = user();
			assertThat(signIn(user, name, PASSWORD).statusCode()).isEqualTo(302);
			String page = user.get(url("/account")).body();
			assertThat(page).as(role.name()).contains(switch (role) {
				case LEARNER -> "<dd>Learner</dd>";
				case MODERATOR -> "<dd>Moderator</dd>";
				case ADMINISTRATOR -> "<dd>Administrator</dd>";
			});
			assertThat(user.get(url("/account/data")).statusCode()).isEqualTo(200);
			assertThat(user.get(url("/signin")).statusCode()).as("signed in, the sign-in page sends to the account")
				.isEqualTo(302);
		}
	}

	@Test
	void onlyAnAdministratorNamesAndRemovesModeratorsWhoAreSignedOutToTakeTheirNewRole() throws Exception {
		SiteUser admin = withRole("mod-admin", Role.ADMINISTRATOR);
		SiteUser moderator = withRole("mod-moderator", Role.MODERATOR);
		SiteUser learner = withRole("mod-learner", Role.LEARNER);
		SiteUser candidate = withRole("mod-candidate", Role.LEARNER);
		SiteUser visitor = user();
		assertThat(location(visitor.get(url("/admin/moderators")))).endsWith("/signin");
		assertThat(visitor.submit(url("/signin"), url("/admin/moderators"), "username", "mod-candidate").statusCode())
			.isEqualTo(401);
		for (SiteUser notAdministrator : List.of(moderator, learner)) {
			assertThat(notAdministrator.get(url("/admin/moderators")).statusCode()).isEqualTo(403);
			assertThat(notAdministrator.submit(url("/account"), url("/admin/moderators"), "username", "mod-candidate")
				.statusCode()).isEqualTo(403);
		}
		assertThat(role("mod-candidate")).isEqualTo(Role.LEARNER);

		String page = admin.get(url("/admin/moderators")).body();
		assertThat(page).contains("Name a moderator", "mod-moderator", "mod-admin");
		assertThat(admin.get(url("/account")).body()).contains("href=\"/admin/moderators\"");
		assertThat(learner.get(url("/account")).body()).doesNotContain("/admin/moderators");
		assertThat(admin.post(url("/admin/moderators"), false, "username", "mod-candidate").statusCode())
			.as("without the form token")
			.isEqualTo(403);
		HttpResponse<String> unknown = admin.submit(url("/admin/moderators"), url("/admin/moderators"), "username",
				"nobody-<b>here</b>");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("No account other than an administrator", "nobody-&lt;b&gt;here&lt;/b&gt;");
		HttpResponse<String> named = admin.submit(url("/admin/moderators"), url("/admin/moderators"), "username",
				"Mod-Candidate");
		assertThat(named.statusCode()).isEqualTo(302);
		assertThat(role("mod-candidate")).isEqualTo(Role.MODERATOR);
		assertThat(admin.get(location(named)).body()).contains("mod-candidate is now a moderator");
		assertThat(candidate.get(url("/account")).statusCode()).as("signed out, to sign in with the new role")
			.isEqualTo(302);
		assertThat(signIn(candidate, "mod-candidate", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(candidate.get(url("/account")).body()).contains("Moderator");

		assertThat(admin.submit(url("/admin/moderators"), url("/admin/moderators/remove"), "username", "mod-admin")
			.statusCode()).as("an administrator is not made a learner here").isEqualTo(400);
		assertThat(role("mod-admin")).isEqualTo(Role.ADMINISTRATOR);
		assertThat(admin.submit(url("/admin/moderators"), url("/admin/moderators/remove"), "username", "mod-candidate")
			.statusCode()).isEqualTo(302);
		assertThat(role("mod-candidate")).isEqualTo(Role.LEARNER);
		assertThat(candidate.get(url("/account")).statusCode()).isEqualTo(302);
	}

	@Test
	void theConfiguredAdministratorIsOneFromSignUpAndAtStartUp() throws Exception {
		this.accounts.findByUsername("headteacher").ifPresent(this.accounts::delete);
		SiteUser head = user();
		assertThat(signUp(head, "HEADTEACHER", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(this.accounts.findByUsername("headteacher").orElseThrow().getRole()).isEqualTo(Role.ADMINISTRATOR);

		Account demoted = this.accounts.findByUsername("headteacher").orElseThrow();
		demoted.setRole(Role.LEARNER);
		this.accounts.save(demoted);
		this.administrator.run(null);
		assertThat(this.accounts.findByUsername("headteacher").orElseThrow().getRole()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(signUp(user(), "assistant", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(this.accounts.findByUsername("assistant").orElseThrow().getRole()).isEqualTo(Role.LEARNER);
	}

	@Test
	void aCrossSitePostIsRefusedEvenWithASessionAndAToken() throws Exception {
		SiteUser user = user();
		assertThat(signUp(user, "victim", PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> api = user.postJson(url("/api/quick-checks/backpropagation.what-gradient-tells/answers"),
				"{\"choice\": 3}", "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"status\":403");
		user.get(url("/account"));
		user.header("Sec-Fetch-Site", "cross-site");
		assertThat(user.post(url("/account/delete"), true, "password", PASSWORD).statusCode()).isEqualTo(403);
		assertThat(this.accounts.existsByUsername("victim")).isTrue();
		Account victim = this.accounts.findByUsername("victim").orElseThrow();
		assertThat(this.progress.isKnown(victim.getLearnerId())).isFalse();
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
		SiteUser plain = user();
		HttpResponse<String> overHttp = signUp(plain, "cookie-http", PASSWORD);
		String cookie = sessionCookie(overHttp);
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(cookie).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");

		SiteUser proxied = user().header("X-Forwarded-Proto", "https");
		String secure = sessionCookie(signUp(proxied, "cookie-https", PASSWORD));
		assertThat(secure).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
	}

	/** A user signed in through the form with an account of this role. */
	private SiteUser withRole(String username, Role role) throws Exception {
		assertThat(signUp(user(), username, PASSWORD).statusCode()).isEqualTo(302);
		Account account = this.accounts.findByUsername(username).orElseThrow();
		account.setRole(role);
		this.accounts.save(account);
		SiteUser user = user();
		assertThat(signIn(user, username, PASSWORD).statusCode()).isEqualTo(302);
		return user;
	}

	private Role role(String username) {
		return this.accounts.findByUsername(username).orElseThrow().getRole();
	}

	private String location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.startsWith("/") ? url(location) : location;
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
	}

	private SiteUser user() {
		int n = addresses.getAndIncrement();
		return new SiteUser().header("X-Forwarded-For", "10.9." + (n / 250) + "." + (n % 250 + 1))
			.header("Sec-Fetch-Site", "same-origin");
	}

	private HttpResponse<String> signUp(SiteUser user, String username, String password) throws Exception {
		return user.submit(url("/signup"), url("/signup"), "username", username, "password", password);
	}

	private HttpResponse<String> signIn(SiteUser user, String username, String password) throws Exception {
		return user.submit(url("/signin"), url("/signin"), "username", username, "password", password);
	}

	private void answerAllAndComplete(SiteUser user) throws Exception {
		for (Map.Entry<String, Integer> answer : Map
			.of("backpropagation.chain-rule-local-derivatives", 2, "backpropagation.vanishing-gradients-cause", 0,
					"backpropagation.what-gradient-tells", 3)
			.entrySet()) {
			assertThat(user
				.postJson(url("/api/quick-checks/" + answer.getKey() + "/answers"),
						"{\"choice\": " + answer.getValue() + "}")
				.statusCode()).isEqualTo(200);
		}
		assertThat(user.postJson(url("/api/lessons/backpropagation/completion"), "").statusCode()).isEqualTo(200);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * Records each account deletion and whether it came inside a transaction, and gives
	 * the download a part of its own, as a feature with personal data would.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DeletionEvents {

		final Set<Map.Entry<Long, Boolean>> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

		@EventListener
		void on(AccountDeleted deleted) {
			this.seen
				.add(Map.entry(deleted.accountId(), TransactionSynchronizationManager.isActualTransactionActive()));
		}

		@Bean
		PersonalData testPart() {
			return new PersonalData() {
				@Override
				public String name() {
					return "testPart";
				}

				@Override
				public Object export(SignedIn account) {
					return Map.of("for", account.username());
				}
			};
		}

	}

}
