// Unit tests of label placement: no label covers a box or another label.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { RectIndex, overlaps, placeLabels } from '../../main/resources/static/js/graph-labels.js';

const along = (x0, y0, x1, y1) => (f) => [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f];

test('a label on a free edge sits at its middle', () => {
  const spots = placeLabels([{ id: 'a', w: 40, h: 20, along: along(0, 50, 200, 50) }], new RectIndex(), { width: 200, height: 100 });
  assert.deepEqual(spots.get('a'), { x: 80, y: 40, w: 40, h: 20 });
});

test('a label moves off a box that covers the middle of its edge', () => {
  const boxes = new RectIndex();
  const box = { x: 80, y: 30, w: 40, h: 40 };
  boxes.add(box);
  const spots = placeLabels([{ id: 'a', w: 30, h: 16, along: along(0, 50, 200, 50) }], boxes, { width: 200, height: 100 });
  assert.ok(spots.has('a'));
  assert.ok(!overlaps(spots.get('a'), box));
});

test('many labels on the same edge never overlap each other; those with no room are left out', () => {
  const labels = Array.from({ length: 30 }, (_, i) => ({ id: i, w: 50, h: 20, along: along(0, 100, 300, 100) }));
  const spots = [...placeLabels(labels, new RectIndex(), { width: 300, height: 200 }).values()];
  assert.ok(spots.length > 3 && spots.length < 30);
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) {
      assert.ok(!overlaps(spots[i], spots[j]), `labels ${i} and ${j} overlap`);
    }
  }
});

test('labels stay inside the drawing', () => {
  const spots = placeLabels([{ id: 'edge', w: 60, h: 20, along: along(0, 0, 40, 0) }], new RectIndex(), { width: 100, height: 100 });
  const spot = spots.get('edge');
  assert.ok(spot.x >= 0 && spot.y >= 0 && spot.x + spot.w <= 100 && spot.y + spot.h <= 100);
});

test('touching is not overlapping', () => {
  assert.equal(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }), false);
  assert.equal(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 10, h: 10 }), true);
});
