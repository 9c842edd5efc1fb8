import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fixture } from './support.js';
import { toGraph } from '../../main/resources/static/js/autograd-client.js';

test('the documented answer becomes the graph: operands, edges with their position, output and inputs', () => {
  const graph = toGraph(fixture('worked.json'));
  assert.equal(graph.nodes.length, 7);
  assert.deepEqual(graph.nodes[2].operands, [0, 1]);
  assert.equal(graph.nodes[2].op, 'mul');
  const intoMul = graph.edges.filter((e) => e.to === 2);
  assert.deepEqual(intoMul.map((e) => [e.from, e.operand, e.local]), [[0, 0, 3], [1, 1, 2]]);
  assert.equal(graph.output.value, 16);
  assert.deepEqual(graph.inputs.map((i) => [i.name, i.grad]), [['w', -24], ['x', -16], ['y', 8]]);
});

test('an edge out of a constant is marked as one', () => {
  const graph = toGraph(fixture('worked.json'));
  const exponent = graph.edges.find((e) => e.to === 6 && e.operand === 1);
  assert.equal(exponent.constant, true);
  assert.equal(graph.edges.find((e) => e.to === 6 && e.operand === 0).constant, false);
});

test('numbers JSON cannot carry come back from the warnings\' field and number, not from their sentences', () => {
  const json = fixture('not-finite.json');
  json.warnings = json.warnings.map((w) => ({ ...w, message: 'words a program must not read' }));
  const graph = toGraph(json);
  assert.equal(graph.nodes[0].grad, Infinity);
  assert.equal(graph.nodes[5].grad, -Infinity);
  assert.equal(graph.nodes[6].value, Infinity);
  assert.equal(graph.output.value, Infinity);
  assert.equal(graph.inputs.find((i) => i.name === 'x').grad, Infinity);
});

test('a null with no warning stays unknown: NaN, never a guess', () => {
  const json = fixture('worked.json');
  json.nodes[2].value = null;
  assert.ok(Number.isNaN(toGraph(json).nodes[2].value));
});
