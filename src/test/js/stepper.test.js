import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fixture } from './support.js';
import { toGraph } from '../../main/resources/static/js/autograd-client.js';
import { nameNodes } from '../../main/resources/static/js/graph-model.js';
import { Stepper } from '../../main/resources/static/js/stepper.js';

function stepper(name, source) {
  return new Stepper(nameNodes(toGraph(fixture(name)), source));
}

/** Every explanation from the first step to the last, with ASCII minus signs. */
function walk(s) {
  const lines = [];
  for (let p = 1; p <= s.total; p++) {
    lines.push(s.go(p).text.replaceAll('\u2212', '-'));
  }
  return lines;
}

const WORKED = 'L = (w*x - y)^2';

test('step 0 shows no value, no gradient and nothing on an edge', () => {
  const state = stepper('worked.json', WORKED).go(0);
  assert.equal(state.valuesShown.size, 0);
  assert.equal(state.gradsShown.size, 0);
  assert.equal(state.flowsShown.size, 0);
  assert.doesNotMatch(state.text, /\d/);
});

test('a gradient and the edges into it appear only once the backward pass reaches the node', () => {
  const s = stepper('worked.json', WORKED);
  const w = s.graph.nodes.find((n) => n.name === 'w');
  const forwardSteps = s.forward.length;
  const reached = forwardSteps + s.backward.indexOf(w.id) + 1;
  const before = s.go(reached - 1);
  assert.ok(!before.gradsShown.has(w.id));
  assert.ok([...before.flowsShown].every((e) => e.from !== w.id));
  const at = s.go(reached);
  assert.ok(at.gradsShown.has(w.id));
  assert.ok(s.graph.edges.filter((e) => e.from === w.id).every((e) => at.flowsShown.has(e)));
});

test('showing everything lifts the rule at any position', () => {
  const s = stepper('worked.json', WORKED);
  s.showAll = true;
  const state = s.go(0);
  assert.equal(state.gradsShown.size, s.backward.length);
  assert.equal(state.valuesShown.size, s.graph.nodes.length);
});

test('the worked example ends at dL/dw = -24 with the local rule and the product', () => {
  const lines = walk(stepper('worked.json', WORKED));
  assert.ok(lines.some((l) => l.includes('w*x = 2 × 3 = 6')), lines.join('\n'));
  const w = lines.find((l) => l.includes('dL/dw ='));
  assert.match(w, /Local derivative at \(w\*x\): ∂\(a·b\)\/∂a = b = 3\./);
  assert.match(w, /dL\/dw = dL\/d\(w\*x\) × ∂\(w\*x\)\/∂w = -8 × 3 = -24\./);
  assert.match(lines.at(-1), /Done/);
});

test('the first backward step says why dL/dL = 1 without defining it by itself', () => {
  const s = stepper('worked.json', WORKED);
  const seed = s.go(s.forward.length + 1).text;
  assert.match(seed, /dL\/dL = 1/);
  assert.doesNotMatch(seed, /dL\/dL = dL\/dL/);
  const next = s.go(s.forward.length + 2).text.replaceAll('\u2212', '-');
  assert.doesNotMatch(next, /dL\/d\(w\*x - y\) = dL\/dL × dL\/d\(w\*x - y\)/);
  assert.match(next, /dL\/d\(w\*x - y\) = dL\/dL × ∂L\/∂\(w\*x - y\) = 1 × \(-8\) = -8\./);
  assert.match(next, /∂\(a\^b\)\/∂a = b·a\^\(b - 1\) = 2·\(-4\)\^\(2 - 1\) = -8/);
});

test('tanh and sigmoid steps state their rule with the numbers, and where paths meet the sum is written term by term', () => {
  const lines = walk(stepper('paths.json', 'z = w*x + b\na = tanh(z)\ns = sigmoid(z)\nL = a*s + 3^w'));
  const z = lines.find((l) => l.includes('dL/dz ='));
  assert.match(z, /tanh′\(a\) = 1 - tanh\(a\)² = 1 - 0\.6911² = 0\.5224/, z);
  assert.match(z, /σ′\(a\) = σ\(a\)·\(1 - σ\(a\)\) = 0\.7006·\(1 - 0\.7006\) = 0\.2098/, z);
  assert.match(z, /dL\/dz = dL\/da × ∂a\/∂z \+ dL\/ds × ∂s\/∂z = 0\.7006 × 0\.5224 \+ 0\.6911 × 0\.2098 = 0\.366 \+ 0\.145 = 0\.511\./, z);
  // a variable exponent: d(3^w)/dw = 3^w · ln 3
  const w = lines.find((l) => l.includes('dL/dw ='));
  assert.match(w, /∂\(a\^b\)\/∂b = a\^b·ln a = 1\.732·ln 3 = 1\.903/, w);
});

test('rounding keeps the arithmetic right: 19683 × 3 = 59049', () => {
  const lines = walk(stepper('exploding.json', ''));
  assert.ok(lines.some((l) => l.includes('19683 × 3 = 59049')), lines.join('\n'));
  assert.ok(!lines.some((l) => l.includes('59050')));
});

test('constants get no backward step', () => {
  const s = stepper('exploding.json', '');
  const constants = s.graph.nodes.filter((n) => n.op === 'const');
  assert.ok(constants.length > 0);
  assert.ok(constants.every((n) => !s.backward.includes(n.id)));
});

test('numbers keep their exact value for hover', () => {
  const s = stepper('paths.json', 'z = w*x + b\na = tanh(z)\ns = sigmoid(z)\nL = a*s + 3^w');
  const parts = s.go(s.total).parts;
  const numbers = parts.filter((p) => typeof p !== 'string');
  assert.ok(numbers.length > 3);
  assert.ok(numbers.some((p) => p.exact.length > p.shown.length));
});
