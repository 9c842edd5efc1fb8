// What the browser gets from the server before any component is built, for tests in Node: the js.* messages of the
// bundle and the language from a fixture (kept equal to GET /api/autograd/operations by AutogradControllerTests).

import { readFileSync } from 'node:fs';

import { useLanguage } from '../../main/resources/static/js/language.js';
import { useMessages } from '../../main/resources/static/js/messages.js';

const here = new URL('.', import.meta.url);

/** Reads a JSON fixture of src/test/js/fixtures. */
export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, here), 'utf8'));
}

const properties = readFileSync(new URL('../../main/resources/messages.properties', here), 'utf8');
useMessages(Object.fromEntries(properties.split('\n')
  .filter((line) => line.startsWith('js.'))
  .map((line) => [line.slice(3, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])));
useLanguage(fixture('operations.json'));
