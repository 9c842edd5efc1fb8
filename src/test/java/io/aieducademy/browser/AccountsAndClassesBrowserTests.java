package io.aieducademy.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's "done when", in Chromium and through the real forms: a reader answers a
 * quick check, signs up and keeps it, posts under the Backpropagation lesson and reads
 * the reply of another user; a teacher makes a class, three learners join it with the
 * code and answer, and the teacher's page shows the quick check they got wrong most. One
 * browser plays every user in turn, its cookies cleared between them.
 * <p>
 * Its accounts, posts and classes go into a database of their own: the other browser
 * tests weigh and photograph the Backpropagation lesson as a first visitor sees it, with
 * no discussion under it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:aieducademy-accounts-story;DB_CLOSE_DELAY=-1")
class AccountsAndClassesBrowserTests extends BrowserTest {

	static final String LESSON = "/programs/ai-sprouts/lessons/backpropagation";

	static final String PASSWORD = "correct horse battery";

	private static final String CHAIN_RULE = "chain-rule-local-derivatives";

	private static final String GRADIENT = "what-gradient-tells";

	private static final AtomicInteger names = new AtomicInteger();

	@Test
	void aReaderKeepsProgressDiscussesAndATeacherSeesWhatTheClassGotWrongMost(Browser browser) {
		this.browser = browser;
		String reader = name("reader");
		String replier = name("replier");

		// an anonymous reader answers, then signs up: the answer is in the account
		asNobody(browser);
		open(browser, LESSON, "#qc-" + GRADIENT);
		answer(browser, GRADIENT, 3, "Correct!");
		signUp(browser, reader);
		assertThat(text(browser, "main")).contains("Welcome! Your account is ready", "1 answer, no lessons completed");

		// they post under the lesson
		open(browser, LESSON, "#form-post");
		String question = "Why do the local derivatives multiply? (" + reader + ")";
		browser.driver().findElement(By.id("discussion-text")).sendKeys(question);
		submit(browser, By.id("form-post"));
		WebElement post = postWithText(browser, question);
		String postId = post.getDomAttribute("id").substring("post-".length());

		// a second user replies, through the reply form under that post
		asNobody(browser);
		signUp(browser, replier);
		open(browser, LESSON, "#form-reply-" + postId);
		WebElement replyForm = browser.driver().findElement(By.id("form-reply-" + postId));
		WebElement details = replyForm.findElement(By.xpath("./ancestor::details"));
		details.findElement(By.tagName("summary")).click();
		String reply = "Each step scales the change the step before passed on. (" + replier + ")";
		browser.driver().findElement(By.id("reply-text-" + postId)).sendKeys(reply);
		submit(browser, By.id("form-reply-" + postId));

		// the first reads it, signed in again, under their post
		asNobody(browser);
		signIn(browser, reader);
		open(browser, LESSON, "#post-" + postId);
		WebElement thread = browser.driver()
			.findElement(By.id("post-" + postId))
			.findElement(By.xpath("./ancestor::li[contains(@class,'post-thread')]"));
		assertThat(thread.findElement(By.cssSelector(".posts--replies")).getText()).contains(replier, reply);
		looks(browser, "lesson-discussion-with-reply", "post-" + postId);

		// the second user teaches a class; three learners join with its code and answer
		asNobody(browser);
		signIn(browser, replier);
		String className = "Year 9 (" + replier + ")";
		open(browser, "/classes", "#class-name");
		browser.driver().findElement(By.id("class-name")).sendKeys(className);
		submit(browser, By.id("class-name"));
		browser.await().until(ExpectedConditions.urlMatches("/classes/\\d+$"));
		String classPage = browser.driver().getCurrentUrl();
		String code = browser.driver().findElement(By.cssSelector(".join-code--large")).getText();

		// the reader answered one quick check before joining; each learner gets the
		// chain rule wrong first, two of them with the same option
		String second = name("learner");
		String third = name("learner");
		joinAndAnswer(browser, reader, false, code, List.of(0, 2));
		joinAndAnswer(browser, second, true, code, List.of(0));
		joinAndAnswer(browser, third, true, code, List.of(1, 2));

		asNobody(browser);
		signIn(browser, replier);
		browser.driver().get(classPage);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".most-missed")));
		assertThat(text(browser, ".most-missed")).contains(
				"In the chain rule, what do we do with the local derivatives at each node?",
				"3 of 3 learners got this wrong the first time.",
				"The most common wrong answer was: Add them together");
		WebElement row = browser.driver().findElement(By.id("check-backpropagation." + CHAIN_RULE));
		assertThat(row.getDomAttribute("class")).contains("is-most-missed");
		List<WebElement> cells = row.findElements(By.tagName("td"));
		assertThat(cells.get(0).getText()).as("answered").isEqualTo("3");
		assertThat(cells.get(1).getText()).as("right first time").isEqualTo("0");
		assertThat(cells.get(2).getText()).contains("Add them together", "(2 learners)");
		assertThat(text(browser, "main")).contains(reader, second, third);
		theTablesSayTheyScrollSideways(browser);
		looks(browser, "class-with-figures", null);
		open(browser, "/classes", "#class-name");
		looks(browser, "classes", null);
	}

	@Test
	void theSignedInPagesFitEveryWidthInLightAndDark(Browser browser) {
		this.browser = browser;
		asNobody(browser);
		open(browser, "/signup", "#username");
		looks(browser, "signup", null);
		open(browser, "/signin", "#username");
		looks(browser, "signin", null);

		String moderator = name("moderator");
		signUp(browser, moderator);
		asNobody(browser);
		signUp(browser, ADMINISTRATOR);
		open(browser, "/admin/moderators", "#moderator-username");
		browser.driver().findElement(By.id("moderator-username")).sendKeys(moderator);
		submit(browser, By.id("moderator-username"));
		assertThat(text(browser, "main")).contains(moderator);
		looks(browser, "admin-moderators", null);

		open(browser, "/account", "#token-name");
		browser.driver().findElement(By.id("token-name")).sendKeys("Nightly export");
		submit(browser, By.id("token-name"));
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
		looks(browser, "account-new-token", null);
		open(browser, "/account", "#token-name");
		assertThat(text(browser, "main")).contains("Nightly export");
		looks(browser, "account", null);

		open(browser, LESSON, "#form-suggestion");
		WebElement suggest = browser.driver().findElement(By.id("form-suggestion"));
		suggest.findElement(By.xpath("./ancestor::details")).findElement(By.tagName("summary")).click();
		browser.driver().findElement(By.id("suggestion-place")).sendKeys("The chain rule");
		browser.driver()
			.findElement(By.id("suggestion-text"))
			.sendKeys("Say that the gear ratios multiply, as the quick check does.");
		submit(browser, By.id("form-suggestion"));
		open(browser, "/admin/suggestions", "main");
		assertThat(text(browser, "main")).contains("The chain rule");
		looks(browser, "admin-suggestions", null);

		open(browser, LESSON, "#form-post");
		String offTopic = "Does anyone know a good film tonight? (" + ADMINISTRATOR + ")";
		browser.driver().findElement(By.id("discussion-text")).sendKeys(offTopic);
		submit(browser, By.id("form-post"));
		String postId = postWithText(browser, offTopic).getDomAttribute("id").substring("post-".length());

		asNobody(browser);
		signIn(browser, moderator);
		open(browser, LESSON, "#form-hide-" + postId);
		WebElement hide = browser.driver().findElement(By.id("form-hide-" + postId));
		hide.findElement(By.xpath("./ancestor::details")).findElement(By.tagName("summary")).click();
		browser.driver().findElement(By.id("hide-reason-" + postId)).sendKeys("Off topic: please keep to the lesson.");
		submit(browser, By.id("form-hide-" + postId));
		browser.await()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#post-" + postId + ".post--quiet")));
		assertThat(text(browser, "#post-" + postId)).contains("Off topic: please keep to the lesson.");
		looks(browser, "lesson-discussion-moderator-hidden-post", "post-" + postId);
	}

	/**
	 * At 375 px both tables of the class page are wider than their boxes. Each box is a
	 * named region that the keyboard can scroll, and a shadow at the edge with more to
	 * see says that the table goes on: its background, photographed with the table made
	 * invisible, is shaded at the right edge before scrolling and at the left edge after,
	 * in light and dark.
	 */
	private static void theTablesSayTheyScrollSideways(Browser browser) {
		for (boolean dark : new boolean[] { false, true }) {
			browser.viewport(375, 900, dark);
			List<WebElement> boxes = browser.driver().findElements(By.cssSelector("main .table-scroll"));
			assertThat(boxes).hasSize(2);
			for (WebElement box : boxes) {
				assertThat(box.getDomAttribute("role")).isEqualTo("region");
				assertThat(box.getDomAttribute("tabindex")).isEqualTo("0");
				assertThat(box.getAccessibleName()).isNotBlank();
				Number hidden = (Number) browser.script("""
						const box = arguments[0];
						box.scrollIntoView({ block: 'center' });
						box.firstElementChild.style.visibility = 'hidden';
						box.scrollLeft = 0;
						return box.scrollWidth - box.clientWidth;""", box);
				assertThat(hidden.intValue()).as("the table's width beyond its box at 375 px").isGreaterThan(50);
				String where = box.getAccessibleName() + (dark ? " (dark)" : " (light)");
				afterNextFrame(browser);
				int[] start = shading(box);
				assertThat(start[0]).as("shade at the left edge of %s, at the start", where).isLessThan(8);
				assertThat(start[1]).as("shade at the right edge of %s, at the start", where).isGreaterThan(40);
				browser.script("arguments[0].scrollLeft = arguments[0].scrollWidth", box);
				afterNextFrame(browser);
				int[] end = shading(box);
				assertThat(end[0]).as("shade at the left edge of %s, at the end", where).isGreaterThan(40);
				assertThat(end[1]).as("shade at the right edge of %s, at the end", where).isLessThan(8);
				browser.script("arguments[0].firstElementChild.style.visibility = ''; arguments[0].scrollLeft = 0",
						box);
			}
		}
		browser.resetViewport();
	}

	/**
	 * Waits until the page has drawn a frame with what the last script changed: a
	 * screenshot taken at once could still show the table it had just hidden (seen after
	 * switching to dark, where the previous frame still had the table's text).
	 */
	private static void afterNextFrame(Browser browser) {
		browser.driver()
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
	}

	/**
	 * How far the colours 2 px inside the left and the right edge of an element's
	 * picture, half-way down, are from the colour at its centre (the sum of the three
	 * channels' differences).
	 */
	private static int[] shading(WebElement element) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
			int y = image.getHeight() / 2;
			int centre = image.getRGB(image.getWidth() / 2, y);
			return new int[] { distance(image.getRGB(2, y), centre),
					distance(image.getRGB(image.getWidth() - 3, y), centre) };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int distance(int a, int b) {
		int sum = 0;
		for (int shift = 0; shift <= 16; shift += 8) {
			sum += Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
		}
		return sum;
	}

	/**
	 * Saves screenshots at 375, 1280 and 1920 pixels, light and dark, and checks that
	 * nothing makes the page scroll sideways at any of them: of the whole page, or of the
	 * viewport scrolled to the element with the id {@code scrollTo}.
	 */
	private static void looks(Browser browser, String name, @Nullable String scrollTo) {
		for (int width : new int[] { 375, 1280, 1920 }) {
			for (boolean dark : new boolean[] { false, true }) {
				browser.viewport(width, 900, dark);
				// two frames, so that the new colours are painted everywhere before the
				// shot
				browser.driver()
					.executeAsyncScript("const done = arguments[arguments.length - 1];"
							+ " requestAnimationFrame(() => requestAnimationFrame(done));");
				String shot = "signed-in/" + name + "-" + width + (dark ? "-dark" : "-light");
				if (scrollTo == null) {
					browser.screenshot(shot);
				}
				else {
					// a new viewport lays the page out again: scroll once it has
					browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", scrollTo);
					browser.viewportScreenshot(shot);
				}
				noSidewaysScrolling(browser, name + " at " + width + " px");
			}
		}
		browser.resetViewport();
	}

	private void joinAndAnswer(Browser browser, String learner, boolean newAccount, String code,
			List<Integer> chainRuleChoices) {
		asNobody(browser);
		if (newAccount) {
			signUp(browser, learner);
		}
		else {
			signIn(browser, learner);
		}
		open(browser, "/classes", "#join-code");
		browser.driver().findElement(By.id("join-code")).sendKeys(code);
		submit(browser, By.id("join-code"));
		browser.await().until(ExpectedConditions.urlContains("/classes?joined="));
		open(browser, LESSON, "#qc-" + CHAIN_RULE);
		for (int choice : chainRuleChoices) {
			answer(browser, CHAIN_RULE, choice, (choice == 2) ? "Correct!" : "Not quite");
		}
		if (newAccount) {
			answer(browser, GRADIENT, 3, "Correct!");
		}
	}

	/** Chooses an option of a quick check and sends it, waiting for the feedback. */
	static void answer(Browser browser, String check, int choice, String feedback) {
		WebElement form = browser.driver().findElement(By.id("qc-" + check));
		form.findElements(By.cssSelector("input[type='radio']")).get(choice).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();
		browser.await()
			.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-feedback]")),
					feedback));
	}

	void signUp(Browser browser, String username) {
		open(browser, "/signup", "#username");
		fillAccountForm(browser, username);
		browser.await().until(ExpectedConditions.urlContains("/account"));
	}

	void signIn(Browser browser, String username) {
		open(browser, "/signin", "#username");
		fillAccountForm(browser, username);
		browser.await().until(ExpectedConditions.urlContains("/account"));
	}

	private static void fillAccountForm(Browser browser, String username) {
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
		submit(browser, By.id("password"));
	}

	/**
	 * Clicks the submit button of the form that holds this element, and waits for the
	 * next page.
	 */
	static void submit(Browser browser, By inForm) {
		WebElement form = browser.driver().findElement(inForm).findElement(By.xpath("./ancestor-or-self::form"));
		form.findElement(By.cssSelector("button[type='submit']")).click();
		browser.await().until((WebDriver driver) -> isGone(form));
	}

	/**
	 * Whether the element's page has been replaced. Chromedriver says so with a stale
	 * element reference, or, while the next page is being put in place, with "Node with
	 * given id does not belong to the document", which {@code stalenessOf} let through as
	 * a failure.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			return String.valueOf(ex.getMessage()).contains("does not belong to the document");
		}
	}

	static WebElement postWithText(Browser browser, String text) {
		return browser.await()
			.until((WebDriver driver) -> driver.findElements(By.cssSelector("article.post"))
				.stream()
				.filter((article) -> article.getText().contains(text))
				.findFirst()
				.orElse(null));
	}

	static String text(Browser browser, String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

	void asNobody(Browser browser) {
		browser.driver().get(url("/about"));
		browser.driver().manage().deleteAllCookies();
	}

	static String name(String prefix) {
		return prefix + "-" + names.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
	}

}
