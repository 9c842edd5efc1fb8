package io.aieducademy.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes sure the form token's cookie is written before a page is. Spring Security makes
 * the token only when a form asks for it, but a lesson page's forms come after the first
 * kilobytes have been sent, when no header can be added any more. So the token is made as
 * soon as the controller has chosen a page to render; answers of the API, redirects and
 * static files get no token cookie.
 */
@Component
class FormTokenCookie implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		String view = (page != null) ? page.getViewName() : null;
		if (view != null && !view.startsWith("redirect:")
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}
