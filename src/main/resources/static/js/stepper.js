// The forward and backward passes as a sequence of steps, each with a one-line explanation in real numbers.

import { formatNumber } from './format.js';
import { factor, forwardFormula, wrap } from './graph-model.js';
import { t } from './messages.js';

/**
 * Position 0 shows nothing; positions 1..F reveal values in topological order; F+1..F+B reveal gradients in
 * reverse topological order, starting at the output. Constants get no backward step: nothing differentiates them.
 */
export class Stepper {
  constructor(graph) {
    this.graph = graph;
    this.forward = graph.nodes.map((node) => node.id);
    this.backward = graph.nodes
      .filter((node) => node.id <= graph.output.id && node.op !== 'const')
      .map((node) => node.id)
      .reverse();
    this.position = 0;
  }

  get total() {
    return this.forward.length + this.backward.length;
  }

  get atEnd() {
    return this.position === this.total;
  }

  go(position) {
    this.position = Math.max(0, Math.min(this.total, position));
    return this.state();
  }

  /** What the view shows at the current position. */
  state() {
    const f = this.forward.length;
    const p = this.position;
    const valuesShown = new Set(this.forward.slice(0, Math.min(p, f)));
    const gradsShown = new Set(p > f ? this.backward.slice(0, p - f) : []);
    let current = null;
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
    return { position: p, total: this.total, phase, current, valuesShown, gradsShown, activeEdges, text: this.explain() };
  }

  explain() {
    const f = this.forward.length;
    const p = this.position;
    const g = this.graph;
    if (p === 0) {
      return t('step.ready');
    }
    if (p <= f) {
      const node = g.nodes[this.forward[p - 1]];
      const common = { n: p, total: f, name: node.name, value: formatNumber(node.value) };
      if (node.op === 'input') {
        return t('step.forwardInput', common);
      }
      if (node.op === 'const') {
        return t('step.forwardConst', common);
      }
      const [formula, numbers] = forwardFormula(node, g);
      return t('step.forwardOp', { ...common, formula, numbers });
    }
    const n = p - f;
    const node = g.nodes[this.backward[n - 1]];
    const out = g.nodes[g.output.id].name;
    const common = { n, total: this.backward.length, name: wrap(node.name), out: wrap(out), value: formatNumber(node.grad) };
    if (node.id === g.output.id) {
      return t('step.seed', common) + (p === this.total ? ` ${t('step.done')}` : '');
    }
    const uses = g.edges.filter((e) => e.from === node.id);
    let text;
    if (!uses.length) {
      text = t('step.backward', { ...common, terms: '0', numbers: '0' });
    }
    else {
      const terms = uses.map((e) => {
        const consumer = wrap(g.nodes[e.to].name);
        return `d${common.out}/d${consumer} × d${consumer}/d${common.name}`;
      }).join(' + ');
      const numbers = uses.map((e) => `${factor(g.nodes[e.to].grad, 0)} × ${factor(e.local, 1)}`).join(' + ');
      text = t('step.backward', { ...common, terms, numbers });
    }
    return p === this.total ? `${text} ${t('step.done')}` : text;
  }
}
