package io.aieducademy.accounts;

import io.aieducademy.progress.AnonymousLearner;
import io.aieducademy.progress.Progress;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Starts and ends a signed-in user's session. Signing in gives the browser a new session
 * id (an id planted before sign-in is worth nothing after it) and a new form token, and
 * moves the anonymous learner's progress on this browser to the account.
 */
@Component
class SignInSession {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final CsrfAuthenticationStrategy formTokens;

	private final AnonymousLearner anonymous;

	private final Progress progress;

	private final Accounts accounts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignInSession(CsrfTokenRepository formTokens, AnonymousLearner anonymous, Progress progress, Accounts accounts,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.formTokens = new CsrfAuthenticationStrategy(formTokens);
		this.anonymous = anonymous;
		this.progress = progress;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/** Signs this browser in as the account. */
	void start(Account account, HttpServletRequest request, HttpServletResponse response) {
		SignedIn user = account.signedIn();
		moveAnonymousProgress(user.learnerId(), request, response);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		request.getSession(true);
		this.formTokens.onAuthentication(authentication, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** Signs this browser out: its session, and the session's cookie, are gone. */
	void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.holder.clearContext();
	}

	/**
	 * Ends every other session of this user, on every instance (they share the session
	 * table), and keeps this browser's: after a password change, a browser signed in by
	 * someone who knew the old password is signed out.
	 */
	void endOtherSessions(SignedIn user, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String keep = (current != null) ? current.getId() : "";
		for (String id : this.sessions.findByPrincipalName(user.getName()).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
			}
		}
	}

	/**
	 * Ends every session of this user, on every instance: after their role changed, so
	 * that they sign in again with the new one.
	 */
	void endAllSessions(String username) {
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			this.sessions.deleteById(id);
		}
	}

	private void moveAnonymousProgress(UUID account, HttpServletRequest request, HttpServletResponse response) {
		this.anonymous.of(request).ifPresent((learner) -> {
			// another account's learner id in a cookie is never taken over
			if (!this.accounts.isAccountLearner(learner)) {
				this.progress.move(learner, account);
			}
		});
		if (this.anonymous.hasCookie(request)) {
			this.anonymous.forget(request, response);
		}
	}

}
