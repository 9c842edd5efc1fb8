package io.aieducademy.discussion;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a learner typed, cleaned and cut into text, links and line breaks. */
class PostTextTests {

	@Test
	void addressesBecomeLinksWithoutTheSentencesFullStop() {
		assertThat(PostText.segments("See https://example.org/a?b=1&c=2. Or http://x.test/(y)!")).containsExactly(
				TextSegment.plain("See "),
				new TextSegment("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2", false),
				TextSegment.plain(". Or "), new TextSegment("http://x.test/(y)", "http://x.test/(y)", false),
				TextSegment.plain("!"));
		assertThat(PostText.segments("(see https://x.test/a)")).extracting(TextSegment::href)
			.containsExactly(null, "https://x.test/a", null);
	}

	@Test
	void onlyHttpAndHttpsAddressesAreLinks() {
		List<TextSegment> segments = PostText
			.segments("javascript:alert(1) data:text/html,<b>x</b> ftp://example.org https://");
		assertThat(segments).allMatch((segment) -> segment.href() == null);
	}

	@Test
	void anAddressStopsAtQuotesAndAngleBrackets() {
		assertThat(PostText.segments("https://example.org/\"onmouseover=\"alert(1)")).first()
			.isEqualTo(new TextSegment("https://example.org/", "https://example.org/", false));
		assertThat(PostText.segments("<a href=https://evil.test>x</a>")).extracting(TextSegment::href)
			.containsExactly(null, "https://evil.test", null);
	}

	@Test
	void lineBreaksAreKeptAsSegments() {
		assertThat(PostText.segments("one\n\ntwo")).containsExactly(TextSegment.plain("one"),
				new TextSegment("", null, true), new TextSegment("", null, true), TextSegment.plain("two"));
	}

	@Test
	void cleaningKeepsLineBreaksAndTabsAndDropsOtherControlCharacters() {
		assertThat(PostText.clean("\r\n  a\r\nb\u0000\u0007\tc\rd  \n\n")).isEqualTo("a\nb\tc\nd");
	}

	@Test
	void lengthCountsCharactersAsPeopleDo() {
		assertThat(PostText.length("😀é")).isEqualTo(2);
	}

}
