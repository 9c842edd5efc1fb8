package io.aieducademy.system;

import io.aieducademy.catalogue.Catalogue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a random port, used as a browser would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SiteApplicationTests {

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)[^\"]*\"");

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@Test
	void homePageShowsTheThreeTracksAndAllFifteenProgramsInTheMenu() {
		String html = page("/");
		assertThat(html).contains("AI Foundations", "AI Mastery", "Career Ready");
		for (String program : new String[] { "AI Seeds", "AI Sprouts", "AI Branches", "AI Canopy", "AI Forest",
				"AI Sketch", "AI Chisel", "AI Craft", "AI Polish", "AI Masterpiece", "Interview Launchpad",
				"Behavioral Mastery", "Technical Interviews", "AI &amp; ML Interviews", "Offer &amp; Beyond" }) {
			assertThat(html).contains(program);
		}
		assertThat(html).contains("href=\"/programs/ai-sprouts/lessons/backpropagation\"");
	}

	@Test
	void programsPageListsEveryProgramWithItsLevel() {
		String html = page("/programs");
		assertThat(count(html, "class=\"program-card\"")).isEqualTo(15);
		assertThat(html).contains("Level 5", "Ace the coding round");
	}

	@Test
	void programPageListsItsLessonsAndMarksUnwrittenOnesComingSoon() {
		String html = page("/programs/ai-sprouts");
		assertThat(html).contains("How Data Powers AI", "Clustering");
		assertThat(html.indexOf("How Data Powers AI")).isLessThan(html.indexOf("Backpropagation"));
		assertThat(html).contains("href=\"/programs/ai-sprouts/lessons/how-data-powers-ai\"");
		assertThat(html).as("every AI Sprouts lesson is written").doesNotContain("Coming soon");
		assertThat(page("/programs/ai-seeds")).as("a lesson not yet written links to its coming-soon page")
			.contains("href=\"/programs/ai-seeds/lessons/how-machines-learn\"", "Coming soon");
	}

	@Test
	void programWithoutLessonsSaysSoPlainly() {
		assertThat(page("/programs/ai-forest")).contains("This program has no lessons yet.");
	}

	@Test
	void everyLinkFromTheHomePageAndTheProgramsResolves() {
		Set<String> links = new LinkedHashSet<>();
		for (String start : new String[] { "/", "/programs", "/programs/ai-sprouts" }) {
			Matcher matcher = HREF.matcher(page(start));
			while (matcher.find()) {
				links.add(matcher.group(1));
			}
		}
		assertThat(links).contains("/programs/ai-seeds", "/about", "/faq", "/privacy", "/terms");
		for (String link : links) {
			this.client.get()
				.uri(link)
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).as(link).isLessThan(400));
		}
	}

	@Test
	void aMissingPageGetsTheSitesOwn404() {
		String html = this.client.get()
			.uri("/no-such-page")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("We could not find that page", "class=\"site-header\"")
			.doesNotContain("Whitelabel", "Exception");
		this.client.get().uri("/programs/no-such-program").exchange().expectStatus().isNotFound();
	}

	@Test
	void otherPageErrorsGetTheSitesOwnErrorPage() {
		// a post without the form token is refused before the address is looked at
		String html = this.client.post()
			.uri("/about")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("Something was wrong with that request", "class=\"site-header\"", "AI Sprouts")
			.doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectHeader()
			.valueEquals("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.exists("Referrer-Policy");
		assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void springSecurityMakesNoUserSoNoPasswordIsGeneratedOrLogged(ApplicationContext context) {
		assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		this.client.get().uri("/login").exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/")
			.header("Authorization", "Basic dXNlcjpwYXNzd29yZA==")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("WWW-Authenticate");
	}

	@Test
	void springSecurityWritesNoHeaderOfItsOwnAndDuplicatesNone() {
		for (String path : new String[] { "/", "/programs/ai-sprouts/lessons/backpropagation", "/no-such-page" }) {
			var headers = this.client.get().uri(path).exchange().expectHeader();
			SecurityHeadersFilter.headers(false)
				.forEach((name, value) -> headers.values(name, (values) -> assertThat(values).containsExactly(value)));
			headers.doesNotExist("X-XSS-Protection")
				.expectHeader()
				.doesNotExist("Pragma")
				.expectHeader()
				.doesNotExist("Expires")
				.expectHeader()
				.doesNotExist("Cache-Control")
				.expectHeader()
				.doesNotExist("WWW-Authenticate");
		}
	}

	@Test
	void stylesheetHasAVersionedUrlAndALongCacheLifetime() {
		Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(page("/"));
		assertThat(css.find()).as("the stylesheet URL carries a content hash").isTrue();
		this.client.get()
			.uri(css.group(1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void theSiteWarmedItselfUpWithEveryLessonPageAndTheWorkedExampleBeforeItWasReady(@Autowired WarmUp warmUp,
			@Autowired WarmUpProperties properties, @Autowired Catalogue catalogue) {
		// every lesson, the home page and the worked example with and without its graph;
		// on a machine too busy to finish within the warm-up's minute, at least one round
		int requests = catalogue.lessons().size() + 3;
		assertThat(warmUp.answered()).isBetween(Math.min(requests, properties.rounds() * requests),
				properties.rounds() * requests);
	}

	@Test
	void actuatorExposesHealthProbesAndInfoOnly() {
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		this.client.get().uri("/h2-console").exchange().expectStatus().isNotFound();
	}

	@Test
	void theLessonPageWeighsUnder150KilobytesAndIsSentCompressed() throws Exception {
		String html = page("/programs/ai-sprouts/lessons/backpropagation");
		long weight = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		Matcher css = Pattern.compile("href=\"(/css/[^\"]+\\.css)\"").matcher(html);
		while (css.find()) {
			weight += bytes(css.group(1));
		}
		Set<String> modules = new LinkedHashSet<>();
		Matcher script = Pattern.compile("src=\"(/[^\"]+\\.js)\"").matcher(html);
		while (script.find()) {
			collectModules(script.group(1), modules);
		}
		assertThat(modules).as("the lesson loads its scripts").isNotEmpty();
		for (String module : modules) {
			weight += bytes(module);
		}
		// 150 KB until the graph view learnt to fit any size (issue #9: folding,
		// statement
		// boxes, label placement, navigation, about 34 KB more); 180 KB until wrong
		// answers
		// got their marks and hints, the forms their tokens and the stylesheet the
		// coming-soon and interactive rules (about 5 KB more); 186 KB until the
		// stylesheet
		// took the rules of accounts, classes, the discussion and the language demos, and
		// the page its discussion (about 10 KB more). Trimming it back is open: the rules
		// of pages other than lessons could leave the shared stylesheet.
		assertThat(weight).as("HTML + CSS + JS of the lesson page, uncompressed").isLessThan(200 * 1024);
		// The JDK's client leaves compressed bodies alone, so it shows what the server
		// really sent.
		java.net.http.HttpResponse<Void> compressed = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI
					.create("http://localhost:" + this.port + "/programs/ai-sprouts/lessons/backpropagation"))
				.header("Accept-Encoding", "gzip")
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void scriptsGetTheirWordsFromTheMessageBundle() {
		this.client.get()
			.uri("/i18n/messages.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$['step.done']")
			.isEqualTo("Done: every value and every gradient is known.")
			.jsonPath("$['controls.forward']")
			.isEqualTo("Step forward");
	}

	private void collectModules(String url, Set<String> modules) {
		if (!modules.add(url)) {
			return;
		}
		String source = new String(body(url), java.nio.charset.StandardCharsets.UTF_8);
		Matcher imports = Pattern.compile("from '\\./([^']+)'").matcher(source);
		while (imports.find()) {
			collectModules(url.substring(0, url.lastIndexOf('/') + 1) + imports.group(1), modules);
		}
	}

	private long bytes(String url) {
		return body(url).length;
	}

	private byte[] body(String url) {
		byte[] body = this.client.get()
			.uri(url)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return (body != null) ? body : new byte[0];
	}

	private String page(String path) {
		String body = this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
