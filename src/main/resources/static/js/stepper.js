// The forward and backward passes as a sequence of steps, each explained in real numbers: a backward step states the
// local rule it uses (from the server's operations table), then the chain rule, term by term where paths meet.

import { formatNumber, numberPart, shownValue } from './format.js';
import { forwardFormula, wrap } from './graph-model.js';
import { operation } from './language.js';
import { fill, plainText, tParts } from './messages.js';

/**
 * @typedef {import('./autograd-client.js').Graph} Graph
 * @typedef {import('./autograd-client.js').GraphEdge} GraphEdge
 * @typedef {import('./format.js').TextPart} TextPart
 */

/**
 * What the view may show at one position. Nothing outside these sets is known yet: a value appears when the forward
 * pass reaches its node, a gradient when the backward pass does, and what flowed along an edge when the backward pass
 * reaches the edge's input end. With everything shown (Stepper.showAll) the sets hold every node and edge.
 *
 * @typedef {object} StepState
 * @property {number} position 0 (nothing computed) to total
 * @property {number} total
 * @property {'ready' | 'forward' | 'backward'} phase
 * @property {number | null} current the node of this step
 * @property {Set<number>} valuesShown ids of nodes whose value may be shown
 * @property {Set<number>} gradsShown ids of nodes whose gradient may be shown
 * @property {Set<GraphEdge>} flowsShown edges whose local derivative and contribution may be shown
 * @property {GraphEdge[]} activeEdges the edges this step uses
 * @property {boolean} showAll whether the learner asked to see every number
 * @property {TextPart[]} parts the explanation, with numbers that keep their exact value
 * @property {string} text the explanation as plain text
 */

/**
 * Position 0 shows nothing; positions 1..F reveal values in topological order; F+1..F+B reveal gradients in
 * reverse topological order, starting at the output. Constants get no backward step: nothing differentiates them.
 */
export class Stepper {
  /** @param {Graph} graph */
  constructor(graph) {
    this.graph = graph;
    this.forward = graph.nodes.map((node) => node.id);
    this.backward = graph.nodes
      .filter((node) => node.id <= graph.output.id && node.requiresGrad)
      .map((node) => node.id)
      .reverse();
    this.position = 0;
    /** Whether every number is shown whatever the position. */
    this.showAll = false;
  }

  get total() {
    return this.forward.length + this.backward.length;
  }

  get atEnd() {
    return this.position === this.total;
  }

  /** @param {number} position */
  go(position) {
    this.position = Math.max(0, Math.min(this.total, position));
    return this.state();
  }

  /**
   * What the view shows at the current position.
   *
   * @returns {StepState}
   */
  state() {
    const f = this.forward.length;
    const p = this.position;
    const all = this.showAll;
    const valuesShown = new Set(all ? this.forward : this.forward.slice(0, Math.min(p, f)));
    const gradsShown = new Set(all ? this.backward : p > f ? this.backward.slice(0, p - f) : []);
    const flowsShown = new Set(this.graph.edges.filter((e) => gradsShown.has(e.from) && gradsShown.has(e.to)));
    let current = null;
    /** @type {StepState['phase']} */
    let phase = 'ready';
    let activeEdges = [];
    if (p > 0 && p <= f) {
      current = this.forward[p - 1];
      phase = 'forward';
      activeEdges = this.graph.edges.filter((e) => e.to === current);
    }
    else if (p > f) {
      current = this.backward[p - f - 1];
      phase = 'backward';
      activeEdges = this.graph.edges.filter((e) => e.from === current && gradsShown.has(e.to));
    }
    const parts = this.explain();
    return {
      position: p, total: this.total, phase, current, valuesShown, gradsShown, flowsShown, activeEdges, showAll: all,
      parts, text: plainText(parts),
    };
  }

  /** @returns {TextPart[]} */
  explain() {
    const f = this.forward.length;
    const p = this.position;
    const g = this.graph;
    if (p === 0) {
      return tParts('step.ready');
    }
    if (p <= f) {
      const node = g.nodes[this.forward[p - 1]];
      const common = { n: p, total: f, name: node.name, value: numberPart(node.value) };
      if (node.op === 'input') {
        return tParts('step.forwardInput', common);
      }
      if (node.op === 'const') {
        return tParts('step.forwardConst', common);
      }
      const [formula, numbers] = forwardFormula(node, g);
      return tParts('step.forwardOp', { ...common, formula, numbers });
    }
    const n = p - f;
    const node = g.nodes[this.backward[n - 1]];
    const out = wrap(g.nodes[g.output.id].name);
    const common = { n, total: this.backward.length, name: wrap(node.name), out, value: numberPart(node.grad) };
    /** @type {TextPart[]} */
    let text;
    if (node.id === g.output.id) {
      text = tParts('step.seed', common);
    }
    else {
      const uses = g.edges.filter((e) => e.from === node.id);
      text = uses.length ? this.chainRule(node, uses, common) : tParts('step.unreached', common);
    }
    return p === this.total ? [...text, ' ', ...tParts('step.done')] : text;
  }

