package io.aieducademy.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the versioned URL of each static file into the pages ({@code /css/site.css}
 * becomes {@code /css/site-<hash>.css}), as Spring's {@link ResourceUrlEncodingFilter}
 * does, but works each path out only once.
 * <p>
 * Every link a template builds passes through here, not only those of static files.
 * Spring's resource chain remembers the versioned URL of a static file, but not that a
 * path such as {@code /programs/ai-sprouts} is no static file at all: it searched every
 * jar on the class path for it again on every page, which was most of a lesson page's
 * time. Here both answers are remembered. The static files are packaged with the
 * application and cannot change while it runs; with
 * {@code spring.web.resources.chain.cache=false} (for working on them) nothing is
 * remembered. The site's dispatcher serves the whole context path, so a link's path
 * within the context is the path the resource handlers see.
 */
class VersionedUrlFilter extends ResourceUrlEncodingFilter {

	/**
	 * Links come from the templates and the catalogue, a few hundred paths; the bound
	 * keeps a template that builds links from something unbounded from growing the map.
	 */
	static final int MAX_REMEMBERED_PATHS = 10_000;

	private final ResourceUrlProvider resources;

	private final boolean remember;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	VersionedUrlFilter(ResourceUrlProvider resources, boolean remember) {
		this.resources = resources;
		this.remember = remember;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new VersionedUrlResponse(httpResponse, httpRequest.getContextPath()));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * The URL of the page or file at this path within the site, versioned if it is a
	 * static file.
	 */
	String versionedPath(String path) {
		String known = this.versioned.get(path);
		if (known != null) {
			return known;
		}
		String resolved = this.resources.getForLookupPath(path);
		String answer = (resolved != null) ? resolved : path;
		if (this.remember && this.versioned.size() < MAX_REMEMBERED_PATHS) {
			this.versioned.put(path, answer);
		}
		return answer;
	}

	private final class VersionedUrlResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		VersionedUrlResponse(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			if (!url.startsWith(this.contextPath)) {
				return super.encodeURL(url);
			}
			int end = endOfPath(url);
			String path = url.substring(this.contextPath.length(), end);
			return super.encodeURL(this.contextPath + versionedPath(path) + url.substring(end));
		}

		private static int endOfPath(String url) {
			for (int i = 0; i < url.length(); i++) {
				char c = url.charAt(i);
				if (c == '?' || c == '#') {
					return i;
				}
			}
			return url.length();
		}

	}

}
