package io.aieducademy.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page the signed-in user as {@code signedInUser}, for the layout's header:
 * their name and "Sign out", or "Sign in" for a visitor. Pages of any feature get it,
 * without the layout's features knowing about accounts.
 */
@Component
class SignedInHeader implements HandlerInterceptor, WebMvcConfigurer {

	static final String ATTRIBUTE = "signedInUser";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		String view = (page != null) ? page.getViewName() : null;
		if (page == null || view == null || view.startsWith("redirect:")) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedIn user) {
			page.addObject(ATTRIBUTE, user);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}
