// Names for the nodes of a graph, as a learner would write them (w, w*x, sigmoid(z)), and the formulas of a step.

import { formatNumber } from './format.js';
import { isInfix, operation, printedSymbol } from './language.js';

/** The symbol of an infix operation as a learner writes it: spaces around + and -, none around * / ^. */
function written(op) {
  const symbol = operation(op)?.symbol ?? op;
  return symbol === '+' || symbol === '-' ? ` ${symbol} ` : symbol;
}
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
  if (operation(op)?.symbol === '+' && !right) {
    return name;
  }
  return / [+-] /.test(name) ? `(${name})` : name;
}

/**
 * Adds to every node of graph a short display name (name), its full name (fullName) and, for an operation,
 * the source text it came from (source). A variable assigned more than once gets subscripts: c, c₂, c₃.
 */
export function nameNodes(graph, source = '') {
  const seen = new Map();
  const full = [];
  for (const node of graph.nodes) {
    node.source = null;
    if (source && node.span && node.span.length > 0 && node.operands.length) {
      const start = offsetOf(source, node.span.line, node.span.column);
      let text = source.slice(start, start + node.span.length).replace(/\s+/g, ' ').trim();
      while (enclosed(text)) {
        text = text.slice(1, -1).trim();
      }
      node.source = text;
    }
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
    else if (node.source) {
      name = node.source;
    }
    else {
      const args = node.operands.map((id) => full[id]);
      if (isInfix(node.op) && args.length === 2) {
        name = `${wrapIfSum(args[0], node.op)}${written(node.op)}${wrapIfSum(args[1], node.op, true)}`;
      }
      else if (node.op === 'neg') {
        name = `-${wrap(args[0])}`;
      }
      else {
        name = `${operation(node.op)?.symbol ?? node.op}(${args.join(', ')})`;
      }
    }
    full[node.id] = name;
    node.fullName = name;
    node.name = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
  }
  return graph;
}

/** The symbol an operation node shows in its small circle: ×, −, tanh. */
export function opSymbol(op) {
  return printedSymbol(op);
}

/** A number as an operand: negative ones in parentheses where the sign could be misread, as in (−4)^2. */
function operand(value, position, op) {
  const text = formatNumber(value);
  return text.startsWith('−') && (position > 0 || op === 'pow') ? `(${text})` : text;
}

/** A factor of a product in an explanation: negative ones after the first in parentheses. */
export function factor(value, position) {
  return operand(value, position, '*');
}

/** The forward formula of node, in names and in numbers: ["L = (w*x - y)^2", "(−4)^2"]. */
export function forwardFormula(node, graph) {
  const args = node.operands.map((id) => graph.nodes[id]);
  const names = args.map((n) => wrap(n.name));
  let expr;
  let nums;
  if (isInfix(node.op) && args.length === 2) {
    const symbol = node.op === 'pow' ? '^' : ` ${printedSymbol(node.op)} `;
    expr = names.join(symbol);
    nums = args.map((n, i) => operand(n.value, i, node.op)).join(symbol);
  }
  else if (node.op === 'neg') {
    expr = `−${names[0]}`;
    nums = `−${operand(args[0].value, 1, node.op)}`;
  }
  else {
    const name = operation(node.op)?.symbol ?? node.op;
    expr = `${name}(${names.join(', ')})`;
    nums = `${name}(${args.map((n) => formatNumber(n.value)).join(', ')})`;
  }
  expr = node.source ?? expr;
  return [node.variable && node.name !== expr ? `${node.name} = ${expr}` : expr, nums];
}
