package io.aieducademy.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import io.aieducademy.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The lesson discussion and suggested edits through the pages' forms (without JavaScript)
 * and the JSON API, for each role: a visitor, a learner, another learner, a moderator and
 * an administrator. Small limits make the page size and the rate limit easy to reach; a
 * clock the test moves makes the edit window.
 */
@SpringBootTest(properties = { "aieducademy.discussion.page-size=3", "aieducademy.discussion.write-burst=6",
		"aieducademy.discussion.writes-per-hour=1", "aieducademy.discussion.max-length=300" })
@AutoConfigureMockMvc
@Import(MovableClock.InPlace.class)
class DiscussionTests {

	static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	static final String API = "/api/lessons/backpropagation/discussion";

	private static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PostRepository posts;

	@Autowired
	ReportRepository reports;

	@Autowired
	SuggestionRepository suggestions;

	@Autowired
	MovableClock clock;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<PersonalData> personalData;

	@BeforeEach
	void emptyDiscussion() {
		this.reports.deleteAll();
		this.posts.findAll().stream().filter((post) -> post.parentId() != null).forEach(this.posts::delete);
		this.posts.deleteAll();
		this.suggestions.deleteAll();
	}

	// --- reading

	@Test
	void aVisitorReadsTheDiscussionAndIsInvitedToSignIn() {
		SignedIn learner = account(Role.LEARNER);
		postForm(learner, "What does the chain rule multiply?", null);
		String html = page(null, LESSON);
		assertThat(html).contains("Discussion (1 post)", "What does the chain rule multiply?", learner.username(),
				"href=\"/signin\"", "Sign in to join the discussion", "Sign in to send a suggestion");
		assertThat(html).as("no form to post, reply or report")
			.doesNotContain("id=\"form-post\"", "name=\"replyTo\"", "/report\"", "id=\"form-suggestion\"");
	}

	@Test
	void aSignedInLearnerPostsThroughTheFormAndReadsNewestFirst() {
		SignedIn learner = account(Role.LEARNER);
		MvcTestResult first = postForm(learner, "First question", null);
		assertThat(first).hasStatus(302);
		assertThat(first.getResponse().getRedirectedUrl()).matches(Pattern.quote(LESSON) + "#post-\\d+");
		this.clock.advance(Duration.ofSeconds(1));
		postForm(learner, "Second question", null);
		String html = page(learner, LESSON);
		assertThat(html).contains("Discussion (2 posts)", "id=\"form-post\"", "name=\"_csrf\"");
		assertThat(html.indexOf("Second question")).as("newest first").isLessThan(html.indexOf("First question"));
		assertThat(html).doesNotContain("Sign in to join the discussion");
	}

	@Test
	void theCountIsShownOnTheLessonPageAndTheApiIsPublic() throws Exception {
		SignedIn learner = account(Role.LEARNER);
		long parent = postApi(learner, "A post");
		postApi(learner, "{\"text\": \"A reply\", \"replyTo\": " + parent + "}", true);
		assertThat(page(null, LESSON)).contains("Discussion (2 posts)");
		JsonNode page = this.json.readTree(this.mvc.get().uri(API).exchange().getResponse().getContentAsString());
		assertThat(page.get("count").asLong()).isEqualTo(2);
		assertThat(page.get("posts")).hasSize(1);
		assertThat(page.get("posts").get(0).get("replies").get(0).get("text").asString()).isEqualTo("A reply");
		assertThat(page.get("signedIn").asBoolean()).isFalse();
	}

	@Test
	void pagesHoldTheConfiguredNumberOfPostsNewestFirst() throws Exception {
		SignedIn one = account(Role.LEARNER);
		SignedIn two = account(Role.LEARNER);
		for (int i = 1; i <= 7; i++) {
			postForm((i % 2 == 0) ? one : two, "Post number " + i + ".", null);
			this.clock.advance(Duration.ofSeconds(1));
		}
		String first = page(null, LESSON);
		assertThat(first).contains("Post number 7.", "Post number 6.", "Post number 5.", "Page 1 of 3",
				"href=\"" + LESSON + "?page=2#discussion\"", "Discussion (7 posts)");
		assertThat(first).doesNotContain("Post number 4.", "Newer posts");
		String last = page(null, LESSON + "?page=3");
		assertThat(last).contains("Post number 1.", "Page 3 of 3", "Newer posts").doesNotContain("Post number 2.");
		assertThat(page(null, LESSON + "?page=99")).as("past the end: the last page").contains("Post number 1.");
		assertThat(page(null, LESSON + "?page=nonsense")).as("unreadable: the first page").contains("Post number 7.");
		JsonNode api = this.json
			.readTree(this.mvc.get().uri(API + "?page=1").exchange().getResponse().getContentAsString());
		assertThat(api.get("posts").valueStream().map((post) -> post.get("text").asString()))
			.containsExactly("Post number 4.", "Post number 3.", "Post number 2.");
		assertThat(api.get("pages").asInt()).isEqualTo(3);
		assertThat(this.mvc.get().uri(API + "?page=-1").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri(API + "?page=x").exchange()).hasStatus(400);
	}

