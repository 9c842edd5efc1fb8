package io.aieducademy.accounts;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /admin/moderators: administrators name moderators by their username and take the role
 * back. A visitor is sent to sign in; anyone else signed in gets 403. Whoever gets or
 * loses the role is signed out everywhere, so that their next sign-in carries it.
 * Administrators are named only by {@code aieducademy.admin}.
 */
@Controller
class ModeratorsPage {

	private static final String PAGE = "admin/moderators";

	private final Accounts accounts;

	private final SignInSession session;

	ModeratorsPage(Accounts accounts, SignInSession session) {
		this.accounts = accounts;
		this.session = session;
	}

	@GetMapping("/admin/moderators")
	String moderators(@AuthenticationPrincipal @Nullable SignedIn user, Model model) {
		if (user == null) {
			return "redirect:/signin";
		}
		administrator(user);
		model.addAttribute("username", "");
		return page(model);
	}

	@PostMapping("/admin/moderators")
	String name(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(defaultValue = "") String username,
			HttpServletResponse response, Model model) {
		return change(user, username, Role.MODERATOR, "named", response, model);
	}

	@PostMapping("/admin/moderators/remove")
	String remove(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(defaultValue = "") String username,
			HttpServletResponse response, Model model) {
		return change(user, username, Role.LEARNER, "removed", response, model);
	}

	private String change(@Nullable SignedIn user, String username, Role role, String outcome,
			HttpServletResponse response, Model model) {
		if (user == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		administrator(user);
		Optional<Account> changed = this.accounts.setRole(username, role);
		if (changed.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("username", username);
			model.addAttribute("usernameError", "admin.moderators.noSuchAccount");
			return page(model);
		}
		this.session.endAllSessions(changed.get().getUsername());
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/moderators")
			.queryParam(outcome, changed.get().getUsername())
			.encode()
			.toUriString();
	}

	private String page(Model model) {
		model.addAttribute("moderators", this.accounts.withRole(Role.MODERATOR));
		model.addAttribute("administrators", this.accounts.withRole(Role.ADMINISTRATOR));
		return PAGE;
	}

	private static void administrator(SignedIn user) {
		if (user.role() != Role.ADMINISTRATOR) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