  /**
   * The local rule of every edge out of node, then the chain rule: the sum over the paths, written term by term,
   * with "≈" wherever the rounded numbers shown would not give the result shown.
   *
   * @param {import('./autograd-client.js').GraphNode} node
   * @param {GraphEdge[]} uses
   * @param {Record<string, any>} common
   */
  chainRule(node, uses, common) {
    const g = this.graph;
    /** @type {TextPart[]} */
    const rules = [];
    /** @type {TextPart[]} */
    const terms = [];
    /** @type {TextPart[]} */
    const products = [];
    /** @type {TextPart[]} */
    const results = [];
    let shownSum = 0;
    uses.forEach((edge, i) => {
      const consumer = g.nodes[edge.to];
      const name = wrap(consumer.name);
      if (i > 0) {
        terms.push(' + ');
        products.push(' + ');
        results.push(' + ');
      }
      // the local derivative with ∂: it holds the other operands still, unlike the gradient d/d being worked out
      terms.push(`d${common.out}/d${name} × ∂${name}/∂${common.name}`);
      products.push(factor(consumer.grad, i > 0), ' × ', factor(edge.local, true));
      results.push(factor(edge.flow, i > 0));
      shownSum += shownValue(edge.flow);
      const rule = localRule(consumer, edge, g);
      if (rule) {
        rules.push(...tParts('step.rule', { node: name, rule }), ' ');
      }
    });
    /** @type {TextPart[]} */
    const arithmetic = [...products];
    if (uses.length === 1) {
      const [edge] = uses;
      const exact = shownValue(g.nodes[edge.to].grad) * shownValue(edge.local);
      arithmetic.push(equals(exact, node.grad), numberPart(node.grad));
    }
    else {
      const termsRight = uses.every((e) => equals(shownValue(g.nodes[e.to].grad) * shownValue(e.local), e.flow) === ' = ');
      arithmetic.push(termsRight ? ' = ' : ' ≈ ', ...results, equals(shownSum, node.grad), numberPart(node.grad));
    }
    return tParts('step.backward', { ...common, rules, terms, arithmetic });
  }
}

/**
 * " = " when the numbers as shown give the result as shown, else " ≈ ".
 *
 * @param {number} fromShown
 * @param {number} result
 */
function equals(fromShown, result) {
  return formatNumber(fromShown) === formatNumber(result) ? ' = ' : ' ≈ ';
}

/**
 * A number as a factor: negative ones in parentheses where the sign could be misread.
 *
 * @param {number} value
 * @param {boolean} bracketNegative
 * @returns {import('./format.js').NumberPart}
 */
function factor(value, bracketNegative) {
  const part = numberPart(value);
  return bracketNegative && part.shown.startsWith('−') ? { ...part, shown: `(${part.shown})` } : part;
}

/**
 * The local derivative along edge as its rule states it, filled with the consumer's numbers, then its value:
 * "tanh′(a) = 1 − tanh(a)² = 1 − 0.7071² = 0.5". Null when the server sent no rule.
 *
 * @param {import('./autograd-client.js').GraphNode} consumer
 * @param {GraphEdge} edge
 * @param {Graph} graph
 * @returns {TextPart[] | null}
 */
function localRule(consumer, edge, graph) {
  const template = operation(consumer.op)?.rules[edge.operand];
  if (!template) {
    return null;
  }
  const [a, b] = consumer.operands.map((id) => factor(graph.nodes[id].value, true));
  const rule = fill(template, { a, b, out: factor(consumer.value, true) });
  const local = numberPart(edge.local);
  const last = rule[rule.length - 1];
  if (!/\{\w+\}/.test(template) || (typeof last !== 'string' && last.exact === local.exact)) {
    // "∂(a + b)/∂a = 1" or "∂(a·b)/∂a = b = 3": the rule already ends with the number
    return rule;
  }
  // a rule with cases ends with the numbers it depends on ("…, else 0; a = 2"): say which case holds
  return template.includes(';') ? [...rule, ' → ', local] : [...rule, ' = ', local];
}
