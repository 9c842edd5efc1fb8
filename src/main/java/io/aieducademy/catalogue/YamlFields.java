package io.aieducademy.catalogue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, checked access to a YAML mapping from a content file. It works on SnakeYAML's
 * node tree rather than on plain maps so that every mistake is reported with the exact
 * line it is on.
 */
final class YamlFields {

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private final String file;

	private final int line;

	private final int lineOffset;

	private YamlFields(Node node, String file, int lineOffset, String what) {
		this.file = file;
		this.lineOffset = lineOffset;
		this.line = lineOffset + node.getStartMark().getLine() + 1;
		if (!(node instanceof MappingNode mapping)) {
			throw new ContentException(file, this.line, what + " must be a set of 'name: value' fields.");
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode(), lineOffset);
			if (this.fields.put(key, tuple) != null) {
				throw new ContentException(file, lineOf(tuple.getKeyNode(), lineOffset),
						"the field '" + key + "' appears twice.");
			}
		}
	}

	/**
	 * Parses YAML text whose first line is line {@code firstLine} of {@code file}.
	 */
	static YamlFields parse(String yaml, String file, int firstLine, String what) {
		Node node;
		try {
			node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = firstLine + (ex.getProblemMark() != null ? ex.getProblemMark().getLine() : 0);
			throw new ContentException(file, line, "this is not valid YAML: " + ex.getProblem() + ".");
		}
		catch (YAMLException ex) {
			throw new ContentException(file, firstLine, "this is not valid YAML: " + ex.getMessage());
		}
		if (node == null) {
			throw new ContentException(file, firstLine, what + " is empty.");
		}
		return new YamlFields(node, file, firstLine - 1, what);
	}

	void allowOnly(Set<String> names) {
		for (Map.Entry<String, NodeTuple> field : this.fields.entrySet()) {
			if (!names.contains(field.getKey())) {
				throw new ContentException(this.file, lineOf(field.getValue().getKeyNode(), this.lineOffset),
						"unknown field '" + field.getKey() + "'; expected one of " + names.stream().sorted().toList()
								+ ".");
			}
		}
	}

	/** The field names, in file order. */
	Set<String> names() {
		return this.fields.keySet();
	}

	boolean has(String name) {
		return this.fields.containsKey(name);
	}

	String text(String name) {
		return scalar(value(name), this.lineOffset);
	}

	int integer(String name, int min, int max) {
		Node node = value(name);
		String text = scalar(node, this.lineOffset);
		if (!Tag.INT.equals(node.getTag())) {
			throw fail(node, "the field '" + name + "' must be a whole number, not '" + text + "'.");
		}
		long number;
		try {
			number = Long.parseLong(text.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw fail(node, "the field '" + name + "' must be a whole number, not '" + text + "'.");
		}
		if (number < min || number > max) {
			throw fail(node, "the field '" + name + "' is " + number + " but must be from " + min + " to " + max + ".");
		}
		return (int) number;
	}

	double number(String name) {
		Node node = value(name);
		String text = scalar(node, this.lineOffset);
		if (!Tag.INT.equals(node.getTag()) && !Tag.FLOAT.equals(node.getTag())) {
			throw fail(node, "the field '" + name + "' must be a number, not '" + text + "'.");
		}
		return Double.parseDouble(text.replace("_", ""));
	}

	boolean bool(String name, boolean fallback) {
		if (!has(name)) {
			return fallback;
		}
		Node node = value(name);
		String text = scalar(node, this.lineOffset);
		if (!Tag.BOOL.equals(node.getTag())) {
			throw fail(node, "the field '" + name + "' must be true or false, not '" + text + "'.");
		}
		return Boolean.parseBoolean(text);
	}

	/** The entries of a list field; an absent optional list is empty. */
	List<Node> list(String name, boolean required) {
		if (!has(name) && !required) {
			return List.of();
		}
		Node node = value(name);
		if (!(node instanceof SequenceNode sequence)) {
			throw fail(node, "the field '" + name + "' must be a list.");
		}
		return sequence.getValue();
	}

	List<String> texts(String name, boolean required) {
		List<String> texts = new ArrayList<>();
		for (Node item : list(name, required)) {
			texts.add(scalar(item, this.lineOffset));
		}
		return texts;
	}

	/** A nested mapping, such as one entry of a list. */
	YamlFields nested(Node node, String what) {
		return new YamlFields(node, this.file, this.lineOffset, what);
	}

	ContentException fail(Node node, String problem) {
		return new ContentException(this.file, lineOf(node, this.lineOffset), problem);
	}

	ContentException fail(String problem) {
		return new ContentException(this.file, this.line, problem);
	}

	Node value(String name) {
		NodeTuple tuple = this.fields.get(name);
		if (tuple == null) {
			throw fail("the field '" + name + "' is missing.");
		}
		return tuple.getValueNode();
	}

	private String scalar(Node node, int offset) {
		if (!(node instanceof ScalarNode scalar)) {
			throw new ContentException(this.file, lineOf(node, offset),
					"expected a single value here, not a list or a mapping.");
		}
		String text = scalar.getValue().strip();
		if (text.isEmpty() || Tag.NULL.equals(node.getTag())) {
			throw new ContentException(this.file, lineOf(node, offset), "a value is empty.");
		}
		return text;
	}

	private static int lineOf(@Nullable Node node, int offset) {
		return node == null ? offset + 1 : offset + node.getStartMark().getLine() + 1;
	}

}
