// Unit tests of grouping by statement and of the scene for a choice of collapsed groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { buildScene, groupByStatement } from '../../main/resources/static/js/graph-groups.js';

// h = tanh(w*x + b); L = (h - t)^2, as the API numbers its nodes
const node = (id, op, operands = [], variable = null) => ({ id, op, operands, variable });
const GRAPH = {
  nodes: [
    node(0, 'input'), node(1, 'input'), node(2, 'mul', [0, 1]), node(3, 'input'), node(4, 'add', [2, 3]),
    node(5, 'tanh', [4], 'h'), node(6, 'input'), node(7, 'sub', [5, 6]), node(8, 'const'), node(9, 'pow', [7, 8], 'L'),
  ],
  output: { id: 9 },
};
GRAPH.edges = GRAPH.nodes.flatMap((n) => n.operands.map((from) => ({ from, to: n.id })));

test('each statement is one group rooted at the node it assigned; inputs are in none', () => {
  const { groups, groupOf } = groupByStatement(GRAPH);
  assert.deepEqual(groups.map((g) => g.root), [5, 9]);
  assert.deepEqual(groups[0].members, [2, 4, 5]);
  assert.deepEqual(groups[1].members, [7, 8, 9]);
  assert.deepEqual([0, 1, 3, 6].map((id) => groupOf[id]), [-1, -1, -1, -1]);
  assert.ok(groups.every((g) => g.collapsible));
});

test('a bare expression as the output is a group of its own', () => {
  const graph = { nodes: [node(0, 'input'), node(1, 'input'), node(2, 'mul', [0, 1])], output: { id: 2 } };
  graph.edges = [{ from: 0, to: 2 }, { from: 1, to: 2 }];
  const { groups } = groupByStatement(graph);
  assert.deepEqual(groups.map((g) => g.members), [[2]]);
});

test('a statement that only names a constant cannot collapse', () => {
  const graph = { nodes: [node(0, 'const', [], 'a'), node(1, 'input'), node(2, 'mul', [0, 1], 'b')], output: { id: 2 } };
  graph.edges = [{ from: 0, to: 2 }, { from: 1, to: 2 }];
  const { groups } = groupByStatement(graph);
  assert.equal(groups[0].collapsible, false);
  assert.equal(groups[1].collapsible, true);
});

test('open groups show every node, an operation as a circle before its value', () => {
  const grouping = groupByStatement(GRAPH);
  const scene = buildScene(GRAPH, grouping, new Set());
  assert.equal(scene.items.filter((i) => i.kind === 'value').length, 10);
  assert.equal(scene.items.filter((i) => i.kind === 'op').length, 5);
  // every link goes forward
  assert.ok(scene.links.every((l) => l.from < l.to));
  assert.equal(scene.links.length, 5 + GRAPH.edges.length);
});

test('closed groups are one box each, with links from what they read', () => {
  const grouping = groupByStatement(GRAPH);
  const scene = buildScene(GRAPH, grouping, new Set([0, 1]));
  assert.deepEqual(scene.items.map((i) => i.key), ['v0', 'v1', 'v3', 'g5', 'v6', 'g9']);
  const pairs = scene.links.map((l) => `${scene.items[l.from].key}>${scene.items[l.to].key}`);
  assert.deepEqual(pairs.sort(), ['g5>g9', 'v0>g5', 'v1>g5', 'v3>g5', 'v6>g9']);
  // hidden members are shown by their group's box
  assert.equal(scene.itemOfNode[4], scene.itemOfNode[5]);
  assert.equal(scene.itemOfNode[8], 5);
});

test('a closed group reading one input twice gets one link carrying both edges', () => {
  const graph = { nodes: [node(0, 'input'), node(1, 'mul', [0, 0], 's')], output: { id: 1 } };
  graph.edges = [{ from: 0, to: 1 }, { from: 0, to: 1 }];
  const scene = buildScene(graph, groupByStatement(graph), new Set([0]));
  assert.equal(scene.links.length, 1);
  assert.deepEqual(scene.links[0].edges, [0, 1]);
});
