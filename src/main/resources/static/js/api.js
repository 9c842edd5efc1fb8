// How a lesson interactive asks one of the server's JSON APIs (the tokeniser, the next-word model, the polynomial
// fit): one POST, and a refusal's problem detail (RFC 9457) as the error's message, in the server's words. The lab,
// the playground and the quick checks read more of an answer (a parse error's place, Retry-After, a verdict), so
// they keep their own requests.

import { t } from './messages.js';

/**
 * Posts body as JSON and resolves to the answer's JSON. A network failure rejects with the words of error.network;
 * an abort rejects with the AbortError itself, so that a caller can tell a newer request from a failure.
 *
 * @param {string} url
 * @param {unknown} body
 * @param {AbortSignal} [signal]
 * @returns {Promise<any>}
 */
export async function postJson(url, body, signal) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(body),
      signal,
    });
  }
  catch (failure) {
    if (failure instanceof DOMException && failure.name === 'AbortError') {
      throw failure;
    }
    throw new Error(t('error.network'));
  }
  const json = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : {};
  if (!response.ok) {
    throw new Error(typeof json.detail === 'string' ? json.detail : t('error.network'));
  }
  return json;
}
