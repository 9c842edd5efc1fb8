// The lab's language as the server defines it: operators, functions, constants and each local derivative rule come
// from GET /api/autograd/operations, built from the engine's operations table. The browser keeps no list of its own.

/**
 * The answer's shapes, generated from docs/openapi.json (scripts/update-openapi.sh).
 *
 * @typedef {import('./types/api').components['schemas']['Entry']} OperationEntry
 * @typedef {import('./types/api').components['schemas']['OperationsResponse']} OperationsResponse
 */

async function load() {
  try {
    const response = await fetch('/api/autograd/operations', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : null;
  }
  catch {
    return null;
  }
}

/** @type {Map<string, OperationEntry & {kind: 'operator' | 'function'}>} */
const byOp = new Map();
/** @type {Set<string>} */
const functionNames = new Set();
/** @type {Set<string>} */
const constantNames = new Set();

/**
 * Uses json as the language; the page does so once with the server's answer, a test with its own.
 *
 * @param {OperationsResponse | null} json
 */
export function useLanguage(json) {
  byOp.clear();
  functionNames.clear();
  constantNames.clear();
  for (const entry of json?.operators ?? []) {
    byOp.set(entry.op, { ...entry, kind: 'operator' });
  }
  for (const entry of json?.functions ?? []) {
    byOp.set(entry.op, { ...entry, kind: 'function' });
    functionNames.add(entry.symbol);
  }
  for (const constant of json?.constants ?? []) {
    constantNames.add(constant.name);
  }
}

useLanguage(await load());

/**
 * The operation a node's op names (add, tanh, ...), or undefined for inputs and constants.
 *
 * @param {string} op
 */
export function operation(op) {
  return byOp.get(op);
}

/** Whether an operation is written between its two operands, as a + b is. */
export function isInfix(op) {
  const entry = byOp.get(op);
  return entry?.kind === 'operator' && entry.arity === 2;
}

/** Whether name is a function of the language, such as tanh. */
export function isFunction(name) {
  return functionNames.has(name);
}

/** Whether name is a named constant of the language, such as pi. */
export function isConstant(name) {
  return constantNames.has(name);
}

/** An operation's symbol as it is printed: real minus and times signs. */
export function printedSymbol(op) {
  const symbol = byOp.get(op)?.symbol ?? op;
  return { '*': '×', '-': '−', '/': '÷' }[symbol] ?? symbol;
}
