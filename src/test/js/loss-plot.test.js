import assert from 'node:assert/strict';
import { test } from 'node:test';

import { coordinate, insideFrame, polylinePoints, tangentPoints, toPlot } from '../../main/resources/static/js/loss-plot.js';

// the frame of the lesson's valley chart: a from −9 to 5 and b from −3.5 to 3.5 in a box of 504 by 252 at (44, 12)
const frame = { xMin: -9, xMax: 5, yMin: -3.5, yMax: 3.5, left: 44, top: 12, width: 504, height: 252 };

test('the corners of the value ranges land on the corners of the box, the y axis pointing up', () => {
  assert.deepEqual(toPlot(frame, -9, -3.5), [44, 264]);
  assert.deepEqual(toPlot(frame, 5, 3.5), [548, 12]);
  assert.deepEqual(toPlot(frame, 0, 0), [44 + 9 * 36, 12 + 3.5 * 36]);
});

test('coordinates are written to a tenth, without a trailing .0, as the server writes them', () => {
  assert.equal(coordinate(12), '12');
  assert.equal(coordinate(12.04), '12');
  assert.equal(coordinate(12.06), '12.1');
  assert.equal(coordinate(-3.25), '-3.2');
});

test('a polyline stops at the first number JSON could not hold', () => {
  assert.equal(polylinePoints(frame, [[-8, 2.5], [0, 0]]), '80,48 368,138');
  assert.equal(polylinePoints(frame, [[-8, 2.5], [null, 1], [0, 0]]), '80,48');
  assert.equal(polylinePoints(frame, [[-8, 2.5], [0, Number.POSITIVE_INFINITY]]), '80,48');
  assert.equal(polylinePoints(frame, []), '');
});

test('the tangent passes through its point with its slope, reaching as far either side', () => {
  const curve = { xMin: 0, xMax: 10, yMin: 0, yMax: 100, left: 0, top: 0, width: 100, height: 100 };
  // at (2, 16) with slope −24, reaching 0.5 either side: (1.5, 28) and (2.5, 4)
  assert.equal(tangentPoints(curve, 2, 16, -24, 0.5), '15,72 25,96');
});

test('a point is inside the chart only when both its values are finite and in range', () => {
  assert.ok(insideFrame(frame, 0, 0));
  assert.ok(insideFrame(frame, 5, -3.5));
  assert.ok(!insideFrame(frame, -0.5, 293));
  assert.ok(!insideFrame(frame, null, 0));
  assert.ok(!insideFrame(frame, Number.NaN, 0));
});
