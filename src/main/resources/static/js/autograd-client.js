// Talks to POST /api/autograd and turns its documented answer (docs/autograd-api.md) into the graph the
// components use. It reads exactly that shape: no other field names, no numbers recovered from sentences.

import { t } from './messages.js';

/**
 * The API's shapes, as docs/autograd-api.md describes them.
 *
 * @typedef {{line: number, column: number, length: number}} Span
 * @typedef {{id: number, op: string, label: string, value: number | null, grad: number | null, inputs: number[],
 *   span: Span | null, variable: string | null, requiresGrad: boolean}} ApiNode
 * @typedef {{from: number, to: number, localGrad: number | null, contribution: number | null}} ApiEdge
 * @typedef {'value' | 'grad' | 'localGrad' | 'contribution' | 'numericGrad' | 'relativeError' | 'unused'} WarningField
 * @typedef {{nodeId: number, message: string, field: WarningField, number: 'NaN' | 'Infinity' | '-Infinity' | null,
 *   from: number | null}} ApiWarning
 * @typedef {{name: string | null, value: number | null, nodeId: number}} ApiOutput
 * @typedef {{name: string, value: number | null, grad: number | null, nodeId: number, numericGrad?: number | null,
 *   relativeError?: number | null}} ApiInput
 * @typedef {{output: ApiOutput, inputs: ApiInput[], nodes?: ApiNode[], edges?: ApiEdge[], warnings: ApiWarning[],
 *   nodeCount: number}} EvaluationResponse
 * @typedef {import('./types/api').components['schemas']['ProgramProblem']} Problem the problem of a program, with its
 *   place; generated from docs/openapi.json (scripts/update-openapi.sh)
 */

/**
 * The graph the components draw and step through. Numbers that JSON could not carry are NaN or ±Infinity again,
 * as the warnings say. Names (name, fullName, source) are added by graph-model.js's nameNodes.
 *
 * @typedef {{id: number, op: string, label: string, operands: number[], value: number, grad: number, span: Span | null,
 *   variable: string | null, requiresGrad: boolean, name?: string, fullName?: string, source?: string | null}} GraphNode
 * @typedef {{from: number, to: number, operand: number, local: number, flow: number, constant: boolean}} GraphEdge
 * @typedef {{name: string, value: number, grad: number, nodeId: number, numeric: number | null,
 *   relativeError: number | null}} GraphInput
 * @typedef {{nodes: GraphNode[], edges: GraphEdge[], output: {id: number, name: string | null, value: number},
 *   inputs: GraphInput[], warnings: ApiWarning[]}} Graph
 */

/** A program the server could not run: a parse error (with line and column) or another problem. */
export class ProgramProblem extends Error {
  /**
   * @param {Problem} problem
   * @param {number} status
   */
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

/**
 * The answer as a graph: nodes in forward order (ids are indexes), one edge per operand with its position, and the
 * numbers that are null in JSON put back from their warnings (NaN when a warning is missing).
 *
 * @param {EvaluationResponse} json
 * @returns {Graph}
 */
export function toGraph(json) {
  /** @type {Map<string, number>} */
  const notFinite = new Map();
  for (const warning of json.warnings) {
    if (warning.number !== null) {
      notFinite.set(`${warning.field}:${warning.nodeId}:${warning.from ?? ''}`, Number(warning.number));
    }
  }
  /**
   * @param {number | null | undefined} value
   * @param {WarningField} field
   * @param {number} nodeId
   * @param {number} [from]
   */
  const number = (value, field, nodeId, from) => value ?? notFinite.get(`${field}:${nodeId}:${from ?? ''}`) ?? NaN;

  const nodes = (json.nodes ?? []).map((node) => ({
    id: node.id,
    op: node.op,
    label: node.label,
    operands: node.inputs,
    value: number(node.value, 'value', node.id),
    grad: number(node.grad, 'grad', node.id),
    span: node.span,
    variable: node.variable,
    requiresGrad: node.requiresGrad,
  }));
  /** @type {Map<number, number>} */
  const operandsSeen = new Map();
  const edges = (json.edges ?? []).map((edge) => {
    // edges come one per operand, in operand order: x*x has two edges from x to the same node
    const operand = (operandsSeen.get(edge.to) ?? -1) + 1;
    operandsSeen.set(edge.to, operand);
    return {
      from: edge.from,
      to: edge.to,
      operand,
      local: number(edge.localGrad, 'localGrad', edge.to, edge.from),
      flow: number(edge.contribution, 'contribution', edge.to, edge.from),
      constant: !nodes[edge.from]?.requiresGrad,
    };
  });
  const inputs = json.inputs.map((input) => ({
    name: input.name,
    value: number(input.value, 'value', input.nodeId),
    grad: number(input.grad, 'grad', input.nodeId),
    nodeId: input.nodeId,
    numeric: input.numericGrad === undefined ? null : number(input.numericGrad, 'numericGrad', input.nodeId),
    relativeError: input.relativeError === undefined ? null : number(input.relativeError, 'relativeError', input.nodeId),
  }));
  const output = {
    id: json.output.nodeId,
    name: json.output.name,
    value: number(json.output.value, 'value', json.output.nodeId),
  };
  return { nodes, edges, output, inputs, warnings: json.warnings };
}

/**
 * Runs a program on the server. Resolves to its graph; rejects with a ProgramProblem for a program the server
 * refused, or with an Error when the server could not be reached.
 *
 * @typedef {{expression: string, values?: Record<string, number>, gradCheck?: boolean, signal?: AbortSignal}} RunRequest
 * @param {RunRequest} request
 * @returns {Promise<Graph>}
 */
export function runProgram(request) {
  // one request at a time from a page: the server evaluates a bounded number of programs at once, and a
  // slider or a lesson with four interactives would otherwise ask for many together
  const result = queue.then(() => send(request));
  queue = result.catch(() => null);
  return result;
}

/** @type {Promise<unknown>} */
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
    return toGraph(body);
  }
}

/**
 * @param {number} ms
 * @param {AbortSignal} [signal]
 */
function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }, { once: true });
  });
}
