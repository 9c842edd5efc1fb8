import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';

import './support.js';
import { postJson } from '../../main/resources/static/js/api.js';
import { t } from '../../main/resources/static/js/messages.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Answers every request with the given status and JSON body, and remembers the requests. */
function answer(status, body, type = 'application/json') {
  const requests = [];
  globalThis.fetch = async (url, init) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
  };
  return requests;
}

test('posts the body as JSON and resolves to the answer', async () => {
  const requests = answer(200, { tokens: [] });
  assert.deepEqual(await postJson('/api/tokeniser', { text: 'the' }), { tokens: [] });
  assert.equal(requests[0].url, '/api/tokeniser');
  assert.equal(requests[0].init.method, 'POST');
  assert.equal(requests[0].init.body, '{"text":"the"}');
  assert.equal(requests[0].init.headers['Content-Type'], 'application/json');
});

test("a refusal rejects with the problem's detail, in the server's words", async () => {
  answer(400, { title: 'Bad request', detail: 'The text is too long.' }, 'application/problem+json');
  await assert.rejects(postJson('/api/next-word', { text: 'x' }), { message: 'The text is too long.' });
});

test('a refusal without a detail, or not in JSON, rejects with the network words', async () => {
  answer(502, 'Bad gateway', 'text/html');
  await assert.rejects(postJson('/api/polynomial-fit', {}), { message: t('error.network') });
});

test('a network failure rejects with the network words, an abort with the AbortError itself', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(postJson('/api/tokeniser', {}), { message: t('error.network') });
  globalThis.fetch = async () => {
    throw new DOMException('aborted', 'AbortError');
  };
  await assert.rejects(postJson('/api/tokeniser', {}), { name: 'AbortError' });
});
