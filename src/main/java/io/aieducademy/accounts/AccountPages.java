package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account pages: signing up and in with HTML forms, and the account page where a user
 * changes their password, creates and revokes personal access tokens, downloads their
 * data and deletes their account. Signing out is Spring Security's POST /signout. Every
 * form works without JavaScript; a mistake comes back as the same page with the field's
 * error.
 */
@Controller
class AccountPages {

	private static final String SIGN_IN = "accounts/signin";

	private static final String SIGN_UP = "accounts/signup";

	private static final String ACCOUNT = "accounts/account";

	private static final String TO_SIGN_IN = "redirect:/signin";

	private final Accounts accounts;

	private final SignInThrottle throttle;

	private final SignInSession session;

	private final Progress progress;

	private final ObjectProvider<PersonalData> personalData;

	private final AccountsProperties limits;

	private final AccessTokens tokens;

	private final ProviderSignIn.Providers providers;

	AccountPages(Accounts accounts, SignInThrottle throttle, SignInSession session, Progress progress,
			ObjectProvider<PersonalData> personalData, AccountsProperties limits, AccessTokens tokens,
			ProviderSignIn.Providers providers) {
		this.providers = providers;
		this.accounts = accounts;
		this.throttle = throttle;
		this.session = session;
		this.progress = progress;
		this.personalData = personalData;
		this.limits = limits;
		this.tokens = tokens;
	}

	@GetMapping("/signin")
	String signInPage(@AuthenticationPrincipal @Nullable SignedIn user, Model model) {
		if (user != null) {
			return "redirect:/account";
		}
		model.addAttribute("username", "");
		return signInForm(model);
	}

