package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one lesson file: YAML front matter, then Markdown prose broken up by {@code :::}
 * blocks (quick checks, asides, figures and interactives). See
 * {@code docs/content-format.md}.
 */
final class LessonParser {

	private static final Pattern BLOCK_OPEN = Pattern.compile("^:::\\s*([a-z-]+)\\s*(.*?)\\s*$");

	private static final Pattern BLOCK_CLOSE = Pattern.compile("^:::\\s*$");

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> CALLOUT_KINDS = Set.of("info", "tip", "warning");

	private static final int MAX_OPTIONS = 6;

	private final Parser markdown;

	private final HtmlRenderer renderer;

	private static final Pattern DATA_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.csv");

	private final Predicate<String> staticFileExists;

	private final Function<String, String> dataFile;

	/**
	 * @param staticFileExists whether the site ships a file under {@code static/}
	 * @param dataFile the text of a file under {@code content/data/}, or a
	 * {@link ContentException} when it is missing
	 */
	LessonParser(Predicate<String> staticFileExists, Function<String, String> dataFile) {
		List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
		this.markdown = Parser.builder().extensions(extensions).build();
		// Content is reviewed like code, but raw HTML is still never passed through: it
		// is shown as text.
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
		this.staticFileExists = staticFileExists;
		this.dataFile = dataFile;
	}

