// Where a number goes on a chart of the Loss Functions and Optimisers lesson: the server draws each chart and sends
// its frame (the range of values on each axis and the box they fill) in the figure's JSON, and these place the
// learner's choices on the same chart. Pure, so Node tests it; nothing here computes a loss or a step.

/**
 * @typedef {{ xMin: number, xMax: number, yMin: number, yMax: number,
 *   left: number, top: number, width: number, height: number }} Frame
 */

/**
 * A coordinate of the drawing, to a tenth of a unit, as the server writes them.
 *
 * @param {number} value
 */
export function coordinate(value) {
  const text = (Math.round(value * 10) / 10).toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/**
 * The point of the drawing for a pair of values.
 *
 * @param {Frame} frame
 * @param {number} x
 * @param {number} y
 * @returns {[number, number]}
 */
export function toPlot(frame, x, y) {
  return [
    frame.left + ((x - frame.xMin) / (frame.xMax - frame.xMin)) * frame.width,
    frame.top + (1 - (y - frame.yMin) / (frame.yMax - frame.yMin)) * frame.height,
  ];
}

/**
 * Whether a pair of values falls inside the chart's box.
 *
 * @param {Frame} frame
 * @param {number | null} x
 * @param {number | null} y
 */
export function insideFrame(frame, x, y) {
  return x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y)
    && x >= frame.xMin && x <= frame.xMax && y >= frame.yMin && y <= frame.yMax;
}

/**
 * An SVG polyline's points for pairs of values; it stops at the first number JSON could not hold (null), as the
 * server's drawing does.
 *
 * @param {Frame} frame
 * @param {Array<Array<number | null>>} pairs
 */
export function polylinePoints(frame, pairs) {
  const points = [];
  for (const [x, y] of pairs) {
    if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) {
      break;
    }
    const [px, py] = toPlot(frame, x, y);
    points.push(`${coordinate(px)},${coordinate(py)}`);
  }
  return points.join(' ');
}

/**
 * The tangent at a point of a curve: a short straight line through it with the given slope, reaching as far either
 * side along the x axis.
 *
 * @param {Frame} frame
 * @param {number} x
 * @param {number} y
 * @param {number} slope
 * @param {number} reach
 */
export function tangentPoints(frame, x, y, slope, reach) {
  return polylinePoints(frame, [[x - reach, y - reach * slope], [x + reach, y + reach * slope]]);
}