	@PostMapping("/signin")
	String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("username", username);
		String address = request.getRemoteAddr();
		if (mustWait(this.throttle.waitBeforeSignIn(username, address), response, model)) {
			return signInForm(model);
		}
		Optional<Account> account = this.accounts.authenticate(username, password);
		if (account.isEmpty()) {
			this.throttle.failed(username, address);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("failed", true);
			return signInForm(model);
		}
		this.session.start(account.get(), request, response);
		return "redirect:/account";
	}

	@GetMapping("/signup")
	String signUpPage(@AuthenticationPrincipal @Nullable SignedIn user, Model model) {
		if (user != null) {
			return "redirect:/account";
		}
		model.addAttribute("username", "");
		return signUpForm(model);
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("username", username);
		String address = request.getRemoteAddr();
		if (mustWait(this.throttle.waitBeforeSignUp(address), response, model)) {
			return signUpForm(model);
		}
		Accounts.SignUp outcome = this.accounts.signUp(username, password);
		Account account = outcome.account();
		if (account == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("usernameError", outcome.usernameProblem());
			model.addAttribute("passwordError", outcome.passwordProblem());
			return signUpForm(model);
		}
		this.throttle.signedUp(address);
		this.session.start(account, request, response);
		return "redirect:/account?welcome";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal @Nullable SignedIn user, HttpServletRequest request, Model model) {
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		return accountPage(account, model);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal @Nullable SignedIn user,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return passwordForm(user, request, response, model, (account, address) -> {
			String problem = this.accounts.changePassword(account.signedIn().accountId(), currentPassword, newPassword);
			if (problem == null) {
				this.session.endOtherSessions(account.signedIn(), request);
				return "redirect:/account?passwordChanged";
			}
			if (problem.equals("account.error.wrongPassword")) {
				this.throttle.failed(account.getUsername(), address);
				model.addAttribute("currentPasswordError", problem);
			}
			else {
				model.addAttribute("newPasswordError", problem);
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return accountPage(account, model);
		});
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return passwordForm(user, request, response, model, (account, address) -> {
			if (!this.accounts.delete(account.signedIn().accountId(), password)) {
				this.throttle.failed(account.getUsername(), address);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("deletePasswordError",
						account.hasPassword() ? "account.error.wrongPassword" : "account.error.wrongUsername");
				return accountPage(account, model);
			}
			this.session.end(request);
			return "redirect:/signin?deleted";
		});
	}

	/**
	 * What the account page's forms share: they need the signed-in account, and they
	 * check its password, so the sign-in throttle guards them; {@code form} runs only
	 * when both allow it.
	 */
	private String passwordForm(@Nullable SignedIn user, HttpServletRequest request, HttpServletResponse response,
			Model model, PasswordForm form) {
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		String address = request.getRemoteAddr();
		if (mustWait(this.throttle.waitBeforeSignIn(account.getUsername(), address), response, model)) {
			return accountPage(account, model);
		}
		return form.submit(account, address);
	}

	/** A form of the account page, given the account and the client's address. */
	@FunctionalInterface
	private interface PasswordForm {

		String submit(Account account, String address);

	}

	/**
	 * Creates a personal access token and shows it, this once, on the account page; the
	 * page is never stored, so the token cannot come back from a cache or the history.
	 */
	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String expiry,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		AccessTokens.Creation creation = this.tokens.create(account.signedIn().accountId(), name, scope, expiry);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		AccessToken created = creation.created();
		if (created == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("tokenName", name);
			model.addAttribute("tokenScope", scope);
			model.addAttribute("tokenExpiry", expiry);
			model.addAttribute("tokenNameError", creation.nameProblem());
			model.addAttribute("tokenError", creation.problem());
			return accountPage(account, model);
		}
		model.addAttribute("newToken", creation.token());
		model.addAttribute("newTokenName", created.name());
		return accountPage(account, model);
	}

	/**
	 * Revokes one of the signed-in user's tokens: it is refused from the next request.
	 */
	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		if (!this.tokens.revoke(account.signedIn().accountId(), id)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("tokenError", "account.tokens.error.notFound");
			return accountPage(account, model);
		}
		return "redirect:/account?tokenRevoked#tokens-heading";
	}

	/**
	 * Everything stored about the signed-in user, as one JSON document: the account, its
	 * answers and completions, and every other feature's part.
	 */
	@GetMapping("/account/data")
	ResponseEntity<Object> download(@AuthenticationPrincipal @Nullable SignedIn user, HttpServletRequest request) {
		Account account = current(user, request);
		if (account == null) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/signin").build();
		}
		SignedIn signedIn = account.signedIn();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", new AccountData(account.getUsername(), account.getRole().name(), account.getCreatedAt(),
				account.getLearnerId(), account.getProviderIssuer()));
		data.put("answers",
				this.progress.answers(account.getLearnerId())
					.stream()
					.map((answer) -> new AnswerData(answer.getQuickCheckId(), answer.getChoice(), answer.isCorrect(),
							answer.getAnsweredAt()))
					.toList());
		data.put("completions",
				this.progress.completions(account.getLearnerId())
					.stream()
					.map((completion) -> new CompletionData(completion.getProgramSlug(), completion.getLessonSlug(),
							completion.getCompletedAt()))
					.toList());
		this.personalData.orderedStream().forEach((part) -> data.put(part.name(), part.export(signedIn)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("aieducademy-" + account.getUsername() + ".json")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(data);
	}

	/**
	 * The signed-in user's account; none for a visitor, or when the account has gone
	 * (deleted in another browser), which also ends this browser's session.
	 */
	private @Nullable Account current(@Nullable SignedIn user, HttpServletRequest request) {
		if (user == null) {
			return null;
		}
		Account account = this.accounts.find(user.accountId()).orElse(null);
		if (account == null) {
			this.session.end(request);
		}
		return account;
	}

	private String accountPage(Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("answers", this.progress.answers(account.getLearnerId()).size());
		model.addAttribute("completions", this.progress.completions(account.getLearnerId()).size());
		Instant now = this.tokens.now();
		model.addAttribute("tokens",
				this.tokens.of(account.signedIn().accountId())
					.stream()
					.map((token) -> TokenRow.of(token, now))
					.toList());
		model.addAttribute("tokenExpiries", AccessTokens.EXPIRY_DAYS);
		model.addAttribute("tokenNameMax", AccessTokens.MAX_NAME_LENGTH);
		model.addAttribute("tokenMax", this.tokens.maxPerAccount());
		if (!model.containsAttribute("tokenScope")) {
			model.addAttribute("tokenScope", TokenScope.READ.value());
			model.addAttribute("tokenExpiry", "30");
			model.addAttribute("tokenName", "");
		}
		passwordLimits(model);
		return ACCOUNT;
	}

	private String signUpForm(Model model) {
		passwordLimits(model);
		model.addAttribute("providers", this.providers.list());
		return SIGN_UP;
	}

	private String signInForm(Model model) {
		model.addAttribute("providers", this.providers.list());
		return SIGN_IN;
	}

	private void passwordLimits(Model model) {
		model.addAttribute("minPasswordLength", this.limits.minPasswordLength());
		model.addAttribute("maxPasswordLength", this.limits.maxPasswordLength());
	}

	/**
	 * Whether the throttle says to wait: then the answer is 429 with {@code Retry-After},
	 * and the page says how long.
	 */
	private static boolean mustWait(Duration wait, HttpServletResponse response, Model model) {
		if (wait.isZero()) {
			return false;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
		model.addAttribute("throttledSeconds", seconds(wait));
		return true;
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	/** A token as the account page lists it. */
	record TokenRow(long id, String name, String scope, Instant createdAt, String created, @Nullable Instant lastUsedAt,
			@Nullable String lastUsed, Instant expiresAt, String expires, boolean expired) {

		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK)
			.withZone(ZoneOffset.UTC);

		private static final DateTimeFormatter MINUTE = DateTimeFormatter
			.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.UK)
			.withZone(ZoneOffset.UTC);

		static TokenRow of(AccessToken token, Instant now) {
			Long id = token.id();
			Instant lastUsed = token.lastUsedAt();
			return new TokenRow((id != null) ? id : 0, token.name(), token.scope().value(), token.createdAt(),
					DAY.format(token.createdAt()), lastUsed, (lastUsed != null) ? MINUTE.format(lastUsed) : null,
					token.expiresAt(), MINUTE.format(token.expiresAt()), token.isExpired(now));
		}

	}

	/** The account in the downloaded data. */
	record AccountData(String username, String role, Instant createdAt, UUID learnerId, @Nullable String signsInWith) {
	}

	/** One answer in the downloaded data. */
	record AnswerData(String quickCheck, int choice, boolean correct, Instant answeredAt) {
	}

	/** One completed lesson in the downloaded data. */
	record CompletionData(String program, String lesson, Instant completedAt) {
	}

}
