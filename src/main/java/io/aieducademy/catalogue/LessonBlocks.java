package io.aieducademy.catalogue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * The blocks of a lesson that are the same for every learner (prose, asides, figures and
 * the interactives' fallbacks), rendered to HTML once per lesson and language, on first
 * use, and kept: a lesson's content cannot change while the application runs. The lesson
 * page then renders only what depends on the learner (progress, quick checks, completion)
 * and inserts these as they are ({@code th:utext}).
 * <p>
 * Only the site's own templates (lessons/blocks.html) write these strings, from the
 * catalogue's content, which is reviewed like code; no learner's text goes into them.
 * They are rendered with the request that first asks for them, so their links are the
 * versioned URLs the page's own would be. With {@code spring.thymeleaf.cache=false}
 * (working on the templates) nothing is kept.
 */
@Component
class LessonBlocks {

	/**
	 * The fragments are named {@code block-<type>}: a bare {@code figure} would select
	 * every figure element.
	 */
	private static final String TEMPLATE = "lessons/blocks :: block-";

	private final ThymeleafViewResolver views;

	private final LessonPageSupport support;

	private final Map<Key, List<Part>> rendered = new ConcurrentHashMap<>();

	LessonBlocks(ThymeleafViewResolver views, LessonPageSupport support) {
		this.views = views;
		this.support = support;
	}

	/**
	 * The lesson's body in reading order: runs of blocks that are the same for every
	 * learner, each rendered into one piece of HTML, between the quick checks, which the
	 * page renders for its learner. The page then iterates over a handful of parts rather
	 * than deciding the type of every block on every request.
	 */
	List<Part> of(Lesson lesson, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(lesson.slug(), locale);
		List<Part> known = this.rendered.get(key);
		if (known != null) {
			return known;
		}
		List<Part> parts = render(lesson, locale, request, response);
		if (this.views.isCache()) {
			this.rendered.put(key, parts);
		}
		return parts;
	}

	/**
	 * A part of a lesson's body: either HTML that is the same for every learner, or one
	 * quick check.
	 *
	 * @param html the rendered blocks, or {@code null} for a quick check
	 * @param quickCheck the quick check, or {@code null} for rendered blocks
	 */
	record Part(@Nullable String html, LessonBlock.@Nullable QuickCheck quickCheck) {

	}

	/** Lessons whose blocks have been rendered and kept (for tests). */
	int kept() {
		return this.rendered.size();
	}

	/** Forgets every rendered block, so the next page renders them anew (for tests). */
	void forget() {
		this.rendered.clear();
	}

	private List<Part> render(Lesson lesson, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Map<String, InteractiveFallback> interactives = this.support.interactives(lesson);
		String trainingRate = InteractiveFallback.number(InteractiveFallback.TRAINING_RATE);
		Map<String, LanguageDemoFallback> languageDemos = this.support.languageDemos(lesson);
		Integer maxTextLength = this.support.maxTextLength();
		List<Part> parts = new ArrayList<>();
		StringBuilder html = new StringBuilder();
		for (LessonBlock block : lesson.blocks()) {
			if (block instanceof LessonBlock.QuickCheck check) {
				if (!html.isEmpty()) {
					parts.add(new Part(html.toString(), null));
					html.setLength(0);
				}
				parts.add(new Part(null, check));
				continue;
			}
			Map<String, Object> model = Map.of("block", block, "interactives", interactives, "trainingRate",
					trainingRate, "languageDemos", languageDemos, "maxTextLength", maxTextLength, "curveFits",
					this.support.curveFits(lesson));
			html.append(render(TEMPLATE + block.type(), model, locale, request, response)).append('\n');
		}
		if (!html.isEmpty()) {
			parts.add(new Part(html.toString(), null));
		}
		return Collections.unmodifiableList(parts);
	}

	private String render(String fragment, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(fragment, locale);
			if (view == null) {
				throw new IllegalStateException("No template for " + fragment);
			}
			CapturedResponse captured = new CapturedResponse(response);
			view.render(model, request, captured);
			return captured.text();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + fragment, ex);
		}
	}

	private record Key(String lesson, Locale locale) {
	}

	/**
	 * The page's response, for its links (the versioned URLs), but writing into a string
	 * and leaving the page's own headers alone.
	 */
	private static final class CapturedResponse extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(1024);

		private final PrintWriter writer = new PrintWriter(this.text);

		CapturedResponse(HttpServletResponse response) {
			super(response);
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A lesson block is written as text");
		}

		@Override
		public void setContentType(@Nullable String type) {
		}

		@Override
		public void setCharacterEncoding(@Nullable String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void setHeader(String name, @Nullable String value) {
		}

		@Override
		public void addHeader(String name, @Nullable String value) {
		}

		@Override
		public void flushBuffer() {
		}

	}

}
