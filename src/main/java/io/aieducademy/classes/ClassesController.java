package io.aieducademy.classes;

import java.util.List;
import java.util.Map;

import io.aieducademy.accounts.Account;
import io.aieducademy.accounts.AccountRepository;
import io.aieducademy.accounts.SignedIn;
import io.aieducademy.classes.Classes.Created;
import io.aieducademy.classes.Classes.Joined;
import io.aieducademy.classes.Classes.Membership;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The classes pages, all forms that work without JavaScript: the list of one's classes
 * with the forms to create and to join one, leaving a class, and the teacher's page of a
 * class with its figures. Every form posts and redirects; a refused form is shown again
 * with the reason beside its field. Only a class's teacher sees its page: anyone else,
 * whatever their role, gets 404. An anonymous visitor is asked to sign in (401).
 */
@Controller
class ClassesController {

	static final String NO_STORE = "private, no-store";

	private final Classes classes;

	private final ClassFigureQueries figures;

	private final AccountRepository accounts;

	private final ClassesProperties limits;

	private final MessageSource messages;

	ClassesController(Classes classes, ClassFigureQueries figures, AccountRepository accounts, ClassesProperties limits,
			MessageSource messages) {
		this.classes = classes;
		this.figures = figures;
		this.accounts = accounts;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/classes")
	String list(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(required = false) @Nullable Long joined,
			@RequestParam(required = false) @Nullable String left,
			@RequestParam(required = false) @Nullable String deleted, Model model, HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		if (joined != null) {
			memberships(user).stream()
				.filter((membership) -> membership.classroom().id() == joined)
				.findFirst()
				.ifPresent((membership) -> model.addAttribute("joinedName", membership.classroom().name()));
		}
		model.addAttribute("left", left != null);
		model.addAttribute("deleted", deleted != null);
		return listPage(user, model, response, "", null, "", null);
	}

	@PostMapping("/classes")
	String create(@AuthenticationPrincipal @Nullable SignedIn user,
			@RequestParam(required = false) @Nullable String name, Model model, HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		Created created = this.classes.create(user, name);
		if (created instanceof Created.Done done) {
			return "redirect:/classes/" + done.classroom().id();
		}
		Created.Refused refused = (Created.Refused) created;
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return listPage(user, model, response, shortened(name),
				new FieldError(refused.messageCode(), refused.arguments()), "", null);
	}

	@PostMapping("/classes/join")
	String join(@AuthenticationPrincipal @Nullable SignedIn user, @RequestParam(required = false) @Nullable String code,
			Model model, HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		Joined joined;
		try {
			joined = this.classes.join(user, code);
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at once: the other request made the membership
			return "redirect:/classes";
		}
		if (joined instanceof Joined.Done done) {
			return "redirect:/classes?joined=" + done.classroom().id();
		}
		FieldError error;
		if (joined instanceof Joined.TooMany tooMany) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
			error = new FieldError("classes.error.tooManyTries", (tooMany.retryAfterSeconds() + 59) / 60);
		}
		else {
			Joined.Refused refused = (Joined.Refused) joined;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			error = new FieldError(refused.messageCode(), refused.arguments());
		}
		return listPage(user, model, response, "", null, shortened(code), error);
	}

	@PostMapping("/classes/{id}/leave")
	String leave(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id,
			HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		this.classes.leave(user, id);
		return "redirect:/classes?left=1";
	}

	@PostMapping("/classes/{id}/delete")
	String delete(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id,
			HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		this.classes.delete(user, id);
		return "redirect:/classes?deleted=1";
	}

	@GetMapping("/classes/{id}")
	String show(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id, Model model,
			HttpServletResponse response) {
		if (user == null) {
			return signInFirst(response);
		}
		Classroom classroom = this.classes.taughtBy(user, id);
		ClassFigures figures = this.figures.of(classroom);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		model.addAttribute("classroom", classroom);
		model.addAttribute("joinCode", JoinCodes.display(classroom.joinCode()));
		model.addAttribute("figures", figures);
		return "classes/show";
	}

	private String listPage(SignedIn user, Model model, HttpServletResponse response, String name,
			@Nullable FieldError nameError, String code, @Nullable FieldError codeError) {
		List<Classroom> taught = this.classes.taught(user);
		List<Membership> memberships = memberships(user);
		Map<Long, String> teachers = teacherNames(memberships);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		model.addAttribute("user", user);
		model.addAttribute("taught",
				taught.stream()
					.map((classroom) -> new TaughtRow(classroom.id(), classroom.name(),
							JoinCodes.display(classroom.joinCode()), this.classes.memberCount(classroom.id())))
					.toList());
		model.addAttribute("memberships",
				memberships.stream()
					.map((membership) -> new MembershipRow(membership.classroom().id(), membership.classroom().name(),
							teachers.getOrDefault(membership.classroom().teacherId(), "")))
					.toList());
		model.addAttribute("name", name);
		model.addAttribute("nameError", text(nameError));
		model.addAttribute("code", code);
		model.addAttribute("codeError", text(codeError));
		model.addAttribute("nameMaxLength", this.limits.nameMaxLength());
		return "classes/list";
	}

	private @Nullable String text(@Nullable FieldError error) {
		return (error != null)
				? this.messages.getMessage(error.code(), error.arguments(), LocaleContextHolder.getLocale()) : null;
	}

	private List<Membership> memberships(SignedIn user) {
		return this.classes.memberships(user);
	}

	private Map<Long, String> teacherNames(List<Membership> memberships) {
		Map<Long, String> names = new java.util.HashMap<>();
		for (Account account : this.accounts
			.findAllById(memberships.stream().map((membership) -> membership.classroom().teacherId()).toList())) {
			Long id = account.getId();
			if (id != null) {
				names.put(id, account.getUsername());
			}
		}
		return names;
	}

	private static String signInFirst(HttpServletResponse response) {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		return "classes/sign-in";
	}

	/** What the user typed, given back in the field, at most a few hundred characters. */
	private static String shortened(@Nullable String typed) {
		return (typed == null) ? "" : typed.substring(0, Math.min(typed.length(), 400));
	}

	/** A message, by its code and arguments, shown beside a form's field. */
	record FieldError(String code, Object... arguments) {
	}

	/** A class on the list of the classes one teaches. */
	record TaughtRow(long id, String name, String joinCode, long members) {
	}

	/** A class on the list of the classes one belongs to. */
	record MembershipRow(long id, String name, String teacher) {
	}

}
