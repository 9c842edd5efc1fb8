// The words the scripts write into pages. Like every visible string of the site they live in messages.properties
// (keys starting with js.), so a translation is a new messages_xx.properties file; the server sends the ones for the
// page's language as JSON, once, before any component is built.

/** @typedef {import('./format.js').TextPart} TextPart */

async function load() {
  try {
    const response = await fetch('/i18n/messages.json', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : {};
  }
  catch {
    return {};
  }
}

/** @type {Record<string, string>} */
let messages = await load();

/**
 * Uses the given messages (keys without the js. prefix); the page does so once with the server's, a test with its own.
 *
 * @param {Record<string, string>} map
 */
export function useMessages(map) {
  messages = map;
}

/**
 * The message for key with {placeholders} filled in from params.
 *
 * @param {string} key
 * @param {Record<string, unknown>} [params]
 */
export function t(key, params = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * The message for key as parts of a sentence: its words, and the numbers or parts that params put in, so that a
 * number can keep its exact value for hover.
 *
 * @param {string} key
 * @param {Record<string, string | number | TextPart | TextPart[]>} [params]
 * @returns {TextPart[]}
 */
export function tParts(key, params = {}) {
  return fill(messages[key] ?? key, params);
}

/**
 * Fills the {placeholders} of template from params, as parts.
 *
 * @param {string} template
 * @param {Record<string, string | number | TextPart | TextPart[]>} params
 * @returns {TextPart[]}
 */
export function fill(template, params) {
  /** @type {TextPart[]} */
  const result = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (!(match[1] in params)) {
      continue;
    }
    result.push(template.slice(at, match.index));
    const value = params[match[1]];
    if (Array.isArray(value)) {
      result.push(...value);
    }
    else {
      result.push(typeof value === 'number' ? String(value) : value);
    }
    at = match.index + match[0].length;
  }
  result.push(template.slice(at));
  return result.filter((part) => part !== '');
}

/**
 * The parts as plain text, as the page shows them.
 *
 * @param {TextPart[]} parts
 */
export function plainText(parts) {
  return parts.map((part) => (typeof part === 'string' ? part : part.shown)).join('');
}
