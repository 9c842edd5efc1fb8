import assert from 'node:assert/strict';
import { test } from 'node:test';

import { defaultTrainable, descend } from '../../main/resources/static/js/descent.js';

test('weights and biases train by default', () => {
  assert.deepEqual(defaultTrainable(['x', 'w1', 'b1', 'w2', 'target']), ['w1', 'b1', 'w2']);
  assert.deepEqual(defaultTrainable(['weight', 'bias', 'y']), ['weight', 'bias']);
});

test('without weights or biases, every input that is not data trains', () => {
  assert.deepEqual(defaultTrainable(['x', 'scale', 'shift', 'target']), ['scale', 'shift']);
  assert.deepEqual(defaultTrainable(['x', 'y']), []);
});

test('a step moves each trainable input against its gradient and leaves the rest', () => {
  const inputs = [
    { name: 'w', value: 2, grad: -24, nodeId: 0, numeric: null, relativeError: null },
    { name: 'x', value: 3, grad: -16, nodeId: 1, numeric: null, relativeError: null },
    { name: 'b', value: 1, grad: NaN, nodeId: 2, numeric: null, relativeError: null },
  ];
  assert.deepEqual(descend(inputs, new Set(['w', 'b']), 0.01), { w: 2.24 });
});
