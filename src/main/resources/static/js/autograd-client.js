// Talks to POST /api/autograd and turns its answer into the one shape the graph components use.

import { t } from './messages.js';

/** A program the server could not run: a parse error (with line and column) or another problem. */
export class ProgramProblem extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || t('error.server', { status }));
    this.name = 'ProgramProblem';
    this.status = status;
    this.line = Number.isInteger(problem.line) ? problem.line : null;
    this.column = Number.isInteger(problem.column) ? problem.column : null;
    this.excerpt = typeof problem.excerpt === 'string' ? problem.excerpt : null;
    this.length = Number.isInteger(problem.length) ? problem.length : null;
  }
}

const SYMBOLS = {
  INPUT: 'input', CONST: 'const', ADD: '+', SUB: '-', MUL: '*', DIV: '/', POW: '^', NEG: 'neg',
};

function opName(raw, operandCount) {
  let op = String(raw ?? '').trim();
  if (op in SYMBOLS) {
    op = SYMBOLS[op];
  }
  op = op.toLowerCase();
  if (op === '**') {
    op = '^';
  }
  if ((op === '-' || op === 'sub') && operandCount === 1) {
    op = 'neg';
  }
  const words = { add: '+', sub: '-', mul: '*', div: '/', pow: '^', constant: 'const', leaf: 'input' };
  return words[op] ?? op;
}

function num(value) {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    return value;
  }
  if (value === 'NaN') {
    return NaN;
  }
  if (value === 'Infinity') {
    return Infinity;
  }
  if (value === '-Infinity') {
    return -Infinity;
  }
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}

function first(object, ...keys) {
  for (const key of keys) {
    if (object && object[key] !== undefined) {
      return object[key];
    }
  }
  return undefined;
}

/** The local derivative d(node)/d(operand), for answers that do not carry it on their edges. */
export function localDerivative(node, operand, nodes) {
  const a = nodes[node.operands[0]]?.value;
  const b = node.operands.length > 1 ? nodes[node.operands[1]]?.value : 0;
  const out = node.value;
  if (a === null || b === null || out === null) {
    return null;
  }
  const tie = (x, y) => (x > y ? 1 : x === y ? 0.5 : 0);
  switch (node.op) {
    case '+': return 1;
    case '-': return operand === 0 ? 1 : -1;
    case '*': return operand === 0 ? b : a;
    case '/': return operand === 0 ? 1 / b : -a / (b * b);
    case '^': return operand === 0 ? (b === 0 ? 0 : b * a ** (b - 1)) : (a === 0 && b >= 0 ? 0 : out * Math.log(a));
    case 'neg': return -1;
    case 'relu': return a > 0 ? 1 : 0;
    case 'tanh': return 1 - out * out;
    case 'sigmoid': return out * (1 - out);
    case 'exp': return out;
    case 'log': return 1 / a;
    case 'sqrt': return 0.5 / out;
    case 'abs': return Math.sign(a);
    case 'sin': return Math.cos(a);
    case 'cos': return -Math.sin(a);
    case 'max': return operand === 0 ? tie(a, b) : tie(b, a);
    case 'min': return operand === 0 ? tie(b, a) : tie(a, b);
    default: return null;
  }
}

/**
 * The answer in one shape: nodes in topological order (ids are indexes), edges from operand to consumer with
 * the local derivative and the gradient that flowed back, the output, the inputs, and the warnings.
 */
