package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;
import io.aieducademy.support.SiteUser;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with an OpenID Connect provider, against a real one started inside the test
 * ({@link TestOpenIdProvider}, Spring Authorization Server) and configured only by the
 * {@code spring.security.oauth2.client.*} properties a self-hoster would set. Every step
 * goes over HTTP as a browser's would: the site's link, the provider's sign-in form, the
 * redirect back with a code, which the site exchanges for an ID token it checks against
 * the provider's keys.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aieducademy.trusted-proxies=127.0.0.1|0:0:0:0:0:0:0:1", "aieducademy.admin=HeadTeacher" })
class ProviderSignInTests {

	private static final Pattern PROVIDER_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final AtomicInteger addresses = new AtomicInteger(1);

	private static TestOpenIdProvider provider = null;

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private Progress progress;

	@DynamicPropertySource
	static void school(DynamicPropertyRegistry registry) {
		provider = TestOpenIdProvider.start();
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration.school.client-id", () -> TestOpenIdProvider.CLIENT_ID);
		registry.add(prefix + "registration.school.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
		registry.add(prefix + "registration.school.client-name", () -> "Our School");
		registry.add(prefix + "registration.school.scope", () -> "openid,profile,email");
		registry.add(prefix + "provider.school.issuer-uri", provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void theFirstSignInMakesAnAccountWithTheAnonymousProgressAndTheNextFindsItAgain() throws Exception {
		SiteUser learner = user();
		answer(learner, "backpropagation.chain-rule-local-derivatives", 2);
		UUID anonymous = UUID.fromString(learner.cookie("aie_learner"));
		String signInPage = learner.get(url("/signin")).body();
		assertThat(signInPage).contains("href=\"/oauth2/authorization/school\"", "Sign in with Our School");
		assertThat(learner.get(url("/signup")).body()).contains("Sign in with Our School");

		HttpResponse<String> back = signInAtProvider(learner, "subject-ada");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		assertThat(learner.cookie("aie_learner")).as("the anonymous cookie is cleared").isNull();

		Account account = this.accounts.findByUsername("ada-lovelace").orElseThrow();
		assertThat(account.hasPassword()).isFalse();
		assertThat(account.getRole()).isEqualTo(Role.LEARNER);
		assertThat(account.getProviderIssuer()).isEqualTo(provider.issuer());
		assertThat(this.progress.answers(account.getLearnerId())).as("the anonymous answer moved").hasSize(1);
		assertThat(this.progress.isKnown(anonymous)).isFalse();

		String page = learner.get(url("/account")).body();
		assertThat(page).contains(">ada-lovelace</a>", "You sign in with another service")
			.doesNotContain("Change your password");
		assertThat(learner.get(url("/account/data")).body()).contains("\"signsInWith\":\"" + provider.issuer() + "\"");

		SiteUser otherDevice = user();
		assertThat(signInAtProvider(otherDevice, "subject-ada").statusCode()).isEqualTo(302);
		assertThat(otherDevice.get(url("/account")).body()).contains(">ada-lovelace</a>");
		assertThat(this.accounts.findAll()).filteredOn((a) -> a.getUsername().startsWith("ada-lovelace")).hasSize(1);
	}

	@Test
	void aTakenNameGetsASuffixAndTheAdministratorsNameIsNeverTakenByAProvider() throws Exception {
		if (this.accounts.findByUsername("grace").isEmpty()) {
			assertThat(user()
				.submit(url("/signup"), url("/signup"), "username", "grace", "password", AccountTests.PASSWORD)
				.statusCode()).isEqualTo(302);
		}
		assertThat(signInAtProvider(user(), "subject-grace").statusCode()).isEqualTo(302);
		Account fromProvider = this.accounts.findByProviderIssuerAndProviderSubject(provider.issuer(), "subject-grace")
			.orElseThrow();
		assertThat(fromProvider.getUsername()).startsWith("grace-");
		assertThat(this.accounts.findByUsername("grace").orElseThrow().getProviderIssuer())
			.as("the local account is not taken over by a provider's person of the same name")
			.isNull();

		assertThat(signInAtProvider(user(), "subject-head").statusCode()).isEqualTo(302);
		Account head = this.accounts.findByProviderIssuerAndProviderSubject(provider.issuer(), "subject-head")
			.orElseThrow();
		assertThat(head.getUsername()).as("kept for the configured administrator").startsWith("headteacher-");
		assertThat(head.getRole()).isEqualTo(Role.LEARNER);

		assertThat(signInAtProvider(user(), "subject-nameless").statusCode()).isEqualTo(302);
		assertThat(this.accounts.findAll()).filteredOn((a) -> a.getUsername().startsWith("learner")).isNotEmpty();
	}

	@Test
	void aProviderAccountHasNoPasswordToSignInWithAndIsDeletedByTypingItsName() throws Exception {
		SiteUser user = user();
		assertThat(signInAtProvider(user, "subject-ada").statusCode()).isEqualTo(302);
		assertThat(
				user().submit(url("/signin"), url("/signin"), "username", "ada-lovelace", "password", "").statusCode())
			.isEqualTo(401);
		HttpResponse<String> wrong = user.submit(url("/account"), url("/account/delete"), "password", "somebody");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("That is not your username.", "Type your username to confirm");
		HttpResponse<String> deleted = user.submit(url("/account"), url("/account/delete"), "password", "Ada-Lovelace");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.accounts.findByUsername("ada-lovelace")).isEmpty();
		assertThat(signInAtProvider(user(), "subject-ada").statusCode()).as("a later sign-in makes a new account")
			.isEqualTo(302);
		assertThat(this.accounts.findByUsername("ada-lovelace")).isPresent();
	}

	@Test
	void aForgedReturnFromTheProviderSignsNobodyIn() throws Exception {
		SiteUser forger = user();
		HttpResponse<String> forged = forger.get(url("/login/oauth2/code/school?code=made-up&state=made-up"));
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/signin?providerFailed");
		assertThat(forger.get(url("/signin?providerFailed")).body())
			.contains("Signing in with your provider did not work");
		assertThat(forger.get(url("/account")).statusCode()).isEqualTo(302);
	}

	/**
	 * Follows the site's link to the provider, signs in there with the provider's form
	 * and comes back: the site's last answer.
	 */
	private HttpResponse<String> signInAtProvider(SiteUser user, String subject) throws Exception {
		HttpResponse<String> toProvider = user.get(url("/oauth2/authorization/school"));
		assertThat(toProvider.statusCode()).isEqualTo(302);
		String authorize = location(toProvider);
		assertThat(authorize).startsWith(provider.issuer() + "/oauth2/authorize");
		HttpResponse<String> toForm = user.get(authorize);
		assertThat(toForm.statusCode()).isEqualTo(302);
		HttpResponse<String> form = user.get(location(toForm));
		Matcher token = PROVIDER_TOKEN.matcher(form.body());
		assertThat(token.find()).as("the provider's sign-in form").isTrue();
		HttpResponse<String> signedIn = user.post(provider.issuer() + "/login", false, "username", subject, "password",
				TestOpenIdProvider.PASSWORD, "_csrf", token.group(1));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		HttpResponse<String> withCode = user.get(location(signedIn));
		assertThat(withCode.statusCode()).isEqualTo(302);
		String callback = location(withCode);
		assertThat(callback).startsWith(url("/login/oauth2/code/school?code="));
		return user.get(callback);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private void answer(SiteUser user, String quickCheck, int choice) throws Exception {
		assertThat(user.postJson(url("/api/quick-checks/" + quickCheck + "/answers"), "{\"choice\": " + choice + "}")
			.statusCode()).isEqualTo(200);
	}

	private SiteUser user() {
		int n = addresses.getAndIncrement();
		return new SiteUser().header("X-Forwarded-For", "10.8." + (n / 250) + "." + (n % 250 + 1))
			.header("Sec-Fetch-Site", "same-origin");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
