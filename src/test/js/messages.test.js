import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import './support.js';
import { PRESETS } from '../../main/resources/static/js/presets.js';
import { fill, plainText, t } from '../../main/resources/static/js/messages.js';

const scripts = new URL('../../main/resources/static/js/', import.meta.url);

test('every message key the scripts name is in the bundle', () => {
  const missing = [];
  for (const file of readdirSync(scripts).filter((name) => name.endsWith('.js'))) {
    const source = readFileSync(new URL(file, scripts), 'utf8');
    for (const [, key] of source.matchAll(/\b(?:t|tParts|button)\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
      if (t(key) === key) {
        missing.push(`${file}: ${key}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('every preset has a note of a sentence or two', () => {
  for (const key of Object.keys(PRESETS)) {
    const note = t(`preset.${key}.note`);
    assert.notEqual(note, `preset.${key}.note`);
    assert.ok(note.split(/[.:] /).length <= 3, note);
  }
});

test('a template filled with parts keeps numbers apart from words', () => {
  const parts = fill('{a} × {b} = {c}', { a: { shown: '0.5', exact: '0.5000001' }, b: '2', c: [{ shown: '1', exact: '1.0000002' }] });
  assert.equal(plainText(parts), '0.5 × 2 = 1');
  assert.equal(parts.filter((part) => typeof part !== 'string').length, 2);
});
