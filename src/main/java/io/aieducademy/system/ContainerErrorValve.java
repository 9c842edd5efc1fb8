package io.aieducademy.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Answers the errors that Tomcat finds before the request reaches the application (an
 * address with {@code %2f} or {@code %00}, headers or a URL too large, bad framing) in
 * the site's own format, with the security headers: problem details under {@code /api}, a
 * small page in the site's style everywhere else. It replaces Tomcat's HTML error report.
 */
class ContainerErrorValve extends ErrorReportValve {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final long bodyLimit;

	ContainerErrorValve(long bodyLimit) {
		this.bodyLimit = bodyLimit;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String path = request.getCoyoteRequest().requestURI().toString();
		try {
			for (Map.Entry<String, String> header : SecurityHeadersFilter.headers(false).entrySet()) {
				response.setHeader(header.getKey(), header.getValue());
			}
			response.setCharacterEncoding("UTF-8");
			boolean api = path.startsWith("/api/") || path.equals("/api");
			response.setContentType(api ? "application/problem+json" : "text/html");
			PrintWriter writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (api) {
				writer.write(json.writeValueAsString(SiteErrorController.problem(status, safe(path), this.bodyLimit)));
			}
			else {
				writer.write(page(status));
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response cannot be written: nothing more to do
		}
	}

	/** The path as sent may hold anything; only printable ASCII goes back. */
	private static String safe(String path) {
		String printable = path.replaceAll("[^\\x20-\\x7e]", "?");
		return (printable.length() > 200) ? printable.substring(0, 200) + "..." : printable;
	}

	private String page(int status) {
		String kind = (status >= 500) ? "5xx" : "4xx";
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>"
				+ text("error." + kind + ".title") + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
				+ "<body><main id=\"main\" class=\"error-page\"><p class=\"error-page__code\" aria-hidden=\"true\">"
				+ status + "</p><h1>" + text("error." + kind + ".heading") + "</h1><p>"
				+ text("error." + kind + ".text") + "</p><p><a class=\"button\" href=\"/\">" + text("error.toHome")
				+ "</a></p></main></body></html>";
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(ErrorSentences.text(key));
	}

}