export function normalise(json) {
  const rawNodes = first(json, 'nodes') ?? [];
  const idToIndex = new Map();
  rawNodes.forEach((raw, index) => idToIndex.set(first(raw, 'id', 'index') ?? index, index));
  const ref = (id) => (idToIndex.has(id) ? idToIndex.get(id) : id);
  const nodes = rawNodes.map((raw, index) => {
    const operands = (first(raw, 'operands', 'inputs', 'args', 'children') ?? []).map(ref);
    const op = opName(first(raw, 'op', 'operation', 'symbol', 'kind', 'type'), operands.length);
    const span = first(raw, 'span') ?? {};
    return {
      id: index,
      op,
      operands,
      label: first(raw, 'label', 'name') ?? null,
      variable: first(raw, 'variable', 'assignedTo', 'var') ?? null,
      value: num(first(raw, 'value', 'data')),
      grad: num(first(raw, 'grad', 'gradient')),
      span: span && Number.isInteger(span.line) ? { line: span.line, column: span.column, length: span.length ?? 0 } : null,
      requiresGrad: first(raw, 'requiresGrad') ?? null,
      warnings: [],
      text: first(raw, 'text', 'source', 'expression') ?? null,
    };
  });
  const rawEdges = first(json, 'edges');
  let edges;
  if (Array.isArray(rawEdges) && rawEdges.length) {
    const seen = new Map();
    edges = rawEdges.map((raw) => ({
      from: ref(first(raw, 'from', 'source')),
      to: ref(first(raw, 'to', 'target')),
      // edges come one per operand, in operand order; x*x has two edges from x to the same node
      operand: first(raw, 'operand', 'position') ?? seen.set(raw.to, (seen.get(raw.to) ?? -1) + 1).get(raw.to),
      local: num(first(raw, 'localGrad', 'localDerivative', 'local', 'derivative')),
      flow: num(first(raw, 'contribution', 'gradContribution', 'flow')),
    }));
    for (const edge of edges) {
      const to = nodes[edge.to];
      if (to && !to.operands.length) {
        // answers that describe the structure by edges only
        to.operands[edge.operand] = edge.from;
      }
    }
  }
  else {
    edges = [];
    nodes.forEach((node) => node.operands.forEach((from, operand) => edges.push({ from, to: node.id, operand, local: undefined, flow: undefined })));
  }
  for (const edge of edges) {
    const to = nodes[edge.to];
    if (edge.local === undefined) {
      edge.local = localDerivative(to, edge.operand, nodes);
    }
    if (edge.flow === undefined) {
      edge.flow = edge.local === null || to.grad === null ? null : to.grad * edge.local;
    }
  }
  for (const node of nodes) {
    if (!node.operands.length && node.op !== 'const' && node.op !== 'input') {
      node.op = node.label && /^[A-Za-z_]/.test(node.label) && !['pi', 'e'].includes(node.label) ? 'input' : 'const';
    }
  }
  const rawOutput = first(json, 'output') ?? {};
  const outputIndex = ref(first(rawOutput, 'nodeId', 'node', 'id') ?? nodes.length - 1);
  const outputNode = nodes[outputIndex];
  const output = {
    id: outputIndex,
    name: first(rawOutput, 'name', 'label') ?? outputNode?.variable ?? 'out',
    value: typeof rawOutput === 'number' ? rawOutput : num(first(rawOutput, 'value')) ?? outputNode?.value ?? null,
  };
  let rawInputs = first(json, 'inputs') ?? [];
  if (!Array.isArray(rawInputs)) {
    rawInputs = Object.entries(rawInputs).map(([name, v]) => (typeof v === 'object' ? { name, ...v } : { name, value: v }));
  }
  const inputs = rawInputs.map((raw) => ({
    name: first(raw, 'name', 'label'),
    value: num(first(raw, 'value', 'data')),
    grad: num(first(raw, 'grad', 'gradient', 'analytic', 'analyticGrad')),
    numeric: num(first(raw, 'numericGrad', 'numeric', 'numericalGrad', 'numericGradient')),
    relativeError: num(first(raw, 'relativeError', 'relError')),
  }));
  const warnings = (first(json, 'warnings') ?? []).map((w) => (typeof w === 'string' ? { node: null, message: w }
    : { node: ref(first(w, 'nodeId', 'node')), message: first(w, 'message', 'detail') ?? '' }));
  // JSON has no NaN or Infinity: the API writes null and says in a warning which one it was
  for (const warning of warnings) {
    const node = nodes[warning.node];
    if (!node) {
      continue;
    }
    node.warnings.push(warning.message);
    const said = /^The (value|gradient) is (-?Infinity|NaN)\b/.exec(warning.message);
    if (said) {
      node[said[1] === 'value' ? 'value' : 'grad'] = num(said[2]);
    }
  }
  for (const input of inputs) {
    const node = nodes.find((n) => n.op === 'input' && n.label === input.name);
    if (input.value === null && node) {
      input.value = node.value;
    }
    if (input.grad === null && node) {
      input.grad = node.grad;
    }
  }
  if (output.value === null && outputNode) {
    output.value = outputNode.value;
  }
  return { nodes, edges, output, inputs, warnings };
}

/**
 * Runs a program on the server. Resolves to the normalised graph; rejects with a ProgramProblem for a
 * program the server refused, or with an Error when the server could not be reached.
 *
 * @typedef {{expression: string, values?: Record<string, number>, gradCheck?: boolean, signal?: AbortSignal}} RunRequest
 * @param {RunRequest} request
 */
export function runProgram(request) {
  // one request at a time from a page: the server evaluates a bounded number of programs at once, and a
  // slider or a lesson with four interactives would otherwise ask for many together
  const result = queue.then(() => send(request));
  queue = result.catch(() => null);
  return result;
}

let queue = Promise.resolve();

/** @param {RunRequest} request */
async function send({ expression, values = {}, gradCheck = false, signal }) {
  signal?.throwIfAborted();
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch('/api/autograd', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        body: JSON.stringify({ expression, values, gradCheck, graph: true }),
        signal,
      });
    }
    catch (error) {
      if (error.name === 'AbortError') {
        throw error;
      }
      throw new Error(t('error.network'));
    }
    // the server runs a bounded number of evaluations at once; a busy answer is worth a short wait
    if (response.status === 429 && attempt < 4) {
      const seconds = Number(response.headers.get('Retry-After'));
      await pause(Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 2) * 1000 : 150 * (attempt + 1), signal);
      continue;
    }
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : {};
    if (!response.ok) {
      throw new ProgramProblem(body, response.status);
    }
    return normalise(body);
  }
}

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }, { once: true });
  });
}