	/**
	 * Parses a lesson; returns {@code null} when its front matter says it is not
	 * published yet.
	 */
	@Nullable Lesson parse(String file, String text, String programSlug, LessonEntry entry) {
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			throw new ContentException(file, 1, "a lesson must start with front matter between two '---' lines.");
		}
		int close = 1;
		while (close < lines.length && !lines[close].strip().equals("---")) {
			close++;
		}
		if (close == lines.length) {
			throw new ContentException(file, 1, "the front matter opened on line 1 is never closed with '---'.");
		}
		ContentYaml.Document<ContentFiles.FrontMatter> document = ContentYaml.read(
				String.join("\n", List.of(lines).subList(1, close)), file, 2, ContentFiles.FrontMatter.class,
				"The front matter");
		ContentFiles.FrontMatter meta = document.value();
		if (Boolean.FALSE.equals(meta.published())) {
			return null;
		}
		if (meta.order() != entry.number()) {
			throw document.fail("/order", "the order is " + meta.order()
					+ " but program.yml lists this lesson as number " + entry.number() + ".");
		}
		if (meta.duration() < 1 || meta.duration() > 600) {
			throw document.fail("/duration",
					"the field 'duration' is " + meta.duration() + " but must be from 1 to 600 minutes.");
		}
		for (int i = 0; i < meta.furtherReading().size(); i++) {
			String url = meta.furtherReading().get(i).url();
			if (!url.startsWith("https://") && !url.startsWith("http://")) {
				throw document.fail("/furtherReading/" + i + "/url",
						"the url '" + url + "' must start with https:// or http://.");
			}
		}
		List<LessonBlock> blocks = parseBody(file, lines, close + 1, entry.slug());
		return new Lesson(entry.slug(), programSlug, entry.number(), meta.title(), meta.description(),
				meta.difficulty(), meta.duration(), meta.icon(), meta.takeaways(), meta.furtherReading(), blocks, file);
	}

	private List<LessonBlock> parseBody(String file, String[] lines, int start, String lessonSlug) {
		List<LessonBlock> blocks = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		StringBuilder prose = new StringBuilder();
		boolean inFence = false;
		int index = start;
		while (index < lines.length) {
			String line = lines[index];
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				inFence = !inFence;
			}
			Matcher open = BLOCK_OPEN.matcher(line);
			if (inFence || !open.matches()) {
				if (!inFence && BLOCK_CLOSE.matcher(line).matches()) {
					throw new ContentException(file, index + 1, "this ':::' closes a block that was never opened.");
				}
				prose.append(line).append('\n');
				index++;
				continue;
			}
			addProse(blocks, prose);
			int openLine = index + 1;
			int end = index + 1;
			while (end < lines.length && !BLOCK_CLOSE.matcher(lines[end]).matches()) {
				if (BLOCK_OPEN.matcher(lines[end]).matches()) {
					throw new ContentException(file, end + 1, "blocks do not nest: close the block opened on line "
							+ openLine + " with ':::' before opening another.");
				}
				end++;
			}
			if (end == lines.length) {
				throw new ContentException(file, openLine,
						"the '" + open.group(1) + "' block opened here is never closed with ':::'.");
			}
			String body = String.join("\n", List.of(lines).subList(index + 1, end));
			blocks.add(block(file, openLine, open.group(1), open.group(2), body, lessonSlug, keys));
			index = end + 1;
		}
		addProse(blocks, prose);
		return blocks;
	}

	private void addProse(List<LessonBlock> blocks, StringBuilder prose) {
		if (!prose.toString().isBlank()) {
			blocks.add(new LessonBlock.Prose(render(prose.toString())));
		}
		prose.setLength(0);
	}

	private String render(String markdownText) {
		return this.renderer.render(this.markdown.parse(markdownText));
	}

	private LessonBlock block(String file, int line, String type, String argument, String body, String lessonSlug,
			Set<String> keys) {
		return switch (type) {
			case "quick-check" -> quickCheck(file, line, argument, body, lessonSlug, keys);
			case "fun-fact", "think" -> aside(file, line, type, type, argument, body);
			case "callout" -> {
				if (!CALLOUT_KINDS.contains(argument)) {
					throw new ContentException(file, line,
							"a callout needs a kind of info, tip or warning, as in '::: callout tip'.");
				}
				yield aside(file, line, type, "callout-" + argument, "", body);
			}
			case "figure" -> figure(file, line, argument, body);
			case "interactive" -> interactive(file, line, argument, body);
			case "data-interactive" -> dataInteractive(file, line, argument, body);
			default -> throw new ContentException(file, line, "unknown block type '" + type
					+ "'; expected quick-check, fun-fact, think, callout, figure, interactive or data-interactive.");
		};
	}

	private LessonBlock aside(String file, int line, String type, String kind, String argument, String body) {
		if (!argument.isEmpty()) {
			throw new ContentException(file, line, "a '" + type + "' block takes nothing after its name.");
		}
		if (body.isBlank()) {
			throw new ContentException(file, line, "the '" + type + "' block is empty.");
		}
		return new LessonBlock.Aside(kind, render(body));
	}

	private LessonBlock quickCheck(String file, int line, String key, String body, String lessonSlug,
			Set<String> keys) {
		if (!KEY.matcher(key).matches()) {
			throw new ContentException(file, line, "a quick check needs a key of lowercase letters, digits and hyphens,"
					+ " as in '::: quick-check chain-rule'.");
		}
		if (!keys.add(key)) {
			throw new ContentException(file, line, "the quick-check key '" + key + "' is used twice in this lesson.");
		}
		ContentYaml.Document<ContentFiles.QuickCheckBody> document = ContentYaml.read(body, file, line + 1,
				ContentFiles.QuickCheckBody.class, "A quick check");
		ContentFiles.QuickCheckBody check = document.value();
		int count = check.options().size();
		if (count < 2 || count > MAX_OPTIONS) {
			throw document.fail("/options",
					"a quick check needs from 2 to " + MAX_OPTIONS + " options, not " + count + ".");
		}
		List<LessonBlock.Option> options = new ArrayList<>();
		Set<String> texts = new HashSet<>();
		for (ContentFiles.OptionEntry option : check.options()) {
			if (!texts.add(option.text())) {
				throw document.fail("/options/" + options.size(), "two options of this quick check are the same.");
			}
			options.add(new LessonBlock.Option(option.text(), option.hint()));
		}
		if (check.answer() < 0 || check.answer() >= count) {
			throw document.fail("/answer", "the answer must be the index of an option, from 0 to " + (count - 1)
					+ " (there are " + count + " options).");
		}
		if (options.get(check.answer()).hint() != null) {
			throw document.fail("/options/" + check.answer() + "/hint",
					"the correct option has a hint; hints are for wrong options only, to say what to revisit.");
		}
		return new LessonBlock.QuickCheck(lessonSlug + "." + key, key, check.question(), options, check.answer(),
				check.explanation());
	}

	private LessonBlock figure(String file, int line, String argument, String body) {
		if (!argument.isEmpty()) {
			throw new ContentException(file, line, "a 'figure' block takes nothing after its name.");
		}
		ContentYaml.Document<ContentFiles.FigureBody> document = ContentYaml.read(body, file, line + 1,
				ContentFiles.FigureBody.class, "A figure");
		ContentFiles.FigureBody figure = document.value();
		String src = figure.src();
		if (!src.startsWith("/") || src.contains("..") || !this.staticFileExists.test(src)) {
			throw document.fail("/src", "the figure '" + src + "' is not a file the site ships under static/.");
		}
		return new LessonBlock.Figure(src, figure.alt(), figure.caption());
	}

	private LessonBlock interactive(String file, int line, String name, String body) {
		if (!KEY.matcher(name).matches()) {
			throw new ContentException(file, line,
					"an interactive needs a name, as in '::: interactive worked-example'.");
		}
		if (LessonBlock.KMeansInteractive.NAME.equals(name)) {
			return kMeans(file, line, body);
		}
		ContentYaml.Document<ContentFiles.InteractiveBody> document = ContentYaml.read(body, file, line + 1,
				ContentFiles.InteractiveBody.class, "An interactive");
		ContentFiles.InteractiveBody interactive = document.value();
		if (LessonBlock.CurveFit.NAME.equals(name)) {
			return curveFit(document, name);
		}
		if (interactive.degree() != null || interactive.points() != null) {
			throw document.fail((interactive.degree() != null) ? "/degree" : "/points",
					"only the interactive " + LessonBlock.CurveFit.NAME + " takes a 'degree' and 'points'.");
		}
		if (LossFigure.NAMES.contains(name)) {
			if (interactive.program() != null || !interactive.values().isEmpty() || interactive.sample() != null) {
				throw document.fail("/program",
						"the interactive '" + name + "' computes its own figure: give it only a 'caption'.");
			}
			return new LessonBlock.LossDemo(name, interactive.caption(), LossFigure.of(name, file, line));
		}
		if (LessonBlock.LanguageDemo.NAMES.contains(name)) {
			String sample = interactive.sample();
			if (sample == null || sample.isBlank()) {
				throw document.fail("/sample", "the interactive '" + name + "' needs a 'sample' text to start from.");
			}
			if (interactive.program() != null || !interactive.values().isEmpty()) {
				throw document.fail("/program", "the interactive '" + name + "' takes a 'sample', not a program.");
			}
			return new LessonBlock.LanguageDemo(name, sample, interactive.caption());
		}
		String program = interactive.program();
		if (program == null) {
			throw document.fail("/program", "the interactive '" + name + "' needs a 'program' for the engine.");
		}
		if (interactive.sample() != null) {
			throw document.fail("/sample",
					"only the interactives "
							+ String.join(" and ", LessonBlock.LanguageDemo.NAMES.stream().sorted().toList())
							+ " take a 'sample'.");
		}
		for (String input : interactive.values().keySet()) {
			if (!NAME.matcher(input).matches()) {
				throw document.fail("/values/" + input, "'" + input + "' is not a valid input name.");
			}
		}
		return new LessonBlock.Interactive(name, program, interactive.values(), interactive.caption());
	}

	private LessonBlock curveFit(ContentYaml.Document<ContentFiles.InteractiveBody> document, String name) {
		ContentFiles.InteractiveBody interactive = document.value();
		if (interactive.program() != null || !interactive.values().isEmpty() || interactive.sample() != null) {
			throw document.fail("/program",
					"the interactive '" + name + "' takes a 'degree' and 'points', not a program, values or a sample.");
		}
		if (interactive.degree() == null || interactive.points() == null) {
			throw document.fail((interactive.degree() == null) ? "/degree" : "/points",
					"the interactive '" + name + "' needs a 'degree' to start at and a number of training 'points'.");
		}
		return new LessonBlock.CurveFit(name, interactive.degree(), interactive.points(), interactive.caption());
	}

	private LessonBlock dataInteractive(String file, int line, String name, String body) {
		if (!DataFallback.NAMES.contains(name)) {
			throw new ContentException(file, line, "a data interactive needs one of the names "
					+ String.join(", ", DataFallback.NAMES) + ", as in '::: data-interactive nearest-neighbours'.");
		}
		ContentYaml.Document<ContentFiles.DataInteractiveBody> document = ContentYaml.read(body, file, line + 1,
				ContentFiles.DataInteractiveBody.class, "A data interactive");
		ContentFiles.DataInteractiveBody interactive = document.value();
		if (!DATA_FILE.matcher(interactive.data()).matches()) {
			throw document.fail("/data", "the data file '" + interactive.data()
					+ "' must be the name of a .csv file under content/data/, as in 'word-vectors.csv'.");
		}
		String dataPath = "data/" + interactive.data();
		DataFallback fallback = DataFallback.of(name, dataPath, this.dataFile.apply(dataPath), interactive.show(), file,
				line);
		return new LessonBlock.DataInteractive(name, interactive.caption(), fallback);
	}

	private LessonBlock kMeans(String file, int line, String body) {
		ContentYaml.Document<ContentFiles.KMeansBody> document = ContentYaml.read(body, file, line + 1,
				ContentFiles.KMeansBody.class, "The k-means interactive");
		ContentFiles.KMeansBody interactive = document.value();
		List<KMeans.Point> points = new ArrayList<>();
		for (List<Double> pair : interactive.points()) {
			if (pair.size() != 2) {
				throw document.fail("/points/" + points.size(), "a point is a pair [x, y], not " + pair + ".");
			}
			points.add(new KMeans.Point(pair.get(0), pair.get(1)));
		}
		try {
			return new LessonBlock.KMeansInteractive(interactive.caption(),
					KMeansDemo.of(points, interactive.k(), interactive.seeds()));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new ContentException(file, line, "the k-means interactive " + ex.getMessage());
		}
	}

}
