// Unit tests of the pure layout: run with `node --test src/test/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { curve, fitScale, layoutGraph, pointOnCurve } from '../../main/resources/static/js/graph-layout.js';

function overlap(a, b) {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
}

/** A random DAG of n boxes, each reading one to three of the 20 boxes before it, as programs mostly do. */
function randomGraph(n, seed = 7) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const items = [];
  const links = [];
  for (let i = 0; i < n; i++) {
    items.push({ w: 40 + Math.floor(random() * 80), h: 30 + Math.floor(random() * 30), pull: i < 3 });
    if (i >= 3) {
      const reads = 1 + Math.floor(random() * 3);
      for (let k = 0; k < reads; k++) {
        links.push({ from: i - 1 - Math.floor(random() * Math.min(i, 20)), to: i });
      }
    }
  }
  return { items, links };
}

for (const direction of ['right', 'down']) {
  test(`no two boxes overlap and every box lies inside the drawing (${direction})`, () => {
    const { items, links } = randomGraph(300);
    const layout = layoutGraph(items, links, { direction });
    assert.equal(layout.boxes.length, items.length);
    for (const box of layout.boxes) {
      assert.ok(box.x - box.w / 2 >= 0 && box.y - box.h / 2 >= 0, 'inside at the top left');
      assert.ok(box.x + box.w / 2 <= layout.width && box.y + box.h / 2 <= layout.height, 'inside at the bottom right');
    }
    for (let i = 0; i < layout.boxes.length; i++) {
      for (let j = i + 1; j < layout.boxes.length; j++) {
        assert.ok(!overlap(layout.boxes[i], layout.boxes[j]), `boxes ${i} and ${j} overlap`);
      }
    }
  });

  test(`every link goes forward in the graph's direction (${direction})`, () => {
    const { items, links } = randomGraph(120, 3);
    const layout = layoutGraph(items, links, { direction });
    links.forEach((link, i) => {
      const from = layout.boxes[link.from];
      const to = layout.boxes[link.to];
      assert.ok(to.rank > from.rank, `link ${i} goes to a later layer`);
      const route = layout.routes[i];
      const axis = direction === 'right' ? 0 : 1;
      for (let k = 1; k < route.length; k++) {
        assert.ok(route[k][axis] > route[k - 1][axis], `route ${i} moves forward`);
      }
    });
  });
}

test('a wide drawing folds into bands no wider than asked, boxes apart and inside', () => {
  const { items, links } = randomGraph(200, 5);
  const flat = layoutGraph(items, links);
  const layout = layoutGraph(items, links, { wrap: 900 });
  assert.ok(flat.width > 900);
  assert.ok(layout.bands > 1);
  assert.ok(layout.width <= 900, `width ${layout.width}`);
  for (const box of layout.boxes) {
    assert.ok(box.x - box.w / 2 >= 0 && box.y - box.h / 2 >= 0);
    assert.ok(box.x + box.w / 2 <= layout.width && box.y + box.h / 2 <= layout.height);
  }
  for (let i = 0; i < layout.boxes.length; i++) {
    for (let j = i + 1; j < layout.boxes.length; j++) {
      assert.ok(!overlap(layout.boxes[i], layout.boxes[j]), `boxes ${i} and ${j} overlap`);
    }
  }
  // every route ends where it should, and a route that changes band has straight corner points
  links.forEach((link, i) => {
    const route = layout.routes[i];
    const to = layout.boxes[link.to];
    assert.deepEqual(route[route.length - 1].slice(0, 2), [to.x - to.w / 2, to.y]);
  });
  assert.ok(layout.routes.some((route) => route.some((p) => p[2] === true)));
  assert.match(curve(layout.routes.find((route) => route.some((p) => p[2] === true))), / L/);
});

test('an input is pulled next to its first use, not left in the first layer', () => {
  // a chain of four, and an input used only by the last
  const items = [{ w: 50, h: 40 }, { w: 50, h: 40 }, { w: 50, h: 40 }, { w: 50, h: 40 }, { w: 50, h: 40, pull: true }, { w: 50, h: 40 }];
  const links = [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 3 }, { from: 3, to: 5 }, { from: 4, to: 5 }];
  const layout = layoutGraph(items, links);
  assert.equal(layout.boxes[5].rank, 4);
  assert.equal(layout.boxes[4].rank, 3);
});

test('a chain left to right is one row: as tall as a box, as wide as the boxes and gaps', () => {
  const items = Array.from({ length: 5 }, () => ({ w: 60, h: 40 }));
  const links = [1, 2, 3, 4].map((i) => ({ from: i - 1, to: i }));
  const layout = layoutGraph(items, links);
  const ys = new Set(layout.boxes.map((b) => b.y));
  assert.equal(ys.size, 1);
  assert.equal(layout.height, 40 + 2 * 12);
  assert.equal(layout.width, 5 * 60 + 4 * 44 + 2 * 12);
});

test('the same chain top to bottom is one column', () => {
  const items = Array.from({ length: 5 }, () => ({ w: 60, h: 40 }));
  const links = [1, 2, 3, 4].map((i) => ({ from: i - 1, to: i }));
  const layout = layoutGraph(items, links, { direction: 'down' });
  assert.equal(new Set(layout.boxes.map((b) => b.x)).size, 1);
  assert.equal(layout.width, 60 + 2 * 12);
});

test('fitScale never enlarges and keeps both sides inside', () => {
  assert.equal(fitScale({ width: 100, height: 100 }, 800, 600), 1);
  assert.equal(fitScale({ width: 1600, height: 100 }, 800, 600), 0.5);
  assert.equal(fitScale({ width: 100, height: 1200 }, 800, 600), 0.5);
});

test('a curve starts and ends at its points, and pointOnCurve follows it', () => {
  const points = [[0, 0], [100, 50], [200, 50]];
  assert.match(curve(points), /^M0,0 C50,0 50,50 100,50 C150,50 150,50 200,50$/);
  assert.deepEqual(pointOnCurve(points, 0), [0, 0]);
  const end = pointOnCurve(points, 1);
  assert.ok(Math.abs(end[0] - 200) < 1e-6 && Math.abs(end[1] - 50) < 1e-6);
  const middle = pointOnCurve([[0, 0], [100, 100]], 0.5);
  assert.deepEqual(middle, [50, 50]);
});

test('3,000 boxes lay out', () => {
  const { items, links } = randomGraph(3000, 11);
  const layout = layoutGraph(items, links);
  assert.equal(layout.boxes.length, 3000);
  assert.ok(Number.isFinite(layout.width) && Number.isFinite(layout.height));
});
