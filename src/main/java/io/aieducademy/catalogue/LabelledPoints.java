package io.aieducademy.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Points on a plane, each with a label (the Decision Trees lesson's seedlings): the names
 * of the two axes, the points, and their labels in the order they first appear.
 *
 * @param xName what the horizontal axis measures, from the header
 * @param yName what the vertical axis measures, from the header
 * @param points the points, in the file's order
 * @param labels the distinct labels, in the order they first appear
 */
record LabelledPoints(String xName, String yName, List<Point> points, List<String> labels) {

	/** Both axes run from 0 to this; a point outside could not be drawn. */
	static final double AXIS_MAX = 10;

	/** The most points a file may have, so the page and the tree stay small. */
	static final int MAX_POINTS = 200;

	/** The most labels, one colour and one shape each on the page. */
	static final int MAX_LABELS = 2;

	private static final Pattern WORD = Pattern.compile("[a-z]+(-[a-z]+)*");

	LabelledPoints {
		points = List.copyOf(points);
		labels = List.copyOf(labels);
	}

	/** One point: where it is and its label. */
	record Point(double x, double y, String label) {

		/** The coordinate along an axis: 0 is x, 1 is y. */
		double along(int axis) {
			return (axis == 0) ? this.x : this.y;
		}

	}

	/**
	 * Reads the points: lines starting with {@code #} are comments, then a header
	 * {@code xname,yname,label}, then one point a line: two numbers from 0 to
	 * {@value #AXIS_MAX} and a label of lowercase letters. A mistake is a
	 * {@link ContentException} with the file and the line.
	 */
	static LabelledPoints parse(String text, String file) {
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		String xName = null;
		String yName = null;
		List<Point> points = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 3) {
				throw new ContentException(file, number,
						"a line needs three values separated by commas (x, y, label), not " + cells.length + ".");
			}
			if (xName == null || yName == null) {
				if (!WORD.matcher(cells[0].strip()).matches() || !WORD.matcher(cells[1].strip()).matches()
						|| !"label".equals(cells[2].strip())) {
					throw new ContentException(file, number,
							"the header names the two axes in lowercase letters, then 'label', as in 'sunlight,water,label'.");
				}
				xName = cells[0].strip();
				yName = cells[1].strip();
				continue;
			}
			double x = coordinate(cells[0], file, number);
			double y = coordinate(cells[1], file, number);
			String label = cells[2].strip();
			if (!WORD.matcher(label).matches()) {
				throw new ContentException(file, number,
						"the label '" + label + "' must be lowercase letters (and hyphens between them).");
			}
			labels.add(label);
			if (labels.size() > MAX_LABELS) {
				throw new ContentException(file, number,
						"there may be at most " + MAX_LABELS + " labels; '" + label + "' is one more.");
			}
			points.add(new Point(x, y, label));
			if (points.size() > MAX_POINTS) {
				throw new ContentException(file, number, "there may be at most " + MAX_POINTS + " points.");
			}
		}
		if (xName == null || yName == null) {
			throw new ContentException(file, 1, "the file has no header line 'xname,yname,label'.");
		}
		if (labels.size() < 2) {
			throw new ContentException(file, lines.length,
					"the points need two different labels, or there is nothing to split.");
		}
		return new LabelledPoints(xName, yName, points, List.copyOf(labels));
	}

	private static double coordinate(String cell, String file, int line) {
		try {
			double value = Double.parseDouble(cell.strip());
			if (value >= 0 && value <= AXIS_MAX) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new ContentException(file, line,
				"the coordinate '" + cell.strip() + "' must be a number from 0 to " + (int) AXIS_MAX + ".");
	}

}
