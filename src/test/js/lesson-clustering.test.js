import assert from 'node:assert/strict';
import { test } from 'node:test';

import './support.js';
import { findRun, label, markerPath, phases, SHAPES, sizes, viewAt } from '../../main/resources/static/js/lesson-clustering.js';

/** Two runs as the server sends them (KMeansDemo's JSON): the worked example of the lesson, from two starts. */
const data = {
  k: 2,
  minK: 2,
  maxK: 2,
  side: 10,
  seeds: [1, 2],
  points: [[1, 1], [2, 1], [1, 2], [5, 4], [6, 5], [6, 4]],
  runs: [
    {
      seed: 1,
      k: 2,
      start: [[1, 1], [2, 1]],
      iterations: [
        { clusters: [0, 1, 0, 1, 1, 1], changed: 6, assigned: 76, centroids: [[1, 1.5], [4.75, 3.5]], moved: 20.25 },
        { clusters: [0, 0, 0, 1, 1, 1], changed: 1, assigned: 7.6875,
          centroids: [[4 / 3, 4 / 3], [17 / 3, 13 / 3]], moved: 8 / 3 },
        { clusters: [0, 0, 0, 1, 1, 1], changed: 0, assigned: 8 / 3,
          centroids: [[4 / 3, 4 / 3], [17 / 3, 13 / 3]], moved: 8 / 3 },
      ],
    },
    {
      seed: 2,
      k: 2,
      start: [[1, 1], [6, 5]],
      iterations: [
        { clusters: [0, 0, 0, 1, 1, 1], changed: 6, assigned: 14, centroids: [[4 / 3, 4 / 3], [17 / 3, 13 / 3]],
          moved: 8 / 3 },
        { clusters: [0, 0, 0, 1, 1, 1], changed: 0, assigned: 8 / 3, centroids: [[4 / 3, 4 / 3], [17 / 3, 13 / 3]],
          moved: 8 / 3 },
      ],
    },
  ],
};

test('the run is the one the server computed for the chosen start and k', () => {
  assert.equal(findRun(data, 2, 2).start[1][0], 6);
  assert.equal(findRun(data, 1, 2).iterations.length, 3);
  assert.throws(() => findRun(data, 3, 2));
});

test('each iteration is an assignment then a move, and the run ends on the assignment that changed nothing', () => {
  const steps = phases(findRun(data, 1, 2));
  assert.deepEqual(steps.map((step) => `${step.kind} ${step.iteration}`),
    ['start 0', 'assign 1', 'move 1', 'assign 2', 'move 2', 'assign 3']);
  assert.equal(phases(findRun(data, 2, 2)).length, 4);
});

test('each half-step shows the server\'s clusters, centroids and sum of squares', () => {
  const run = findRun(data, 1, 2);
  const steps = phases(run);
  const start = viewAt(run, steps[0]);
  assert.equal(start.clusters, null);
  assert.deepEqual(start.centroids, [[1, 1], [2, 1]]);
  assert.equal(start.sumOfSquares, null);

  const assign = viewAt(run, steps[1]);
  assert.deepEqual(assign.clusters, [0, 1, 0, 1, 1, 1]);
  assert.deepEqual(assign.centroids, [[1, 1], [2, 1]], 'the centroids have not moved yet');
  assert.equal(assign.sumOfSquares, 76);
  assert.equal(assign.changed, 6);

  const move = viewAt(run, steps[2]);
  assert.deepEqual(move.centroids, [[1, 1.5], [4.75, 3.5]]);
  assert.deepEqual(move.from, [[1, 1], [2, 1]], 'a move shows where the centroids came from');
  assert.equal(move.sumOfSquares, 20.25);

  const second = viewAt(run, steps[3]);
  assert.deepEqual(second.centroids, [[1, 1.5], [4.75, 3.5]], 'the second assignment uses the moved centroids');
  assert.equal(second.changed, 1);
  assert.equal(second.converged, false);

  const last = viewAt(run, steps[5]);
  assert.equal(last.converged, true);
  assert.equal(last.sumOfSquares, 8 / 3);
});

test('clusters are counted and lettered as the server\'s table letters them', () => {
  assert.deepEqual(sizes([0, 0, 2, 1, 0], 4), [3, 1, 1, 0]);
  assert.deepEqual([0, 1, 2, 3, 4].map(label), ['A', 'B', 'C', 'D', 'E']);
});

test('every cluster has its own shape, so colour is not the only cue', () => {
  const paths = SHAPES.map((_, cluster) => markerPath(cluster, 5, 5, 1));
  assert.equal(new Set(paths).size, SHAPES.length);
  assert.match(paths[0], /a1 1 0 1 0 2 0/, 'the first cluster is a circle');
  assert.equal(paths[1], 'M4.1 4.1H5.9V5.9H4.1Z', 'the second a square');
  assert.equal((paths[2].match(/L/g) || []).length, 2, 'the third a triangle');
  assert.equal((paths[3].match(/L/g) || []).length, 3, 'the fourth a diamond');
  assert.equal((paths[4].match(/L/g) || []).length, 9, 'the fifth a star');
  assert.equal(markerPath(5, 5, 5, 1), paths[0], 'the shapes repeat after five');
});
