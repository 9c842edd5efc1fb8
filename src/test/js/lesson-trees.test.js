import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fixture } from './support.js';
import {
  LEFT, PLOT, TOP, countsText, groupText, nodeAt, segmentOf, stateAt, toDrawing,
} from '../../main/resources/static/js/lesson-trees.js';

// The server's own answer for the shipped seedlings (DecisionTreeLessonTests keeps the fixture equal to it).
const tree = fixture('seedlings-tree.json');

test('before any split the page shows the root alone, with its impurity and no line', () => {
  const state = stateAt(tree, 0);
  assert.equal(state.step, 0);
  assert.equal(state.split, null);
  assert.deepEqual(state.leaves, [tree.nodes['']]);
  assert.deepEqual(state.segments, []);
  assert.equal(state.impurity, '0.490');
});

test('each step adds the line of its split, marks it current and takes the leaves and impurity the server sent', () => {
  const state = stateAt(tree, 2);
  assert.equal(state.split, tree.splits[1]);
  assert.deepEqual(state.leaves, ['L', 'RL', 'RR'].map((path) => tree.nodes[path]));
  assert.equal(state.impurity, '0.214');
  assert.deepEqual(state.segments, [
    { x1: 3.5, y1: 0, x2: 3.5, y2: 10, current: false },
    { x1: 3.5, y1: 7.5, x2: 10, y2: 7.5, current: true },
  ]);
  assert.equal(stateAt(tree, tree.splits.length).impurity, '0.000');
});

test('a step out of range shows the nearest end', () => {
  assert.equal(stateAt(tree, -3).step, 0);
  assert.equal(stateAt(tree, 99).step, tree.splits.length);
});

test('a split on the vertical axis draws across its node only', () => {
  const third = tree.splits[2];
  assert.deepEqual(segmentOf(tree, third, false), { x1: 3.5, y1: 2, x2: 10, y2: 2, current: false });
});

test('the plot puts the origin bottom left and the largest values top right', () => {
  assert.deepEqual(toDrawing(10, 0, 0), [LEFT, TOP + PLOT]);
  assert.deepEqual(toDrawing(10, 10, 10), [LEFT + PLOT, TOP]);
  assert.deepEqual(toDrawing(10, 5, 5), [LEFT + PLOT / 2, TOP + PLOT / 2]);
});

test('a group is named by the questions that lead to it, and its points by label', () => {
  assert.equal(groupText(nodeAt(tree, '')), 'all the points');
  assert.equal(groupText(nodeAt(tree, tree.splits[2].node)), 'sunlight ≥ 3.5, water < 7.5');
  assert.equal(countsText(tree, nodeAt(tree, '')), '12 wilted, 9 thrived');
});
