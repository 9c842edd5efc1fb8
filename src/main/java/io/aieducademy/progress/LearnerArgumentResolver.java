package io.aieducademy.progress;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every handler that declares a {@link Learner} parameter the learner of its
 * request, once per request: a signed-in user's account learner id, or else the one read
 * from the learner cookie.
 */
@Component
class LearnerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private static final String ATTRIBUTE = Learner.class.getName();

	// A plain object rather than a bean, so that MVC test slices, which pick up this
	// resolver, need nothing else.
	private final LearnerCookie cookie = new LearnerCookie();

	// Looked up when needed, for the same reason: a slice without the database believes
	// every cookie.
	private final ObjectProvider<Progress> progress;

	LearnerArgumentResolver(ObjectProvider<Progress> progress) {
		this.progress = progress;
	}

	private boolean isKnown(UUID learner) {
		Progress progress = this.progress.getIfAvailable();
		return progress == null || progress.isKnown(learner);
	}

	/** The learner of a signed-in user: their account's learner id, never a cookie. */
	private static @Nullable Learner signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountLearner account) {
			UUID id = account.learnerId();
			return new Learner(id, () -> id);
		}
		return null;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Learner.class;
	}

	@Override
	public Learner resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Object resolved = webRequest.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (resolved instanceof Learner learner) {
			return learner;
		}
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		if (request == null || response == null) {
			throw new IllegalStateException("A learner can only be resolved for a servlet request");
		}
		Learner account = signedIn();
		if (account != null) {
			webRequest.setAttribute(ATTRIBUTE, account, RequestAttributes.SCOPE_REQUEST);
			return account;
		}
		// an id the site never stored anything for was not issued by it, and is ignored
		Learner learner = new Learner(this.cookie.current(request).filter(this::isKnown).orElse(null),
				() -> this.cookie.issue(request, response));
		webRequest.setAttribute(ATTRIBUTE, learner, RequestAttributes.SCOPE_REQUEST);
		return learner;
	}

}
