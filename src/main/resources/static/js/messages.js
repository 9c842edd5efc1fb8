// The words the graph components write into the page. Like every visible string of the site they live in
// messages.properties (keys starting with js.), so a translation is a new messages_xx.properties file; the server
// sends the ones for the page's language as JSON, once, before any component is built.

async function load() {
  try {
    const response = await fetch('/i18n/messages.json', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : {};
  } catch {
    return {};
  }
}

const MESSAGES = await load();

/** The message for key with {placeholders} filled in from params. */
export function t(key, params = {}) {
  const template = MESSAGES[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
