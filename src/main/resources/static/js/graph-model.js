// Names for the nodes of a graph, as a learner would write them: w, w*x, sigmoid(z), and the formulas of a step.

import { formatNumber } from './format.js';

const INFIX = new Set(['+', '-', '*', '/', '^']);
const SHOWN = { '*': '*', '/': '/', '+': ' + ', '-': ' - ', '^': '^' };
const MAX_NAME = 18;
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

function subscript(n) {
  return String(n).split('').map((d) => SUBSCRIPTS[Number(d)]).join('');
}

function isSimple(name) {
  return /^[\p{L}_][\p{L}\p{N}_₀-₉]*$/u.test(name) || /^[−-]?[\d.]+(e[−-]?\d+)?$/.test(name);
}

/** Wraps a compound name in parentheses so that d(w*x)/dw reads correctly. */
export function wrap(name) {
  return isSimple(name) ? name : `(${name})`;
}

/** Adds to every node of graph a short display name and, where it is longer, its full name. */
export function nameNodes(graph, source = '') {
  const seen = new Map();
  const full = [];
  for (const node of graph.nodes) {
    let name;
    if (node.variable) {
      const count = (seen.get(node.variable) ?? 0) + 1;
      seen.set(node.variable, count);
      name = count === 1 ? node.variable : node.variable + subscript(count);
    }
    else if (node.op === 'input' || (node.op === 'const' && node.label)) {
      name = node.label ?? formatNumber(node.value);
    }
    else if (node.op === 'const') {
      name = formatNumber(node.value);
    }
    else if (node.text) {
      name = node.text;
    }
    else if (source && node.span && node.span.length > 0) {
      const start = offsetOf(source, node.span.line, node.span.column);
      name = source.slice(start, start + node.span.length).replace(/\s+/g, ' ').trim();
      while (enclosed(name)) {
        name = name.slice(1, -1).trim();
      }
    }
    else {
      const args = node.operands.map((id) => full[id]);
      if (INFIX.has(node.op) && args.length === 2) {
        name = `${wrapIfSum(args[0], node.op)}${SHOWN[node.op]}${wrapIfSum(args[1], node.op, true)}`;
      }
      else if (node.op === 'neg') {
        name = `-${wrap(args[0])}`;
      }
      else {
        name = `${node.op}(${args.join(', ')})`;
      }
    }
    full[node.id] = name;
    node.fullName = name;
    node.name = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
  }
  return graph;
}

/** Whether text is wholly inside one pair of parentheses, as in (w*x - y) but not (a)+(b). */
function enclosed(text) {
  if (!text.startsWith('(') || !text.endsWith(')')) {
    return false;
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    if (depth === 0 && i < text.length - 1) {
      return false;
    }
  }
  return true;
}

/** The offset in source of a 1-based line and column. */
export function offsetOf(source, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) {
      return source.length;
    }
    offset = next + 1;
  }
  return offset + column - 1;
}

function wrapIfSum(name, op, right = false) {
  if (op === '+' && !right) {
    return name;
  }
  return / [+-] /.test(name) ? `(${name})` : name;
}

/** The symbol an operation node shows in its small circle. */
export function opSymbol(op) {
  return { '*': '×', '-': '−', neg: '−', '/': '÷', '^': '^', '+': '+' }[op] ?? op;
}

/** The forward formula of node with its operands' names and numbers: ["L = (w*x - y)^2", "(−4)^2"]. */
export function forwardFormula(node, graph) {
  const args = node.operands.map((id) => graph.nodes[id]);
  const names = args.map((n) => wrap(n.name));
  const numbers = args.map((n) => wrap(formatNumber(n.value)));
  let expr;
  let nums;
  if (INFIX.has(node.op) && args.length === 2) {
    const symbol = { '*': ' × ', '/': ' ÷ ', '+': ' + ', '-': ' − ', '^': '^' }[node.op];
    expr = names.join(symbol);
    nums = numbers.join(symbol);
  }
  else if (node.op === 'neg') {
    expr = `−${names[0]}`;
    nums = `−${numbers[0]}`;
  }
  else {
    expr = `${node.op}(${names.join(', ')})`;
    nums = `${node.op}(${numbers.join(', ')})`;
  }
  return [node.variable ? `${node.name} = ${expr}` : expr, nums];
}
