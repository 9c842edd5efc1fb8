package io.aieducademy.accounts;

import io.aieducademy.progress.Progress;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account pages: signing up and in with HTML forms, and the account page where a user
 * changes their password, downloads their data and deletes their account. Signing out is
 * Spring Security's POST /signout. Every form works without JavaScript; a mistake comes
 * back as the same page with the field's error.
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

	private final ProviderSignIn.Providers providers;

	AccountPages(Accounts accounts, SignInThrottle throttle, SignInSession session, Progress progress,
			ObjectProvider<PersonalData> personalData, AccountsProperties limits, ProviderSignIn.Providers providers) {
		this.providers = providers;
		this.accounts = accounts;
		this.throttle = throttle;
		this.session = session;
		this.progress = progress;
		this.personalData = personalData;
		this.limits = limits;
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
		Duration wait = this.throttle.waitBeforeSignIn(username, address);
		if (!wait.isZero()) {
			return throttled(response, model, wait);
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
		Duration wait = this.throttle.waitBeforeSignUp(address);
		if (!wait.isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
			model.addAttribute("throttledSeconds", seconds(wait));
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
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		String address = request.getRemoteAddr();
		Duration wait = this.throttle.waitBeforeSignIn(account.getUsername(), address);
		if (!wait.isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
			model.addAttribute("throttledSeconds", seconds(wait));
			return accountPage(account, model);
		}
		String problem = this.accounts.changePassword(account.signedIn().accountId(), currentPassword, newPassword);
		if (problem != null) {
			if (problem.equals("account.error.wrongPassword")) {
				this.throttle.failed(account.getUsername(), address);
				model.addAttribute("currentPasswordError", problem);
			}
			else {
				model.addAttribute("newPasswordError", problem);
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return accountPage(account, model);
		}
		this.session.endOtherSessions(account.signedIn(), request);
		return "redirect:/account?passwordChanged";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = current(user, request);
		if (account == null) {
			return TO_SIGN_IN;
		}
		String address = request.getRemoteAddr();
		Duration wait = this.throttle.waitBeforeSignIn(account.getUsername(), address);
		if (!wait.isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
			model.addAttribute("throttledSeconds", seconds(wait));
			return accountPage(account, model);
		}
		if (!this.accounts.delete(account.signedIn().accountId(), password)) {
			this.throttle.failed(account.getUsername(), address);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("deletePasswordError",
					account.hasPassword() ? "account.error.wrongPassword" : "account.error.wrongUsername");
			return accountPage(account, model);
		}
		this.session.end(request);
		return "redirect:/signin?deleted";
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

	private String throttled(HttpServletResponse response, Model model, Duration wait) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
		model.addAttribute("throttledSeconds", seconds(wait));
		return signInForm(model);
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
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
