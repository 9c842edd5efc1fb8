import assert from 'node:assert/strict';
import { test } from 'node:test';

import './support.js';
import { percent, sample, topCandidates } from '../../main/resources/static/js/lesson-language.js';

const candidates = [
  { word: 'shall', count: 5, probability: 5 / 17 },
  { word: 'wonder', count: 4, probability: 4 / 17 },
  { word: 'think', count: 2, probability: 2 / 17 },
  ...['fell', 'hope', 'must', 'should', 'wish', 'was'].map((word) => ({ word, count: 1, probability: 1 / 17 })),
];

test('a probability is a percentage with one decimal, as the server writes it', () => {
  assert.equal(percent(5 / 17), '29.4 %');
  assert.equal(percent(1), '100.0 %');
  assert.equal(percent(0), '0.0 %');
});

test('the bars show the first candidates and sum the rest', () => {
  const { top, others, othersProbability } = topCandidates(candidates);
  assert.equal(top.length, 8);
  assert.equal(top[0].word, 'shall');
  assert.equal(others, 1);
  assert.ok(Math.abs(othersProbability - 1 / 17) < 1e-12);
  assert.equal(topCandidates(candidates.slice(0, 2)).others, 0);
});

test('sampling picks each candidate with its probability', () => {
  assert.equal(sample(candidates, 0).word, 'shall');
  assert.equal(sample(candidates, 5 / 17 - 1e-9).word, 'shall');
  assert.equal(sample(candidates, 5 / 17 + 1e-9).word, 'wonder');
  assert.equal(sample(candidates, 0.999999).word, 'was');
});
