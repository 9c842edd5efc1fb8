package io.aieducademy.classes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aieducademy.accounts.Account;
import io.aieducademy.accounts.AccountDeleted;
import io.aieducademy.accounts.AccountRepository;
import io.aieducademy.accounts.PersonalData;
import io.aieducademy.accounts.Role;
import io.aieducademy.accounts.SignedIn;
import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.progress.Progress;
import io.aieducademy.quiz.Quiz;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Teachers' classes through their pages, forms, CSV files and JSON API, with accounts
 * saved in the database and figures computed from answers recorded by the quiz.
 */
@SpringBootTest(properties = { "aieducademy.classes.join-burst=4", "aieducademy.classes.join-per-hour=1" })
@AutoConfigureMockMvc
class ClassesTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	private static final Pattern CLASS_ADDRESS = Pattern.compile("/classes/(\\d+)$");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private ClassroomRepository classrooms;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private Quiz quiz;

	@Autowired
	private Progress progress;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private List<PersonalData> personalData;

	@Test
	void aTeacherCreatesAClassThreeLearnersJoinAndAnswerAndThePageShowsWhatTheyGotWrongMost() throws Exception {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, "Year 9, Tuesdays");
		String code = joinCode(id);
		SignedIn ada = account("ada", Role.LEARNER);
		SignedIn ben = account("ben", Role.LEARNER);
		SignedIn cai = account("cai", Role.LEARNER);
		for (SignedIn learner : List.of(ada, ben, cai)) {
			// typed in lower case, with spaces: still the code
			String typed = code.toLowerCase().substring(0, 5) + " " + code.toLowerCase().substring(5);
			assertThat(post("/classes/join", learner).param("code", typed)).hasStatus3xxRedirection()
				.hasRedirectedUrl("/classes?joined=" + id);
		}
		List<QuickCheck> checks = this.catalogue.requireLesson("backpropagation").quickChecks();
		QuickCheck first = checks.get(0);
		QuickCheck second = checks.get(1);
		QuickCheck third = checks.get(2);
		int secondWrong = wrong(second, 0);
		int secondOtherWrong = wrong(second, 1);
		// the first: two right first time; the second: all three wrong first time (two
		// chose the same wrong option); the third: two right first time
		answer(ada, first, first.answer());
		answer(ada, second, secondWrong);
		answer(ada, second, second.answer());
		answer(ada, third, third.answer());
		answer(ben, first, first.answer());
		answer(ben, second, secondWrong);
		answer(ben, third, wrong(third, 0));
		answer(ben, third, third.answer());
		answer(cai, first, wrong(first, 0));
		answer(cai, first, first.answer());
		answer(cai, second, secondOtherWrong);
		answer(cai, third, third.answer());
		this.progress.recordCompletion(ada.learnerId(), "ai-sprouts", "backpropagation");
		// someone who is not in the class: their answers count nowhere
		SignedIn outsider = account("outsider", Role.LEARNER);
		answer(outsider, first, wrong(first, 0));
		answer(outsider, third, wrong(third, 0));

		MvcTestResult page = get("/classes/" + id, teacher).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("Year 9, Tuesdays", JoinCodes.display(code));
		assertThat(mostMissedSection(html)).as("the most missed quick check stands out at the top of the page")
			.contains(escaped(second.question()), "3 of 3 learners got this wrong the first time.",
					escaped(second.options().get(secondWrong).text()));
		assertThat(html).as("its row in the table is marked")
			.contains("<tr id=\"check-" + second.id() + "\" class=\"is-most-missed\">")
			.doesNotContain("<tr id=\"check-" + first.id() + "\" class=\"is-most-missed\">");
		assertThat(html)
			.contains(escaped(account(ada).getUsername()), escaped(account(ben).getUsername()),
					escaped(account(cai).getUsername()))
			.doesNotContain(escaped(account(outsider).getUsername()));
		assertThat(page.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");

		MvcTestResult results = get("/api/classes/" + id + "/results", teacher).exchange();
		assertThat(results).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(results.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(results).bodyJson().extractingPath("$.mostMissed").isEqualTo(second.id());
		assertThat(results).bodyJson().extractingPath("$.lessons.length()").isEqualTo(1);
		assertThat(results).bodyJson().extractingPath("$.lessons[0].slug").isEqualTo("backpropagation");
		assertThat(results).bodyJson().extractingPath("$.lessons[0].answered").isEqualTo(3);
		assertThat(results).bodyJson().extractingPath("$.lessons[0].completed").isEqualTo(1);
		assertCheck(results, 0, first.id(), 3, 2, first.options().get(wrong(first, 0)).text(), 1);
		assertCheck(results, 1, second.id(), 3, 0, second.options().get(secondWrong).text(), 2);
		assertCheck(results, 2, third.id(), 3, 2, third.options().get(wrong(third, 0)).text(), 1);
		assertThat(results).bodyJson().extractingPath("$.lessons[0].quickChecks[1].mostMissed").isEqualTo(true);
		assertThat(results).bodyJson().extractingPath("$.lessons[0].quickChecks[0].mostMissed").isEqualTo(false);
		assertThat(results).bodyJson().extractingPath("$.learners.length()").isEqualTo(3);
		assertThat(results).bodyJson()
			.extractingPath("$.learners[?(@.username == '" + account(ada).getUsername() + "')].lessonsCompleted")
			.isEqualTo(List.of(1));
		assertThat(results).bodyJson()
			.extractingPath("$.learners[?(@.username == '" + account(ada).getUsername() + "')].lessonsAvailable")
			.isEqualTo(List.of(this.catalogue.lessons().size()));
		assertThat(results).bodyJson()
			.extractingPath("$.learners[?(@.username == '" + account(cai).getUsername() + "')].rightFirstTime")
			.isEqualTo(List.of(1));
	}

	@Test
	void aLearnerWhoLeavesDisappearsFromTheFigures() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, "Robotics club");
		SignedIn stays = account("stays", Role.LEARNER);
		SignedIn leaves = account("leaves", Role.LEARNER);
		join(stays, joinCode(id));
		join(leaves, joinCode(id));
		QuickCheck check = this.catalogue.requireLesson("backpropagation").quickChecks().get(0);
		answer(stays, check, check.answer());
		answer(leaves, check, wrong(check, 0));
		assertThat(get("/api/classes/" + id + "/results", teacher)).bodyJson()
			.extractingPath("$.lessons[0].quickChecks[0].answered")
			.isEqualTo(2);
		MvcTestResult mine = get("/classes", leaves).exchange();
		assertThat(mine).hasStatusOk().bodyText().contains("Robotics club", "/classes/" + id + "/leave");

		assertThat(post("/classes/" + id + "/leave", leaves)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/classes?left=1");

		MvcTestResult results = get("/api/classes/" + id + "/results", teacher).exchange();
		assertThat(results).bodyJson().extractingPath("$.learners.length()").isEqualTo(1);
		assertThat(results).bodyJson().extractingPath("$.learners[0].username").isEqualTo(account(stays).getUsername());
		assertThat(results).bodyJson().extractingPath("$.lessons[0].quickChecks[0].answered").isEqualTo(1);
		assertThat(results).bodyJson().extractingPath("$.lessons[0].quickChecks[0].rightFirstTime").isEqualTo(1);
		assertThat(results).bodyJson().extractingPath("$.mostMissed").isNull();
		assertThat(get("/classes/" + id + "/learners.csv", teacher)).bodyText()
			.contains(account(stays).getUsername())
			.doesNotContain(account(leaves).getUsername());
		assertThat(get("/classes?left=1", leaves)).bodyText()
			.contains("You left the class.")
			.doesNotContain("Robotics club");
	}

	@Test
	void onlyTheTeacherSeesAClassEveryoneElseGets404OrIsAskedToSignIn() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, "Chemistry 2");
		SignedIn member = account("member", Role.LEARNER);
		join(member, joinCode(id));
		SignedIn otherTeacher = account("other", Role.LEARNER);
		createClass(otherTeacher, "Other class");
		SignedIn moderator = account("moderator", Role.MODERATOR);
		SignedIn administrator = account("admin", Role.ADMINISTRATOR);
		List<String> reads = List.of("/classes/" + id, "/classes/" + id + "/quick-checks.csv",
				"/classes/" + id + "/learners.csv", "/api/classes/" + id + "/results");

		for (String address : reads) {
			assertThat(this.mvc.get().uri(address)).as("anonymous " + address).hasStatus(401);
			assertThat(get(address, teacher)).as("the teacher " + address).hasStatusOk();
			for (SignedIn someone : List.of(member, otherTeacher, moderator, administrator)) {
				assertThat(get(address, someone)).as(someone.role() + " " + address).hasStatus(404);
			}
		}
		assertThat(get("/classes/" + (id + 100000), teacher)).as("a class that does not exist").hasStatus(404);
		assertThat(this.mvc.get().uri("/api/classes/" + id + "/results")).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Sign in as the class's teacher, or send their personal access token, to see its results.");
		assertThat(get("/api/classes/" + id + "/results", administrator)).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("You do not teach a class with the id " + id + ".");
		assertThat(get("/api/classes/nope/results", teacher)).as("an id that is not a number").hasStatus(400);
		assertThat(this.mvc.get().uri("/classes")).as("the list asks an anonymous visitor to sign in")
			.hasStatus(401)
			.bodyText()
			.contains("Sign in to use classes", "href=\"/signin\"");

		for (SignedIn someone : List.of(member, otherTeacher, moderator, administrator)) {
			assertThat(post("/classes/" + id + "/delete", someone)).as(someone.role() + " deletes").hasStatus(404);
		}
		for (String form : List.of("/classes", "/classes/join", "/classes/" + id + "/leave",
				"/classes/" + id + "/delete")) {
			assertThat(this.mvc.post().uri(form).with(csrf()).param("name", "x").param("code", "x"))
				.as("anonymous " + form)
				.hasStatus(401);
		}
		assertThat(this.classrooms.findById(id)).isPresent();
		assertThat(post("/classes/" + id + "/delete", teacher)).hasRedirectedUrl("/classes?deleted=1");
		assertThat(this.classrooms.findById(id)).isEmpty();
		assertThat(get("/classes/" + id, teacher)).hasStatus(404);
	}

	@Test
	void namesTypedByUsersAreEscapedInHtmlJsonAndCsv() throws Exception {
		String name = "<script>alert(1)</script>=SUM(A1)";
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, name);
		SignedIn learner = accountNamed("=cmd|'/c calc'!a0<b>" + NAMES.incrementAndGet());
		SignedIn atSign = accountNamed("@sum(1)" + NAMES.incrementAndGet());
		join(learner, joinCode(id));
		join(atSign, joinCode(id));

		String page = get("/classes/" + id, teacher).exchange().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)", "<b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;=SUM(A1)", "!a0&lt;b&gt;");
		assertThat(get("/classes", learner)).bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(get("/classes", teacher)).bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		MvcTestResult json = get("/api/classes/" + id + "/results", teacher).exchange();
		assertThat(json).hasContentType(MediaType.APPLICATION_JSON).bodyJson().extractingPath("$.name").isEqualTo(name);
		assertThat(json.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		MvcTestResult csv = get("/classes/" + id + "/learners.csv", teacher).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"class-" + id + "-learners.csv\"");
		String text = new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Learner\",")
			.contains("\r\n\"'=cmd|'/c calc'!a0<b>", "\r\n\"'@sum(1)")
			.doesNotContain("\r\n\"=", "\r\n\"@");
	}

	@Test
	void theQuickCheckFileHasOneRowPerQuickCheckOfTheLessonsAnswered() throws Exception {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, "Café crème, ünïcödé");
		SignedIn learner = account("learner", Role.LEARNER);
		join(learner, joinCode(id));
		List<QuickCheck> checks = this.catalogue.requireLesson("backpropagation").quickChecks();
		answer(learner, checks.get(0), wrong(checks.get(0), 0));
		MvcTestResult csv = get("/classes/" + id + "/quick-checks.csv", teacher).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"class-" + id + "-quick-checks.csv\"");
		String[] rows = new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
			.split("\r\n");
		assertThat(rows).hasSize(1 + checks.size());
		assertThat(rows[1]).startsWith("\"Backpropagation\",\"" + checks.get(0).id() + "\",")
			.endsWith(",\"1\",\"0\",\""
					+ checks.get(0).options().get(wrong(checks.get(0), 0)).text().replace("\"", "\"\"")
					+ "\",\"1\",\"yes\"");
		assertThat(get("/classes", teacher)).bodyText().contains("Café crème, ünïcödé");
	}

	@Test
	void formsWithoutTheirTokenAreRefused() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long before = this.classrooms.countByTeacherId(teacher.accountId());
		assertThat(this.mvc.post().uri("/classes").with(as(teacher)).param("name", "No token")).hasStatus(403);
		assertThat(this.classrooms.countByTeacherId(teacher.accountId())).isEqualTo(before);
		long id = createClass(teacher, "With token");
		SignedIn learner = account("learner", Role.LEARNER);
		assertThat(this.mvc.post().uri("/classes/join").with(as(learner)).param("code", joinCode(id))).hasStatus(403);
		join(learner, joinCode(id));
		assertThat(this.mvc.post().uri("/classes/" + id + "/leave").with(as(learner))).hasStatus(403);
		assertThat(this.mvc.post().uri("/classes/" + id + "/delete").with(as(teacher))).hasStatus(403);
		assertThat(get("/api/classes/" + id + "/results", teacher)).bodyJson()
			.extractingPath("$.learners.length()")
			.isEqualTo(1);
	}

	@Test
	void refusedFormsComeBackWithTheReasonBesideTheField() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		MvcTestResult blank = post("/classes", teacher).param("name", "   ").exchange();
		assertThat(blank).hasStatus(400).bodyText().contains("Give the class a name.", "aria-invalid=\"true\"");
		MvcTestResult tooLong = post("/classes", teacher).param("name", "x".repeat(81)).exchange();
		assertThat(tooLong).hasStatus(400)
			.bodyText()
			.contains("The name is 81 characters long; use at most 80.", "value=\"" + "x".repeat(81) + "\"");
		assertThat(post("/classes", teacher).param("name", "Tab\u0007bell")).hasStatus(400)
			.bodyText()
			.contains("cannot be shown");
		assertThat(this.classrooms.countByTeacherId(teacher.accountId())).isZero();
		assertThat(post("/classes", teacher).param("name", "x".repeat(80))).hasStatus3xxRedirection();

		long id = createClass(teacher, "Mine");
		assertThat(post("/classes/join", teacher).param("code", joinCode(id))).hasStatus(400)
			.bodyText()
			.contains("You teach this class");
		SignedIn learner = account("learner", Role.LEARNER);
		assertThat(post("/classes/join", learner).param("code", "too-short")).hasStatus(400)
			.bodyText()
			.contains("A join code has 10 letters and digits", "value=\"too-short\"");
	}

	@Test
	void joiningIsRateLimitedPerAccountSoCodesCannotBeGuessed() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long id = createClass(teacher, "Guarded");
		String code = joinCode(id);
		SignedIn guesser = account("guesser", Role.LEARNER);
		// the test context allows 4 tries at once and 1 an hour after that
		for (int i = 0; i < 4; i++) {
			assertThat(post("/classes/join", guesser).param("code", unusedCode())).hasStatus(400)
				.bodyText()
				.contains("No class has this code.");
		}
		MvcTestResult refused = post("/classes/join", guesser).param("code", code).exchange();
		assertThat(refused).as("even the right code, once the tries are spent").hasStatus(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 3600L);
		assertThat(refused).bodyText().contains("Too many tries. Wait");
		assertThat(get("/api/classes/" + id + "/results", teacher)).bodyJson()
			.extractingPath("$.learners.length()")
			.isEqualTo(0);
		SignedIn another = account("another", Role.LEARNER);
		assertThat(post("/classes/join", another).param("code", code)).as("the limit is per account")
			.hasRedirectedUrl("/classes?joined=" + id);
	}

	@Test
	void deletingAnAccountRemovesItsClassesAndMemberships() {
		SignedIn teacher = account("teacher", Role.LEARNER);
		long taught = createClass(teacher, "Will go");
		SignedIn learner = account("learner", Role.LEARNER);
		join(learner, joinCode(taught));
		SignedIn otherTeacher = account("other", Role.LEARNER);
		long stays = createClass(otherTeacher, "Stays");
		join(learner, joinCode(stays));
		join(teacher, joinCode(stays));

		assertThat(this.personalData).anySatisfy((part) -> {
			assertThat(part.name()).isEqualTo("classes");
			assertThat(part.export(teacher))
				.hasToString("Export[teaches=[Taught[name=Will go, joinCode=" + JoinCodes.display(joinCode(taught))
						+ ", createdAt=" + this.classrooms.findById(taught).orElseThrow().createdAt()
						+ ", learners=1]], belongsTo=[Joined[name=Stays, joinedAt=" + joinedAt(teacher) + "]]]");
		});

		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new AccountDeleted(teacher.accountId(), teacher.learnerId()));
			this.accounts.deleteById(teacher.accountId());
		});

		assertThat(this.classrooms.findById(taught)).isEmpty();
		assertThat(get("/classes", learner)).bodyText().contains("Stays").doesNotContain("Will go");
		assertThat(get("/api/classes/" + stays + "/results", otherTeacher)).bodyJson()
			.extractingPath("$.learners[*].username")
			.isEqualTo(List.of(account(learner).getUsername()));
	}

	private Instant joinedAt(SignedIn user) {
		return this.transactions.execute((status) -> this.personalData.stream()
			.filter((part) -> part.name().equals("classes"))
			.map((part) -> ((ClassesPersonalData.Export) part.export(user)).belongsTo().get(0).joinedAt())
			.findFirst()
			.orElseThrow());
	}

	private void assertCheck(MvcTestResult results, int index, String id, int answered, int rightFirstTime,
			String wrongText, int wrongLearners) {
		String check = "$.lessons[0].quickChecks[" + index + "]";
		assertThat(results).bodyJson().extractingPath(check + ".id").isEqualTo(id);
		assertThat(results).bodyJson().extractingPath(check + ".answered").isEqualTo(answered);
		assertThat(results).bodyJson().extractingPath(check + ".rightFirstTime").isEqualTo(rightFirstTime);
		assertThat(results).bodyJson().extractingPath(check + ".mostCommonWrongOption.text").isEqualTo(wrongText);
		assertThat(results).bodyJson()
			.extractingPath(check + ".mostCommonWrongOption.learners")
			.isEqualTo(wrongLearners);
	}

	private static String mostMissedSection(String html) {
		int start = html.indexOf("<section class=\"most-missed\"");
		assertThat(start).as("the page has a most-missed section").isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static String escaped(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

	/** The n-th wrong option of a quick check. */
	private static int wrong(QuickCheck check, int n) {
		int found = -1;
		for (int i = 0; i < check.options().size(); i++) {
			if (i != check.answer() && ++found == n) {
				return i;
			}
		}
		throw new IllegalArgumentException("The quick check has too few wrong options");
	}

	private void answer(SignedIn learner, QuickCheck check, int choice) {
		this.quiz.answer(learner.learnerId(), check, choice);
	}

	private long createClass(SignedIn teacher, String name) {
		MvcTestResult created = post("/classes", teacher).param("name", name).exchange();
		assertThat(created).hasStatus3xxRedirection();
		Matcher id = CLASS_ADDRESS.matcher(String.valueOf(created.getResponse().getRedirectedUrl()));
		assertThat(id.find()).as("redirected to the class's page").isTrue();
		return Long.parseLong(id.group(1));
	}

	private void join(SignedIn learner, String code) {
		assertThat(post("/classes/join", learner).param("code", code)).hasStatus3xxRedirection();
	}

	private String joinCode(long id) {
		return this.classrooms.findById(id).orElseThrow().joinCode();
	}

	private String unusedCode() {
		String code = JoinCodes.next();
		while (this.classrooms.existsByJoinCode(code)) {
			code = JoinCodes.next();
		}
		return code;
	}

	private SignedIn account(String prefix, Role role) {
		return save(prefix + "-" + NAMES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8), role);
	}

	private SignedIn accountNamed(String username) {
		return save(username, Role.LEARNER);
	}

	private SignedIn save(String username, Role role) {
		return this.accounts.save(new Account(username, "{noop}unused", role, UUID.randomUUID(), Instant.now()))
			.signedIn();
	}

	private Account account(SignedIn user) {
		return this.accounts.findById(user.accountId()).orElseThrow();
	}

	private MockMvcRequestBuilder get(String address, SignedIn user) {
		return this.mvc.get().uri(address).with(as(user));
	}

	private MockMvcRequestBuilder post(String address, SignedIn user) {
		return this.mvc.post().uri(address).with(as(user)).with(csrf());
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(@Nullable SignedIn user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ((user != null) ? user.role() : "NONE")))));
	}

}
