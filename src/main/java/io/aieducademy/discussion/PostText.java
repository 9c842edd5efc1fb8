package io.aieducademy.discussion;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a learner typed, cleaned for storage and cut into segments for display: plain
 * text, links (http and https addresses only) and line breaks. The page writes each
 * segment with {@code th:text}, so nothing a learner types is ever read as HTML.
 */
final class PostText {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	// punctuation that ends a sentence more often than an address
	private static final String TRAILING = ".,;:!?)]}";

	private PostText() {
	}

	/**
	 * The text as it is stored: line breaks as {@code \n}, control characters other than
	 * line breaks and tabs dropped, blank lines at either end and trailing spaces
	 * trimmed.
	 */
	static String clean(String typed) {
		String text = typed.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.forEach(cleaned::appendCodePoint);
		return cleaned.toString().strip();
	}

	/** The number of characters, as a learner counts them (code points). */
	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	static List<TextSegment> segments(String text) {
		List<TextSegment> segments = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				segments.add(new TextSegment("", null, true));
			}
			line(lines[i], segments);
		}
		return List.copyOf(segments);
	}

	private static void line(String line, List<TextSegment> segments) {
		Matcher matcher = URL.matcher(line);
		int from = 0;
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0
					&& !closesAParenthesis(line.substring(matcher.start(), end))) {
				end--;
			}
			String address = line.substring(matcher.start(), end);
			if (!isLink(address)) {
				continue;
			}
			if (matcher.start() > from) {
				segments.add(TextSegment.plain(line.substring(from, matcher.start())));
			}
			segments.add(new TextSegment(address, address, false));
			from = end;
		}
		if (from < line.length()) {
			segments.add(TextSegment.plain(line.substring(from)));
		}
	}

	/** Whether the address ends with a ")" that closes its own "(", as on Wikipedia. */
	private static boolean closesAParenthesis(String address) {
		return address.endsWith(")")
				&& address.chars().filter((c) -> c == '(').count() >= address.chars().filter((c) -> c == ')').count();
	}

	private static boolean isLink(String address) {
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme();
			return uri.getHost() != null && scheme != null
					&& (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
