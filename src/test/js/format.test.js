import assert from 'node:assert/strict';
import { test } from 'node:test';

import { exactNumber, formatNumber, inputNumber, parseNumber } from '../../main/resources/static/js/format.js';

test('four significant digits with a real minus sign', () => {
  assert.equal(formatNumber(-24), '−24');
  assert.equal(formatNumber(0.70710678), '0.7071');
  assert.equal(formatNumber(59049), '59049');
  assert.equal(formatNumber(59049.5), '59050');
  assert.equal(formatNumber(1234567.5), '1.235e6');
  assert.equal(formatNumber(1234567), '1234567');
  assert.equal(formatNumber(0), '0');
});

test('the exact value keeps every digit', () => {
  assert.equal(exactNumber(-23.999999998667732), '−23.999999998667732');
});

test('what a person types is read with a real minus sign or a decimal comma', () => {
  assert.equal(parseNumber('−1,5'), -1.5);
  assert.ok(Number.isNaN(parseNumber('')));
  assert.equal(inputNumber(0.1 + 0.2), '0.3');
});
