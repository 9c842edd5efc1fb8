import assert from 'node:assert/strict';
import { test } from 'node:test';

import './support.js';
import { lookUp, normalise, thresholdIndex } from '../../main/resources/static/js/lesson-data.js';

const neighbours = {
  dimensions: ['a', 'b'],
  words: { king: { vector: [1, 0], neighbours: [['prince', '0.91']] } },
  sums: { 'king - man + woman': [['queen', '1.00']] },
};

test('a typed query is written as the table writes it', () => {
  assert.equal(normalise('  King-MAN+woman '), 'king - man + woman');
  assert.equal(normalise('king  -  man   +  woman'), 'king - man + woman');
  assert.equal(normalise(''), '');
});

test('a word or a listed sum finds the server\'s neighbours; anything else finds none', () => {
  assert.deepEqual(lookUp(neighbours, 'King'), [['prince', '0.91']]);
  assert.deepEqual(lookUp(neighbours, 'king-man+woman'), [['queen', '1.00']]);
  assert.equal(lookUp(neighbours, 'queen'), null);
  assert.equal(lookUp(neighbours, 'constructor'), null);
});

test('the slider starts at the threshold nearest to the one asked for', () => {
  const data = { examples: [], thresholds: ['0.05', '0.10', '0.50', '0.95'].map((threshold) => ({ threshold })) };
  assert.equal(thresholdIndex(data, 0.5), 2);
  assert.equal(thresholdIndex(data, 0.08), 1);
  assert.equal(thresholdIndex(data, 1), 3);
});
