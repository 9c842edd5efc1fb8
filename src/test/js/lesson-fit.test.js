import assert from 'node:assert/strict';
import { test } from 'node:test';

import './support.js';
import { MAX_DEGREE, PENALTIES, error, penaltyLabel, place, polyline } from '../../main/resources/static/js/lesson-fit.js';

// The frame the server writes into the figure's data-frame (CurveFitFallback).
const frame = { left: 40, top: 8, width: 352, height: 200, yMax: 2 };

test('a point lands where the server draws it: x from the left edge, y = 0 half way down', () => {
  assert.deepEqual(place(frame, { x: 0, y: 0 }), { cx: '40.0', cy: '108.0' });
  assert.deepEqual(place(frame, { x: 1, y: 2 }), { cx: '392.0', cy: '8.0' });
  assert.deepEqual(place(frame, { x: 0.5, y: -2 }), { cx: '216.0', cy: '208.0' });
  assert.deepEqual(place(frame, { x: 0.25, y: 1 }), { cx: '128.0', cy: '58.0' });
});

test('a curve far outside the plot keeps its coordinates, for the clip path to cut', () => {
  assert.equal(polyline(frame, [{ x: 0, y: 0 }, { x: 0.5, y: 6 }]), '40.0,108.0 216.0,-192.0');
});

test('errors have three decimals, as the server writes its table', () => {
  assert.equal(error(4.827012), '4.827');
  assert.equal(error(0.0804), '0.080');
  assert.equal(error(1e-30), '0.000');
});

test('penalties read as words, plain numbers or powers of ten', () => {
  assert.equal(penaltyLabel(0), 'none');
  assert.equal(penaltyLabel(1e-8), '10⁻⁸');
  assert.equal(penaltyLabel(1e-4), '10⁻⁴');
  assert.equal(penaltyLabel(0.01), '0.01');
  assert.equal(penaltyLabel(1), '1');
  assert.equal(penaltyLabel(0.5), '0.5');
  assert.equal(penaltyLabel(3e-5), '0.00003');
});

test('the sliders stay inside the API\'s limits', () => {
  assert.equal(MAX_DEGREE, 9);
  assert.equal(PENALTIES[0], 0);
  assert.ok(PENALTIES.every((p) => p >= 0 && p <= 10));
});
