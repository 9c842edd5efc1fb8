package io.aieducademy.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a post as shown: a line break, a link ({@code href} set) or plain text.
 * Pages and scripts write {@code text} as text, never as HTML.
 *
 * @param text the words to show
 * @param href where a link goes (an http or https address), or null for plain text
 * @param lineBreak whether this piece is a line break
 */
@Schema(description = "A piece of a post: plain text, a link (href set) or a line break. Show text as text, never as HTML.")
public record TextSegment(String text, @Schema(nullable = true) @Nullable String href, boolean lineBreak) {

	static TextSegment plain(String text) {
		return new TextSegment(text, null, false);
	}

}
