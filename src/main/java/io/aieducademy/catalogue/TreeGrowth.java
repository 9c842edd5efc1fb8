package io.aieducademy.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code decision-tree} interactive: a tree grown by {@link DecisionTree} on a
 * shipped file of labelled points, as a table of its splits for readers without
 * JavaScript and as JSON for the live version, which draws the points and the splits one
 * step at a time and computes nothing itself.
 *
 * @param axes the names of the two axes
 * @param start the points before any split
 * @param rows one row a split, in the order the tree grew
 * @param json the points, the root and every split with its leaves, for the live version
 */
public record TreeGrowth(List<String> axes, NodeRow start, List<SplitRow> rows, String json) implements DataFallback {

	static final String NAME = "decision-tree";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public TreeGrowth {
		axes = List.copyOf(axes);
		rows = List.copyOf(rows);
	}

	/** How many points carry one label. */
	public record Count(String label, int count) {
	}

	/**
	 * A group of points: the questions that lead to it (as {@code sunlight ≥ 3.5}, none
	 * for the root), how many carry each label and its Gini impurity with three decimals.
	 */
	public record NodeRow(List<String> conditions, int size, List<Count> counts, String gini) {
	}

	/**
	 * One split: the group, the question ({@code sunlight < 3.5}), the two sides, their
	 * weighted Gini impurity and the whole tree's afterwards, each with three decimals.
	 */
	public record SplitRow(int step, NodeRow group, String question, NodeRow below, NodeRow above, String weightedGini,
			String treeImpurity) {
	}

	static TreeGrowth of(LabelledPoints data, List<String> show, String lessonFile, int line) {
		if (!show.isEmpty()) {
			throw new ContentException(lessonFile, line,
					"the decision-tree interactive shows every split of its tree; it takes no 'show' list.");
		}
		return of(data);
	}

	static TreeGrowth of(LabelledPoints data) {
		DecisionTree.Growth growth = DecisionTree.grow(data);
		List<String> axes = List.of(data.xName(), data.yName());
		Map<String, DecisionTree.Split> byPath = new HashMap<>();
		growth.splits().forEach((split) -> byPath.put(split.node().path(), split));
		List<SplitRow> rows = new ArrayList<>();
		// every node once, by path; the splits name their nodes and leaves by path
		Map<String, Object> nodes = new LinkedHashMap<>();
		nodes.put(growth.root().path(), json(growth.root(), byPath, axes));
		List<Map<String, Object>> splits = new ArrayList<>();
		for (DecisionTree.Split split : growth.splits()) {
			rows.add(new SplitRow(split.step(), row(split.node(), byPath, axes, data),
					question(axes, split.axis(), "<", split.threshold()), row(split.below(), byPath, axes, data),
					row(split.above(), byPath, axes, data), decimals(split.weightedGini()),
					decimals(split.treeImpurity())));
			nodes.put(split.below().path(), json(split.below(), byPath, axes));
			nodes.put(split.above().path(), json(split.above(), byPath, axes));
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("step", split.step());
			entry.put("node", split.node().path());
			entry.put("axis", split.axis());
			entry.put("threshold", number(split.threshold()));
			entry.put("question", question(axes, split.axis(), "<", split.threshold()));
			entry.put("below", split.below().path());
			entry.put("above", split.above().path());
			entry.put("gini", decimals(split.weightedGini()));
			entry.put("candidates", split.candidates().stream().map((candidate) -> {
				Map<String, Object> best = new LinkedHashMap<>();
				best.put("axis", candidate.axis());
				best.put("question", question(axes, candidate.axis(), "<", candidate.threshold()));
				best.put("gini", decimals(candidate.weightedGini()));
				best.put("chosen", candidate.axis() == split.axis() && candidate.threshold() == split.threshold());
				return best;
			}).toList());
			entry.put("leaves", split.leaves().stream().map(DecisionTree.Node::path).toList());
			entry.put("impurity", decimals(split.treeImpurity()));
			splits.add(entry);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("axes", axes);
		json.put("max", number(LabelledPoints.AXIS_MAX));
		json.put("labels", data.labels());
		json.put("points",
				data.points()
					.stream()
					.map((point) -> List.of(number(point.x()), number(point.y()), data.labels().indexOf(point.label())))
					.toList());
		json.put("nodes", nodes);
		json.put("splits", splits);
		return new TreeGrowth(axes, row(growth.root(), byPath, axes, data), rows, JSON.writeValueAsString(json));
	}

	private static NodeRow row(DecisionTree.Node node, Map<String, DecisionTree.Split> byPath, List<String> axes,
			LabelledPoints data) {
		List<Count> counts = new ArrayList<>();
		for (int i = 0; i < data.labels().size(); i++) {
			counts.add(new Count(data.labels().get(i), node.counts().get(i)));
		}
		return new NodeRow(conditions(node.path(), byPath, axes), node.size(), counts, decimals(node.gini()));
	}

	private static Map<String, Object> json(DecisionTree.Node node, Map<String, DecisionTree.Split> byPath,
			List<String> axes) {
		Map<String, Object> json = new LinkedHashMap<>();
		DecisionTree.Region region = node.region();
		json.put("region",
				List.of(number(region.xMin()), number(region.xMax()), number(region.yMin()), number(region.yMax())));
		json.put("conditions", conditions(node.path(), byPath, axes));
		json.put("counts", node.counts());
		json.put("size", node.size());
		json.put("gini", decimals(node.gini()));
		int majority = node.majority();
		json.put("majority", majority);
		return json;
	}

	/** The questions answered on the way from the root to the node with this path. */
	private static List<String> conditions(String path, Map<String, DecisionTree.Split> byPath, List<String> axes) {
		List<String> conditions = new ArrayList<>();
		for (int depth = 0; depth < path.length(); depth++) {
			DecisionTree.Split split = byPath.get(path.substring(0, depth));
			if (split == null) {
				throw new IllegalStateException("No split above " + path);
			}
			boolean below = path.charAt(depth) == 'L';
			conditions.add(question(axes, split.axis(), below ? "<" : "≥", split.threshold()));
		}
		return conditions;
	}

	/** A question as the page shows it: {@code sunlight < 3.5}. */
	static String question(List<String> axes, int axis, String relation, double threshold) {
		return axes.get(axis) + " " + relation + " " + plain(threshold);
	}

	/** A coordinate or threshold as written: 3.5, 2 (not 2.0). */
	static String plain(double value) {
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** A whole number as one (3, not 3.0), to keep the page's JSON short. */
	private static Number number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? (Number) (long) value : (Number) value;
	}

	/** An impurity with three decimals, as the lesson and the page write them. */
	static String decimals(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

}