	// --- replies

	@Test
	void repliesAreOneLevelDeep() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		long post = id(postForm(author, "Why backwards?", null));
		long reply = id(postForm(other, "Because of the chain rule.", post));
		long replyToReply = id(postForm(author, "Thanks!", reply));
		assertThat(this.posts.findById(reply).orElseThrow().parentId()).isEqualTo(post);
		assertThat(this.posts.findById(replyToReply).orElseThrow().parentId()).as("under the same post")
			.isEqualTo(post);
		String html = page(other, LESSON);
		assertThat(html).contains("Discussion (3 posts)", "posts posts--replies");
		assertThat(html.indexOf("Because of the chain rule.")).isLessThan(html.indexOf("Thanks!"));
	}

	@Test
	void aReplyToAPostOfAnotherLessonOrToNoPostIsAMistake() {
		SignedIn learner = account(Role.LEARNER);
		long elsewhere = this.posts
			.save(new Post("neurons", learner.accountId(), null, "Elsewhere", this.clock.instant()))
			.id();
		MvcTestResult refused = postForm(learner, "A reply", elsewhere);
		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#form-reply-" + elsewhere);
		assertThat(flashed(refused).error()).contains("no post " + elsewhere + " under this lesson");
		assertThat(this.posts.count()).isEqualTo(1);
	}

	// --- editing and deleting

	@Test
	void theAuthorEditsWithinTheWindowAndNotAfter() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		long post = id(postForm(author, "Frist", null));
		assertThat(page(author, LESSON)).contains("id=\"form-edit-" + post + "\"");
		assertThat(page(other, LESSON)).doesNotContain("id=\"form-edit-" + post + "\"");
		assertThat(form(other, LESSON + "/discussion/" + post + "/edit").param("text", "Hijacked").exchange())
			.hasStatus(403)
			.bodyText()
			.contains("Only the author of a post can change or delete it.");
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(form(author, LESSON + "/discussion/" + post + "/edit").param("text", "First").exchange())
			.hasStatus(302);
		assertThat(page(other, LESSON)).contains("First", "(edited)").doesNotContain("Frist");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(page(author, LESSON)).as("15 minutes after posting").doesNotContain("form-edit-" + post);
		assertThat(form(author, LESSON + "/discussion/" + post + "/edit").param("text", "Too late").exchange())
			.hasStatus(403)
			.bodyText()
			.contains("A post can be edited for 15 minutes after it is posted.");
		assertThat(this.posts.findById(post).orElseThrow().text()).isEqualTo("First");
	}

	@Test
	void onlyTheAuthorDeletesAndRepliesOutliveTheirPost() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		long lonely = id(postForm(author, "Nobody answers this", null));
		long answered = id(postForm(author, "Somebody answers this", null));
		id(postForm(other, "An answer", answered));
		for (SignedIn notAuthor : List.of(other, moderator)) {
			assertThat(form(notAuthor, LESSON + "/discussion/" + lonely + "/delete").exchange()).hasStatus(403);
		}
		assertThat(form(null, LESSON + "/discussion/" + lonely + "/delete").exchange()).hasStatus(401);
		assertThat(form(author, LESSON + "/discussion/" + lonely + "/delete").exchange()).hasStatus(302);
		assertThat(this.posts.existsById(lonely)).isFalse();
		assertThat(form(author, LESSON + "/discussion/" + answered + "/delete").exchange()).hasStatus(302);
		String html = page(null, LESSON);
		assertThat(html).contains("Deleted by its author.", "An answer", "Discussion (1 post)")
			.doesNotContain("Somebody answers this", "Nobody answers this");
		assertThat(form(author, LESSON + "/discussion/" + lonely + "/delete").exchange()).as("gone").hasStatus(404);
	}

	// --- moderation and reports

	@Test
	void moderatorsAndAdministratorsHideWithAReasonThatOnlyTheAuthorAndModeratorsRead() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		SignedIn administrator = account(Role.ADMINISTRATOR);
		long post = id(postForm(author, "Buy cheap watches", null));
		long second = id(postForm(author, "More watches", null));
		assertThat(page(other, LESSON)).doesNotContain("form-hide-");
		assertThat(page(moderator, LESSON)).contains("id=\"form-hide-" + post + "\"");
		assertThat(form(other, LESSON + "/discussion/" + post + "/hide").param("reason", "spam").exchange())
			.hasStatus(403);
		assertThat(form(author, LESSON + "/discussion/" + post + "/hide").param("reason", "mine").exchange())
			.hasStatus(403);
		MvcTestResult noReason = form(moderator, LESSON + "/discussion/" + post + "/hide").param("reason", " ")
			.exchange();
		assertThat(flashed(noReason).error()).contains("Say why the post is hidden");
		assertThat(form(moderator, LESSON + "/discussion/" + post + "/hide").param("reason", "Advertising").exchange())
			.hasStatus(302);
		assertThat(form(administrator, LESSON + "/discussion/" + second + "/hide").param("reason", "Also advertising")
			.exchange()).hasStatus(302);
		assertThat(page(author, LESSON)).contains("Hidden by a moderator: Advertising", "Buy cheap watches");
		assertThat(page(moderator, LESSON)).contains("Hidden by a moderator: Advertising");
		for (SignedIn reader : new SignedIn[] { other, null }) {
			assertThat(page(reader, LESSON)).contains("Hidden by a moderator.")
				.doesNotContain("Buy cheap watches", "Advertising", "More watches");
		}
	}

	@Test
	void anyoneSignedInReportsAPostOnceAndModeratorsSeeTheCount() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		long post = id(postForm(author, "Something rude", null));
		assertThat(form(null, LESSON + "/discussion/" + post + "/report").exchange()).hasStatus(401);
		assertThat(page(author, LESSON)).as("no report of one's own post").doesNotContain("/report\"");
		assertThat(form(other, LESSON + "/discussion/" + post + "/report").exchange()).hasStatus(302);
		assertThat(form(other, LESSON + "/discussion/" + post + "/report").exchange()).hasStatus(302);
		assertThat(this.reports.count()).as("once per post per account").isEqualTo(1);
		assertThat(page(other, LESSON)).contains("You reported this post").doesNotContain("Reported once");
		assertThat(page(moderator, LESSON)).contains("Reported once");
		assertThat(form(moderator, LESSON + "/discussion/" + post + "/report").exchange()).hasStatus(302);
		assertThat(page(moderator, LESSON)).contains("Reported 2 times");
	}

	// --- text

	@Test
	void htmlFromLearnersComesBackEscapedInThePageAndAsTypedInJson() throws Exception {
		SignedIn learner = account(Role.LEARNER);
		String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>\n"
				+ "javascript:alert(3) https://example.org/a?b=1&c=\"><script>alert(4)</script>";
		long post = id(postForm(learner, attack, null));
		String html = page(null, LESSON);
		assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;<br",
				"<a href=\"https://example.org/a?b=1&amp;c=\" rel=\"nofollow ugc noopener\">https://example.org/a?b=1&amp;c=</a>&quot;&gt;&lt;script&gt;");
		MvcTestResult api = this.mvc.get().uri(API).exchange();
		assertThat(api).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode read = this.json.readTree(api.getResponse().getContentAsString()).get("posts").get(0);
		assertThat(read.get("id").asLong()).isEqualTo(post);
		assertThat(read.get("text").asString()).isEqualTo(attack);
		assertThat(read.get("segments")
			.valueStream()
			.filter((segment) -> !segment.get("href").isNull())
			.map((segment) -> segment.get("href").asString())).containsExactly("https://example.org/a?b=1&c=");
		assertThat(read.has("html")).isFalse();
		MvcTestResult created = postApiResult(learner, this.json.writeValueAsString(Map.of("text", attack)));
		assertThat(this.json.readTree(created.getResponse().getContentAsString()).get("text").asString())
			.isEqualTo(attack);
	}

	@Test
	void aMistakeKeepsWhatTheLearnerTypedAndSaysWhatToChange() {
		SignedIn learner = account(Role.LEARNER);
		String typed = "<b>" + "x".repeat(300);
		MvcTestResult refused = postForm(learner, typed, null);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(LESSON + "#form-post");
		String html = pageAfter(learner, LESSON, refused);
		assertThat(html).contains("The text can be up to 300 characters long; yours has 303.",
				"&lt;b&gt;" + "x".repeat(300) + "</textarea>", "aria-invalid=\"true\"");
		assertThat(flashed(postForm(learner, " \n ", null)).error()).contains("Write something before you send it.");
		assertThat(this.posts.count()).isZero();
	}

	// --- security of the forms

	@Test
	void aFormWithoutItsTokenIsRefusedAndAVisitorsPostToo() {
		SignedIn learner = account(Role.LEARNER);
		assertThat(this.mvc.post().uri(LESSON + "/discussion").with(as(learner)).param("text", "No token").exchange())
			.hasStatus(403);
		assertThat(form(null, LESSON + "/discussion").param("text", "Anonymous").exchange()).hasStatus(401)
			.bodyText()
			.contains("Sign in to post, reply, report or suggest an edit.", "href=\"/signin\"");
		assertThat(this.posts.count()).isZero();
		assertThat(
				form(learner, "/programs/ai-sprouts/lessons/no-such-lesson/discussion").param("text", "x").exchange())
			.hasStatus(404);
	}

	@Test
	void eachAccountWritesAtTheConfiguredRate() throws Exception {
		SignedIn learner = account(Role.LEARNER);
		for (int i = 0; i < 6; i++) {
			assertThat(postForm(learner, "Post " + i, null)).hasStatus(302);
		}
		MvcTestResult form = postForm(learner, "One too many", null);
		assertThat(form).hasStatus(429).bodyText().contains("You are writing faster than the discussion allows.");
		assertThat(form.getResponse().getHeader("Retry-After")).isNotBlank();
		MvcTestResult api = postApiResult(learner, "{\"text\": \"One too many\"}");
		assertThat(api).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(api.getResponse().getContentAsString()).contains("Try again in");
		assertThat(postForm(account(Role.LEARNER), "Another account", null)).as("per account").hasStatus(302);
	}

	// --- the JSON API

	@Test
	void theApiNeedsASessionRefusesOtherSitesAndExplainsMistakes() throws Exception {
		SignedIn learner = account(Role.LEARNER);
		MvcTestResult anonymous = this.mvc.post()
			.uri(API)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hello\"}")
			.exchange();
		assertThat(anonymous).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(anonymous.getResponse().getContentAsString()).contains("Sign in to post");
		assertThat(this.mvc.post()
			.uri(API)
			.with(as(learner))
			.header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hello\"}")
			.exchange()).hasStatus(403);
		assertThat(postApiResult(learner, "{\"text\": ")).hasStatus(400);
		assertThat(postApiResult(learner, "{\"text\": \"\"}")).hasStatus(400)
			.bodyText()
			.contains("Write something before you send it.");
		assertThat(postApiResult(learner, "{\"text\": \"" + "y".repeat(301) + "\"}")).hasStatus(400)
			.bodyText()
			.contains("up to 300 characters");
		assertThat(postApiResult(learner, "{\"text\": \"Hi\", \"replyTo\": 999999}")).hasStatus(400);
		assertThat(this.mvc.post()
			.uri("/api/lessons/no-such-lesson/discussion")
			.with(as(learner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hello\"}")
			.exchange()).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/lessons/no-such-lesson/discussion").exchange()).hasStatus(404);
		assertThat(this.posts.count()).isZero();
		MvcTestResult created = postApiResult(learner, "{\"text\": \"Hello\"}");
		assertThat(created).hasStatus(201);
		JsonNode post = this.json.readTree(created.getResponse().getContentAsString());
		assertThat(post.get("author").asString()).isEqualTo(learner.username());
		assertThat(post.get("own").asBoolean()).isTrue();
		assertThat(post.get("editableUntil").asString()).isEqualTo("2026-11-28T10:15:00Z");
	}

	@Test
	void theApiEditsOnlyTheAuthorsPostWithinTheWindow() throws Exception {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		long post = postApi(author, "Frist");
		assertThat(apiWrite(null, "PUT", API + "/" + post, "{\"text\": \"First\"}")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(apiWrite(other, "PUT", API + "/" + post, "{\"text\": \"Hijacked\"}")).hasStatus(403)
			.bodyText()
			.contains("Only the author of a post can change or delete it.");
		assertThat(apiWrite(author, "PUT", API + "/" + post, "{\"text\": \" \"}")).hasStatus(400)
			.bodyText()
			.contains("Write something before you send it.");
		assertThat(apiWrite(author, "PUT", API + "/" + post, "{\"text\": ")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(apiWrite(author, "PUT", "/api/lessons/loss-functions-and-optimisers/discussion/" + post,
				"{\"text\": \"First\"}"))
			.as("the post is under another lesson")
			.hasStatus(404);
		assertThat(apiWrite(author, "PUT", API + "/99999999", "{\"text\": \"First\"}")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(apiWriteFrom("cross-site", author, "PUT", API + "/" + post, "{\"text\": \"First\"}")).hasStatus(403);
		this.clock.advance(Duration.ofMinutes(14));
		MvcTestResult edited = apiWrite(author, "PUT", API + "/" + post, "{\"text\": \"First\"}").exchange();
		assertThat(edited).hasStatus(200);
		JsonNode view = this.json.readTree(edited.getResponse().getContentAsString());
		assertThat(view.get("text").asString()).isEqualTo("First");
		assertThat(view.get("editedAt").isNull()).isFalse();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(apiWrite(author, "PUT", API + "/" + post, "{\"text\": \"Too late\"}")).hasStatus(403)
			.bodyText()
			.contains("A post can be edited for 15 minutes");
		assertThat(this.posts.findById(post).orElseThrow().text()).isEqualTo("First");
	}

	@Test
	void theApiDeletesOnlyTheAuthorsPost() throws Exception {
		SignedIn author = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		long post = postApi(author, "Soon gone");
		assertThat(apiWrite(null, "DELETE", API + "/" + post, null)).hasStatus(401);
		assertThat(apiWrite(moderator, "DELETE", API + "/" + post, null)).hasStatus(403);
		assertThat(apiWriteFrom("cross-site", author, "DELETE", API + "/" + post, null)).hasStatus(403);
		assertThat(this.posts.existsById(post)).isTrue();
		assertThat(apiWrite(author, "DELETE", API + "/" + post, null)).hasStatus(204);
		assertThat(this.posts.existsById(post)).isFalse();
		assertThat(apiWrite(author, "DELETE", API + "/" + post, null)).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theApiHidesForModeratorsAndAdministratorsWithAReason() throws Exception {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		SignedIn administrator = account(Role.ADMINISTRATOR);
		long post = postApi(author, "Buy cheap watches");
		long second = postApi(author, "More watches");
		String reason = "{\"reason\": \"Advertising\"}";
		assertThat(apiWrite(null, "POST", API + "/" + post + "/hide", reason)).hasStatus(401);
		for (SignedIn notModerator : List.of(author, other)) {
			assertThat(apiWrite(notModerator, "POST", API + "/" + post + "/hide", reason)).hasStatus(403)
				.bodyText()
				.contains("Only moderators and administrators can hide posts.");
		}
		assertThat(apiWrite(moderator, "POST", API + "/" + post + "/hide", "{\"reason\": \" \"}")).hasStatus(400)
			.bodyText()
			.contains("Say why the post is hidden");
		MvcTestResult hidden = apiWrite(moderator, "POST", API + "/" + post + "/hide", reason).exchange();
		assertThat(hidden).hasStatus(200);
		assertThat(this.json.readTree(hidden.getResponse().getContentAsString()).get("state").asString())
			.isEqualTo("hidden");
		assertThat(apiWrite(administrator, "POST", API + "/" + second + "/hide", reason)).hasStatus(200);
		String forOthers = this.mvc.get().uri(API).with(as(other)).exchange().getResponse().getContentAsString();
		assertThat(forOthers).doesNotContain("Buy cheap watches", "Advertising");
		String forAuthor = this.mvc.get().uri(API).with(as(author)).exchange().getResponse().getContentAsString();
		assertThat(forAuthor).contains("Buy cheap watches", "\"hiddenReason\":\"Advertising\"");
	}

	@Test
	void theApiReportsAPostOncePerAccount() throws Exception {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		long post = postApi(author, "Something rude");
		assertThat(apiWrite(null, "POST", API + "/" + post + "/report", null)).hasStatus(401);
		assertThat(apiWriteFrom("cross-site", other, "POST", API + "/" + post + "/report", null)).hasStatus(403);
		assertThat(apiWrite(other, "POST", API + "/" + post + "/report", null)).hasStatus(204);
		assertThat(apiWrite(other, "POST", API + "/" + post + "/report", null)).hasStatus(409)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyText()
			.contains("You have reported this post already.");
		assertThat(this.reports.count()).isEqualTo(1);
		assertThat(apiWrite(other, "POST", API + "/99999999/report", null)).hasStatus(404);
	}

	@Test
	void theApiIsDocumented() {
		assertThat(this.mvc.get().uri("/v3/api-docs").exchange()).hasStatus(200)
			.bodyText()
			.contains("/api/lessons/{slug}/discussion", "DiscussionView", "application/problem+json");
	}

	// --- suggested edits

	@Test
	void aLearnerSuggestsAnEditAndOnlyAdministratorsReviewIt() {
		SignedIn learner = account(Role.LEARNER);
		SignedIn moderator = account(Role.MODERATOR);
		SignedIn administrator = account(Role.ADMINISTRATOR);
		assertThat(page(learner, LESSON)).contains("id=\"form-suggestion\"");
		MvcTestResult noPlace = form(learner, LESSON + "/suggestions").param("place", "")
			.param("text", "Typo <here>")
			.exchange();
		assertThat(noPlace.getResponse().getRedirectedUrl()).isEqualTo(LESSON + "#suggest");
		assertThat(pageAfter(learner, LESSON, noPlace)).contains("Say which paragraph or section",
				"Typo &lt;here&gt;</textarea>");
		MvcTestResult sent = form(learner, LESSON + "/suggestions").param("place", "The chain rule <section>")
			.param("text", "\"local\" is misspelt as \"lcoal\"")
			.exchange();
		assertThat(sent).hasStatus(302);
		assertThat(pageAfter(learner, LESSON, sent)).contains("Thank you: the editors will read your suggestion.");
		assertThat(form(null, LESSON + "/suggestions").param("place", "x").param("text", "y").exchange())
			.hasStatus(401);

		assertThat(this.mvc.get().uri("/admin/suggestions").exchange()).hasStatus(401);
		assertThat(this.mvc.get().uri("/admin/suggestions").with(as(learner)).exchange()).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/suggestions").with(as(moderator)).exchange()).hasStatus(403);
		MvcTestResult review = this.mvc.get().uri("/admin/suggestions").with(as(administrator)).exchange();
		assertThat(review).hasStatus(200)
			.bodyText()
			.contains("The chain rule &lt;section&gt;", "&quot;local&quot; is misspelt", learner.username(),
					"backpropagation");
		long id = this.suggestions.findAll().get(0).id();
		assertThat(form(learner, "/admin/suggestions/" + id).param("status", "done").exchange()).hasStatus(403);
		assertThat(form(administrator, "/admin/suggestions/" + id).param("status", "done").exchange()).hasStatus(302);
		assertThat(page(administrator, "/admin/suggestions")).contains("No suggestions here.");
		assertThat(page(administrator, "/admin/suggestions?status=done")).contains("misspelt");
		assertThat(form(administrator, "/admin/suggestions/" + id).param("status", "dismissed").exchange())
			.hasStatus(302);
		assertThat(this.suggestions.findById(id).orElseThrow().status()).isEqualTo(Suggestion.Status.DISMISSED);
		assertThat(form(administrator, "/admin/suggestions/" + id).param("status", "lost").exchange()).hasStatus(400);
	}

	// --- the account's data

	@Test
	void theAccountsPostsAndSuggestionsAreInItsDownloadAndGoWithIt() {
		SignedIn author = account(Role.LEARNER);
		SignedIn other = account(Role.LEARNER);
		long alone = id(postForm(author, "Mine alone", null));
		long answered = id(postForm(author, "Mine, answered", null));
		long answer = id(postForm(other, "An answer", answered));
		form(author, LESSON + "/discussion/" + answer + "/report").exchange();
		form(author, LESSON + "/suggestions").param("place", "Intro").param("text", "Shorter, please").exchange();

		PersonalData part = this.personalData.stream()
			.filter((data) -> data.name().equals("discussion"))
			.findFirst()
			.orElseThrow();
		assertThat(part.export(author).toString()).contains("Mine alone", "Mine, answered", "Shorter, please")
			.doesNotContain("An answer");

		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new AccountDeleted(author.accountId(), author.learnerId())));
		assertThat(this.posts.existsById(alone)).isFalse();
		Post kept = this.posts.findById(answered).orElseThrow();
		assertThat(kept.deleted()).isTrue();
		assertThat(kept.accountId()).isNull();
		assertThat(kept.text()).isEmpty();
		assertThat(this.reports.count()).isZero();
		assertThat(this.suggestions.count()).isZero();
		assertThat(page(null, LESSON)).contains("An answer", "Deleted by its author.").doesNotContain("Mine");
	}

	// --- helpers

	SignedIn account(Role role) {
		String name = "user" + names.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.save(new Account(name, null, role, UUID.randomUUID(), Instant.now())).signedIn();
	}

	static RequestPostProcessor as(SignedIn user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
	}

	MockMvcRequestBuilder form(SignedIn user, String uri) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		return (user != null) ? request.with(as(user)) : request;
	}

	MvcTestResult postForm(SignedIn user, String text, Long replyTo) {
		MockMvcRequestBuilder request = form(user, LESSON + "/discussion").param("text", text);
		if (replyTo != null) {
			request.param("replyTo", replyTo.toString());
		}
		return request.exchange();
	}

	long postApi(SignedIn user, String text) throws Exception {
		return postApi(user, this.json.writeValueAsString(Map.of("text", text)), true);
	}

	long postApi(SignedIn user, String body, boolean raw) throws Exception {
		MvcTestResult result = postApiResult(user, body);
		assertThat(result).hasStatus(201);
		return this.json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
	}

	/** A write through the JSON API, as the site's scripts send it (same origin). */
	MockMvcRequestBuilder apiWrite(SignedIn user, String method, String uri, String body) {
		return apiWriteFrom("same-origin", user, method, uri, body);
	}

	/**
	 * A write through the JSON API from a page whose site the browser names in
	 * Sec-Fetch-Site.
	 */
	MockMvcRequestBuilder apiWriteFrom(String site, SignedIn user, String method, String uri, String body) {
		MockMvcRequestBuilder request = switch (method) {
			case "PUT" -> this.mvc.put().uri(uri);
			case "DELETE" -> this.mvc.delete().uri(uri);
			default -> this.mvc.post().uri(uri);
		};
		request.header("Sec-Fetch-Site", site);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return (user != null) ? request.with(as(user)) : request;
	}

	MvcTestResult postApiResult(SignedIn user, String body) {
		return this.mvc.post()
			.uri(API)
			.with(as(user))
			.header("Sec-Fetch-Site", "same-origin")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	static long id(MvcTestResult posted) {
		assertThat(posted).hasStatus(302);
		Matcher matcher = Pattern.compile("#post-(\\d+)$").matcher(posted.getResponse().getRedirectedUrl());
		assertThat(matcher.find()).as("redirected to the post").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	static FormState flashed(MvcTestResult result) {
		FlashMap flash = result.getMvcResult().getFlashMap();
		return (FormState) flash.get(FormState.ATTRIBUTE);
	}

	/**
	 * The page that the redirect after {@code posted} leads to, in the same session (the
	 * session cookie it set), which carries the form sent back across the redirect; a
	 * flash attribute set on the mock request would bypass the session store.
	 */
	String pageAfter(SignedIn user, String uri, MvcTestResult posted) {
		assertThat(flashed(posted)).as("the form sent back across the redirect").isNotNull();
		jakarta.servlet.http.Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries it").isNotNull();
		MockMvcRequestBuilder request = this.mvc.get().uri(uri).cookie(session);
		request.with(as(user));
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(200);
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String page(SignedIn user, String uri) {
		return page(user, uri, null);
	}

	String page(SignedIn user, String uri, FormState flashed) {
		MockMvcRequestBuilder request = this.mvc.get().uri(uri);
		if (user != null) {
			request.with(as(user));
		}
		if (flashed != null) {
			request.flashAttr(FormState.ATTRIBUTE, flashed);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(200);
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
