// Draws a computation graph as SVG (value boxes, operation pills, edges whose width and colour say how much
// gradient flowed back along them) and as a table, at any size: the drawing opens fitted to its box, pans and
// zooms, groups the nodes of one statement into one box, and keeps the current step in view.
//
// What the view shows follows the stepper's state (stepper.js, StepState): a value appears once state.valuesShown
// has its node, a gradient on a box once state.gradsShown has it, and an edge's gradient (its width and colour, a
// label, a line of the details panel) once state.flowsShown has the edge. Nothing is drawn before its step.

import { exactNumber, formatNumber } from './format.js';
import { buildScene, groupByStatement } from './graph-groups.js';
import { RectIndex, placeLabels } from './graph-labels.js';
import { curve, fitScale, layoutGraph, pointOnCurve } from './graph-layout.js';
import { opSymbol } from './graph-model.js';
import { t } from './messages.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The size of text in the drawing at scale 1, in CSS pixels. */
export const FONT = 13;
/** Text is drawn only where it shows at 12 CSS pixels or more; below that the drawing is an overview. */
export const READABLE = 12 / FONT;
/**
 * Screens up to the site's first breakpoint (site.css) are phones: there a drawing that only fits as an overview
 * opens close up instead.
 */
const PHONE = '(max-width: 40rem)';
/** Above this many nodes, the drawing opens with every statement collapsed without trying it open first. */
export const COLLAPSE_FROM = 400;
/** Above this many nodes the table is not built until asked for. */
const TABLE_LAZY_FROM = 600;
const CHAR = FONT * 0.6;
const VALUE_HEIGHT = 58;
const OP_HEIGHT = 26;
const LABEL_HEIGHT = 36;
const MIN_HEIGHT = 200;
/** Each band of the gradient legend is this many powers of ten below the strongest flow. */
const BANDS = 4;

let uid = 0;

function svg(name, attributes = {}, parent = null) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, value);
  }
  parent?.append(element);
  return element;
}

function text(parent, x, y, content, className) {
  const element = svg('text', { x, y, class: className }, parent);
  element.textContent = content;
  return element;
}

function html(name, className, parent = null) {
  const element = document.createElement(name);
  if (className) {
    element.className = className;
  }
  parent?.append(element);
  return element;
}

function reducedMotion() {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The lines of a value box: name, value, gradient, as wide as they will ever be. */
export function valueLines(node) {
  const grad = !node.requiresGrad ? t('op.const') : `${t('node.grad')} ${formatNumber(node.grad)}`;
  return [node.name, `${t('node.value')} ${formatNumber(node.value)}`, grad];
}

/** The band (0 strongest to BANDS, none) of a flow against the strongest flow of the graph. */
export function band(flow, strongest) {
  if (flow === null || !Number.isFinite(flow) || flow === 0 || !(strongest > 0)) {
    return BANDS;
  }
  const below = Math.log10(strongest / Math.abs(flow));
  return Math.max(0, Math.min(BANDS, Math.floor(below)));
}

/** Whether arrangement a shows better than b: a lower tier, then larger text, or in tier 2 a shorter box. */
function better(a, b) {
  if (a.tier !== b.tier) {
    return a.tier < b.tier;
  }
  return a.tier === 2 ? a.height < b.height - 1 : a.scale > b.scale + 0.02;
}

/** The graph's drawing, its table and a details panel, kept in step with a Stepper's state. */
export class GraphView {
  constructor(root) {
    this.root = root;
    this.root.classList.add('graph-view');
    this.id = `graph-${++uid}`;
    this.toolbar = html('div', 'graph-toolbar', root);
    const zoomBar = html('div', 'graph-zoom', this.toolbar);
    zoomBar.setAttribute('role', 'group');
    zoomBar.setAttribute('aria-label', t('graph.navigation'));
    const tool = (key, className, onClick) => {
      const b = html('button', `button button--small ${className}`, zoomBar);
      b.type = 'button';
      b.textContent = t(key);
      b.addEventListener('click', onClick);
      return b;
    };
    tool('graph.zoomOut', 'graph-zoom-out', () => this.zoom(1 / 1.25));
    tool('graph.zoomIn', 'graph-zoom-in', () => this.zoom(1.25));
    tool('graph.zoomReset', 'graph-fit', () => this.fit(true));
    this.expandButton = tool('graph.expandAll', 'graph-expand', () => this.setCollapsed(new Set()));
    this.collapseButton = tool('graph.collapseAll', 'graph-collapse', () => this.setCollapsed(this.collapsibleGroups()));
    this.legend = html('div', 'graph-legend', this.toolbar);
    this.minimap = html('canvas', 'graph-minimap', this.toolbar);
    this.minimap.width = 160;
    this.minimap.height = 96;
    this.minimap.hidden = true;
    this.minimap.setAttribute('aria-hidden', 'true');
    this.viewport = html('div', 'graph-viewport', root);
    this.viewport.tabIndex = 0;
    this.viewport.setAttribute('role', 'group');
    this.hint = html('p', 'graph-hint muted', root);
    this.hint.id = `${this.id}-hint`;
    this.hint.textContent = t('graph.panHint');
    this.viewport.setAttribute('aria-describedby', this.hint.id);
    this.detail = html('div', 'graph-detail', root);
    this.detail.dataset.graphDetail = '';
    this.tableWrap = html('div', 'table-scroll graph-table', root);
    this.tableWrap.hidden = true;
    // a region the keyboard can scroll sideways, named for a screen reader, as the class page's tables are
    this.tableWrap.tabIndex = 0;
    this.tableWrap.setAttribute('role', 'region');
    this.tableWrap.setAttribute('aria-label', t('table.caption'));
    this.pan = { scale: 1, x: 0, y: 0 };
    /** @type {{w: number, h: number} | null} the viewport's inner size, see viewportSize() */
    this.size = null;
    this.moved = false;
    this.collapsed = new Set();
    this.focusNode = null;
    this.installPanZoom();
    this.installMinimap();
    if (window.ResizeObserver) {
      let width = 0;
      new ResizeObserver(() => {
        this.size = null;
        const now = this.viewport.clientWidth;
        if (now && Math.abs(now - width) > 1) {
          width = now;
          this.rearrange();
        }
      }).observe(this.viewport);
    }
  }

  /** Draws graph, opening it collapsed when open it would not fit readably; a state then only changes details. */
  render(graph) {
    this.graph = graph;
    this.grouping = groupByStatement(graph);
    this.edgeIndex = new Map(graph.edges.map((edge, index) => [edge, index]));
    this.lines = graph.nodes.map((node) => valueLines(node));
    this.focusNode = null;
    this.moved = false;
    this.state = null;
    this.rows = null;
    this.tableWrap.replaceChildren();
    if (graph.nodes.length <= TABLE_LAZY_FROM || !this.tableWrap.hidden) {
      this.renderTable();
    }
    this.chosenBy = null;
    this.drawnWidth = this.availableWidth();
    this.draw(this.choose(this.drawnWidth));
  }

  /** Every statement open if that shows readably, else the better of open and closed. */
  choose(width) {
    let chosen = null;
    if (this.graph.nodes.length <= COLLAPSE_FROM) {
      chosen = this.arrange(new Set(), width);
    }
    if ((!chosen || chosen.tier > 1) && this.collapsibleGroups().size) {
      const collapsed = this.arrange(this.collapsibleGroups(), width);
      chosen = !chosen || better(collapsed, chosen) ? collapsed : chosen;
    }
    return chosen;
  }

  /**
   * After the box changed width: arranged again for the new width (with the statements the learner opened or
   * closed kept so), unless the learner has moved the view, which is then left as it is.
   */
  rearrange() {
    const width = this.availableWidth();
    if (!this.graph || this.moved || Math.abs(width - this.drawnWidth) <= 1) {
      this.fit(false);
      return;
    }
    cancelAnimationFrame(this.rearranging);
    this.rearranging = requestAnimationFrame(() => {
      const now = this.availableWidth();
      this.drawnWidth = now;
      const keep = this.focusNode;
      this.draw(this.chosenBy ? this.arrange(this.collapsed, now) : this.choose(now));
      this.focusNode = keep;
      if (this.state) {
        this.update(this.state);
      }
    });
  }

  collapsibleGroups() {
    return new Set(this.grouping.groups.filter((g) => g.collapsible).map((g) => g.id));
  }

  /** Collapses exactly the groups in collapsed and draws again, keeping the state. */
  setCollapsed(collapsed) {
    const keep = this.focusNode;
    this.chosenBy = 'learner';
    this.drawnWidth = this.availableWidth();
    this.draw(this.arrange(collapsed, this.availableWidth()));
    if (this.state) {
      this.update(this.state);
    }
    if (keep !== null) {
      this.itemElement(keep)?.g.focus({ preventScroll: true });
    }
  }

  toggleGroup(group) {
    const next = new Set(this.collapsed);
    if (next.has(group)) {
      next.delete(group);
    }
    else {
      next.add(group);
    }
    this.setCollapsed(next);
  }

  availableWidth() {
    return Math.max(200, this.viewport.clientWidth || this.root.clientWidth || 800);
  }

  maxHeight() {
    return Math.max(280, Math.min(window.innerHeight - 140, 760));
  }

  /** The scene and layout for a set of collapsed groups, in the direction (and folded) to show it best. */
  arrange(collapsed, width) {
    const scene = buildScene(this.graph, this.grouping, collapsed);
    const sizes = scene.items.map((item) => this.itemSize(item));
    const links = scene.links.map((l) => ({ from: l.from, to: l.to }));
    let best = null;
    /** @type {{ direction: 'right' | 'down', wrap?: number }[]} */
    const options = [{ direction: 'right', wrap: width / READABLE }];
    if (scene.items.length <= 800) {
      options.push({ direction: 'down' });
    }
    for (const option of options) {
      const layout = layoutGraph(sizes, links, option);
      const candidate = { scene, layout, collapsed, ...this.sizing(layout, width) };
      if (!best || better(candidate, best)) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * How a layout fits the width: tier 1 readable in a box no taller than the window allows, tier 2 readable
   * in a taller box (the page scrolls), tier 3 an overview shrunk to fit.
   */
  sizing(layout, width) {
    const scale = Math.min(1, width / layout.width);
    const height = layout.height * scale;
    if (scale >= READABLE && height <= this.maxHeight()) {
      return { tier: 1, scale, height };
    }
    if (scale >= READABLE && height <= 1.6 * window.innerHeight) {
      return { tier: 2, scale, height };
    }
    const fitted = fitScale(layout, width, this.maxHeight());
    return { tier: 3, scale: fitted, height: layout.height * fitted };
  }

  itemSize(item) {
    const node = this.graph.nodes[item.node];
    if (item.kind === 'op') {
      const symbol = opSymbol(node.op);
      return { w: Math.max(OP_HEIGHT, Math.ceil(symbol.length * CHAR) + 16), h: OP_HEIGHT };
    }
    const lines = this.lines[item.node];
    const longest = Math.max(lines[0].length + (item.group >= 0 && this.grouping.groups[item.group].root === item.node ? 2 : 0),
      lines[1].length, lines[2].length);
    return { w: Math.max(64, Math.ceil(longest * CHAR) + 16) + (item.collapsed ? 4 : 0), h: VALUE_HEIGHT, pull: node.op === 'input' || node.op === 'const' };
  }

  draw({ scene, layout, collapsed }) {
    const graph = this.graph;
    this.scene = scene;
    this.layout = layout;
    this.collapsed = collapsed;
    this.expandButton.hidden = !this.grouping.groups.some((g) => g.collapsible);
    this.collapseButton.hidden = this.expandButton.hidden;
    this.expandButton.disabled = !scene.items.some((i) => i.collapsed);
    this.collapseButton.disabled = !this.grouping.groups.some((g) => g.collapsible && !collapsed.has(g.id));
    const root = svg('svg', {
      class: 'graph',
      role: 'group',
      'aria-label': t('graph.label', { out: graph.nodes[graph.output.id]?.name ?? '', count: graph.nodes.length }),
    });
    const defs = svg('defs', {}, root);
    for (const kind of ['', '-forward', '-backward']) {
      const marker = svg('marker', {
        id: `${this.id}-arrow${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6,
        markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse',
      }, defs);
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `graph-arrow${kind}` }, marker);
    }
    this.sceneGroup = svg('g', { class: 'graph-scene' }, root);
    const edgeLayer = svg('g', { class: 'graph-edges' }, this.sceneGroup);
    const nodeLayer = svg('g', { class: 'graph-nodes' }, this.sceneGroup);
    this.labelLayer = svg('g', { class: 'graph-labels' }, this.sceneGroup);
    this.obstacles = new RectIndex();
    this.linkElements = scene.links.map((link, index) => {
      const points = layout.routes[index];
      const path = svg('path', { d: curve(points, layout.direction), class: 'gedge', 'marker-end': `url(#${this.id}-arrow)` }, edgeLayer);
      return { link, path, points, sig: '' };
    });
    this.edgeLinks = new Map();
    this.linkElements.forEach((el) => el.link.edges.forEach((e) => this.edgeLinks.set(e, el)));
    this.itemElements = scene.items.map((item, index) => {
      const box = layout.boxes[index];
      const node = graph.nodes[item.node];
      this.obstacles.add({ x: box.x - box.w / 2, y: box.y - box.h / 2, w: box.w, h: box.h });
      if (item.kind === 'op') {
        const g = svg('g', { class: 'gnode gnode--op', transform: `translate(${box.x},${box.y})`, 'data-node': node.id }, nodeLayer);
        svg('rect', { x: -box.w / 2, y: -box.h / 2, width: box.w, height: box.h, rx: box.h / 2 }, g);
        text(g, 0, 4.5, opSymbol(node.op), 'gnode__op');
        svg('title', {}, g).textContent = node.op;
        return { item, g, box, sig: -1 };
      }
      const group = item.group >= 0 ? this.grouping.groups[item.group] : null;
      const isRoot = group && group.root === node.id && group.collapsible;
      const kind = node.op === 'input' ? 'input' : node.op === 'const' ? 'const' : 'result';
      const g = svg('g', {
        class: `gnode gnode--value gnode--${kind}${item.collapsed ? ' gnode--group' : ''}`,
        transform: `translate(${box.x - box.w / 2},${box.y - box.h / 2})`,
        'data-node': node.id,
        tabindex: '0',
      }, nodeLayer);
      // a closed statement looks like a stack of boxes, inside its own outline
      const inset = item.collapsed ? 4 : 0;
      if (item.collapsed) {
        svg('rect', { class: 'gnode__stack', x: inset, y: inset, width: box.w - inset, height: box.h - inset, rx: 6 }, g);
      }
      svg('rect', { width: box.w - inset, height: box.h - inset, rx: 6 }, g);
      svg('line', { x1: 0, x2: box.w - inset, y1: 21, y2: 21 }, g);
      const name = text(g, 8, 15, node.name, 'gnode__name');
      if (isRoot) {
        g.dataset.group = String(group.id);
        g.setAttribute('aria-expanded', String(!item.collapsed));
        text(g, box.w - inset - 8, 15, item.collapsed ? '+' : '−', 'gnode__toggle');
        g.addEventListener('click', () => this.toggleGroup(group.id));
        g.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            event.stopPropagation();
            this.toggleGroup(group.id);
          }
        });
      }
      const value = text(g, 8, 36, '', 'gnode__value');
      const grad = text(g, 8, 51, '', 'gnode__grad');
      const title = svg('title', {}, g);
      g.addEventListener('focus', () => this.focus(node.id));
      g.addEventListener('mouseenter', () => this.focus(node.id));
      g.addEventListener('blur', () => this.focus(null));
      g.addEventListener('mouseleave', () => this.focus(null));
      return { item, g, box, name, value, grad, title, sig: -1 };
    });
    this.viewport.replaceChildren(root);
    this.svgRoot = root;
    this.legend.replaceChildren();
    this.legendFor = 0;
    this.moved = false;
    this.fit(false);
  }

  /** The elements that show a node: its own box or its closed group's box. */
  itemElement(nodeId) {
    const index = this.scene?.itemOfNode[nodeId];
    return index >= 0 ? this.itemElements[index] : null;
  }

  renderTable() {
    const graph = this.graph;
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = t('table.caption');
    table.append(caption);
    const head = table.createTHead().insertRow();
    for (const key of ['table.node', 'table.operation', 'table.value', 'table.gradient']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = t(key);
      head.append(th);
    }
    const body = table.createTBody();
    this.rows = graph.nodes.map((node) => {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = node.fullName;
      row.append(th);
      const op = row.insertCell();
      op.textContent = node.op === 'input' ? t('op.input') : node.op === 'const' ? t('op.const') : opSymbol(node.op);
      const value = row.insertCell();
      const grad = row.insertCell();
      value.className = 'num';
      grad.className = 'num';
      row.dataset.node = node.id;
      return { row, value, grad, sig: -1 };
    });
    this.tableWrap.replaceChildren(table);
  }

  get tableShown() {
    return !this.tableWrap.hidden;
  }

  showTable(shown) {
    this.tableWrap.hidden = !shown;
    if (shown && !this.rows && this.graph) {
      this.renderTable();
      if (this.state) {
        this.update(this.state);
      }
    }
  }

  /** Whether the gradient along a graph edge may be shown in state: the stepper says so, and it left a variable. */
  edgeShown(index, state) {
    const edge = this.graph.edges[index];
    return state.flowsShown.has(edge) && !edge.constant;
  }

  /** Shows what a Stepper state reveals, touching only what changed since the last state. */
  update(state) {
    this.state = state;
    const graph = this.graph;
    // a step changes few nodes: a number says what each shows (bit 1 its value, 2 its gradient, 4 and 8 current in
    // the forward or backward pass), and only those whose number changed are written
    const shown = (node) => (state.valuesShown.has(node.id) ? 1 : 0) | (state.gradsShown.has(node.id) ? 2 : 0);
    const texts = (node) => {
      const valueShown = state.valuesShown.has(node.id);
      const gradShown = state.gradsShown.has(node.id);
      const value = valueShown ? formatNumber(node.value) : t('node.unknown');
      const grad = !node.requiresGrad ? t('node.noGrad') : gradShown ? formatNumber(node.grad) : t('node.unknown');
      return { valueShown, gradShown, value, grad };
    };
    if (this.rows) {
      for (const node of graph.nodes) {
        const row = this.rows[node.id];
        const sig = shown(node) | (state.current === node.id ? 4 : 0);
        if (sig === row.sig) {
          continue;
        }
        const s = texts(node);
        row.sig = sig;
        row.value.textContent = s.value;
        row.grad.textContent = s.grad;
        row.value.title = s.valueShown ? exactNumber(node.value) : '';
        row.grad.title = s.gradShown ? exactNumber(node.grad) : '';
        row.row.classList.toggle('is-current', state.current === node.id);
      }
    }
    const currentItem = state.current === null ? -1 : this.scene.itemOfNode[state.current];
    const phaseBit = state.phase === 'forward' ? 4 : 8;
    this.itemElements.forEach((el, index) => {
      const node = graph.nodes[el.item.node];
      const current = currentItem === index && (el.item.kind === 'value' || state.phase === 'forward')
        && (el.item.kind === 'value' || state.current === node.id);
      const sig = shown(node) | (current ? phaseBit : 0);
      if (sig === el.sig) {
        return;
      }
      const s = texts(node);
      el.sig = sig;
      el.g.classList.toggle('is-known', s.valueShown);
      el.g.classList.toggle('is-current', current);
      el.g.classList.toggle('is-forward', current && state.phase === 'forward');
      el.g.classList.toggle('is-backward', current && state.phase === 'backward');
      if (el.item.kind === 'op') {
        return;
      }
      el.value.textContent = `${t('node.value')} ${s.value}`;
      el.grad.textContent = !node.requiresGrad ? t('op.const') : `${t('node.grad')} ${s.grad}`;
      const exact = `${node.fullName}: ${t('node.value')} ${s.valueShown ? exactNumber(node.value) : t('node.unknown')}, ${t('node.grad')} ${s.gradShown ? exactNumber(node.grad) : t('node.unknown')}`;
      el.title.textContent = exact;
      el.g.setAttribute('aria-label', exact);
      el.g.classList.toggle('has-grad', s.gradShown);
      el.g.classList.toggle('is-nonfinite', s.valueShown && (node.value === null || !Number.isFinite(node.value)));
    });
    const activeLinks = new Set();
    for (const edge of state.activeEdges) {
      const el = this.edgeLinks.get(this.edgeIndex.get(edge));
      if (el) {
        activeLinks.add(el);
      }
    }
    // bands are measured against the strongest flow shown so far, so the edges give away nothing still hidden
    let strongestShown = 0;
    for (const el of this.linkElements) {
      let shown = el.link.edges.length > 0;
      let flow = 0;
      for (const e of el.link.edges) {
        shown = shown && this.edgeShown(e, state);
        flow += graph.edges[e].flow ?? NaN;
      }
      el.shown = shown;
      el.flow = flow;
      if (shown && Number.isFinite(flow)) {
        strongestShown = Math.max(strongestShown, Math.abs(flow));
      }
    }
    for (const el of this.linkElements) {
      const { link } = el;
      const isActive = activeLinks.has(el) || (!link.edges.length && state.phase === 'forward'
        && state.current === graph.nodes[this.scene.items[link.to].node].id && this.scene.items[link.from].kind === 'op');
      const level = el.shown ? band(el.flow, strongestShown) : -1;
      const sig = `${level}${isActive ? state.phase : ''}`;
      if (sig === el.sig) {
        continue;
      }
      el.sig = sig;
      el.path.setAttribute('class', `gedge${level >= 0 ? ` gedge--band${level}` : ''}${isActive ? ` is-${state.phase}` : ''}`);
      el.path.setAttribute('marker-end', `url(#${this.id}-arrow${isActive ? `-${state.phase}` : ''})`);
    }
    this.renderLegend(strongestShown);
    this.renderLabels();
    this.renderDetail();
    if (state.current !== null && currentItem >= 0) {
      this.follow(this.layout.boxes[currentItem]);
    }
  }

  /** The legend of edge widths, once some gradient is on the page, in numbers already shown. */
  renderLegend(strongest) {
    if (this.legendFor === strongest) {
      return;
    }
    this.legendFor = strongest;
    this.legend.replaceChildren();
    if (!(strongest > 0)) {
      return;
    }
    const title = html('span', 'graph-legend__title', this.legend);
    title.textContent = t('graph.legend');
    for (let level = 0; level <= BANDS; level++) {
      const entry = html('span', 'graph-legend__entry', this.legend);
      const sample = svg('svg', { width: 28, height: 12, 'aria-hidden': 'true' });
      svg('line', { x1: 1, x2: 27, y1: 6, y2: 6, class: `gedge gedge--band${level}` }, sample);
      entry.append(sample);
      const label = html('span', '', entry);
      label.textContent = level < BANDS ? `≥ ${formatNumber(strongest / 10 ** (level + 1), 1)}` : t('graph.legendNone');
    }
  }

  /** Labels for the edges of the current step and of the node in focus, where they cover nothing. */
  renderLabels() {
    const state = this.state;
    this.labelLayer.replaceChildren();
    if (!state) {
      return;
    }
    const wanted = [];
    const seen = new Set();
    const want = (el) => {
      if (!seen.has(el) && el.link.edges.length) {
        seen.add(el);
        wanted.push(el);
      }
    };
    if (state.phase === 'backward') {
      for (const edge of state.activeEdges) {
        const el = this.edgeLinks.get(this.edgeIndex.get(edge));
        if (el) {
          want(el);
        }
      }
    }
    if (this.focusNode !== null) {
      const index = this.scene.itemOfNode[this.focusNode];
      const op = this.scene.opItemOfNode[this.focusNode];
      for (const el of this.linkElements) {
        if (el.link.from === index || el.link.to === index || el.link.to === op) {
          want(el);
        }
      }
    }
    const requests = [];
    for (const el of wanted) {
      const lines = this.labelLines(el, state);
      if (!lines.length) {
        continue;
      }
      const w = Math.ceil(Math.max(...lines.map((l) => l.length)) * CHAR) + 12;
      const direction = this.layout.direction;
      requests.push({ id: el, lines, w, h: lines.length === 1 ? LABEL_HEIGHT - 16 : LABEL_HEIGHT, along: (f) => pointOnCurve(el.points, f, direction) });
    }
    const spots = placeLabels(requests, this.obstacles, this.layout);
    for (const request of requests) {
      const spot = spots.get(request.id);
      if (!spot) {
        continue;
      }
      const g = svg('g', { class: 'gedge__label', transform: `translate(${spot.x},${spot.y})` }, this.labelLayer);
      svg('rect', { width: spot.w, height: spot.h, rx: 4 }, g);
      request.lines.forEach((line, i) => text(g, spot.w / 2, 15 + i * 16, line, i === request.lines.length - 1 ? 'gedge__flow' : 'gedge__local'));
    }
  }

  labelLines(el, state) {
    const edges = el.link.edges.map((e) => this.graph.edges[e]);
    if (!el.link.edges.every((e) => this.edgeShown(e, state))) {
      return [];
    }
    const flow = edges.reduce((sum, e) => sum + (e.flow ?? NaN), 0);
    const direct = edges.length === 1 && !this.scene.items[el.link.to].collapsed;
    return direct ? [t('edge.local', { value: formatNumber(edges[0].local) }), t('edge.flow', { value: formatNumber(flow) })]
      : [t('edge.flow', { value: formatNumber(flow) })];
  }

  focus(nodeId) {
    this.focusNode = nodeId;
    this.renderLabels();
    this.renderDetail();
  }

  /** The details panel: the node in focus, or the current one, with the numbers on its edges. */
  renderDetail() {
    const state = this.state;
    const id = this.focusNode ?? state?.current ?? null;
    this.detail.replaceChildren();
    if (id === null || !state) {
      return;
    }
    const node = this.graph.nodes[id];
    const head = html('p', 'graph-detail__node', this.detail);
    const value = state.valuesShown.has(id) ? exactNumber(node.value) : t('node.unknown');
    const grad = !node.requiresGrad ? t('node.noGrad') : state.gradsShown.has(id) ? exactNumber(node.grad) : t('node.unknown');
    const statement = node.source && node.source !== node.name ? ` = ${node.source}` : '';
    head.textContent = `${node.fullName}${statement}: ${t('node.value')} ${value}, ${t('node.grad')} ${grad}`;
    const list = html('ul', 'graph-detail__edges', null);
    this.graph.edges.forEach((edge, index) => {
      if (edge.from !== id && edge.to !== id) {
        return;
      }
      if (!this.edgeShown(index, state)) {
        return;
      }
      const item = html('li', '', list);
      item.textContent = t('graph.edgeDetail', {
        from: this.graph.nodes[edge.from].name,
        to: this.graph.nodes[edge.to].name,
        local: exactNumber(edge.local),
        flow: exactNumber(edge.flow),
      });
    });
    if (list.childElementCount) {
      this.detail.append(list);
    }
  }

  // Navigation: drag, pinch, wheel (with Ctrl, or once the graph has focus), keys and buttons.
  installPanZoom() {
    const pointers = new Map();
    let drag = null;
    let pinch = null;
    const viewport = this.viewport;
    viewport.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 && event.pointerType === 'mouse') {
        return;
      }
      pointers.set(event.pointerId, [event.clientX, event.clientY]);
      if (pointers.size === 1) {
        drag = { x: event.clientX, y: event.clientY, pan: { ...this.pan }, far: false };
      }
      else if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const rect = viewport.getBoundingClientRect();
        const { scale, x, y } = this.pan;
        // the point of the drawing between the fingers, which stays between them however they move
        const anchor = { x: ((a[0] + b[0]) / 2 - rect.left - x) / scale, y: ((a[1] + b[1]) / 2 - rect.top - y) / scale };
        pinch = { distance: Math.hypot(a[0] - b[0], a[1] - b[1]), scale, anchor };
        drag = null;
      }
    });
    viewport.addEventListener('pointermove', (event) => {
      if (!pointers.has(event.pointerId)) {
        return;
      }
      pointers.set(event.pointerId, [event.clientX, event.clientY]);
      if (pinch && pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const rect = viewport.getBoundingClientRect();
        const scale = this.clampScale(pinch.scale * Math.hypot(a[0] - b[0], a[1] - b[1]) / pinch.distance);
        this.pan = {
          scale,
          x: (a[0] + b[0]) / 2 - rect.left - pinch.anchor.x * scale,
          y: (a[1] + b[1]) / 2 - rect.top - pinch.anchor.y * scale,
        };
        this.moved = true;
        this.applyPan();
        return;
      }
      if (drag) {
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (!drag.far && Math.hypot(dx, dy) > 4) {
          drag.far = true;
          viewport.setPointerCapture(event.pointerId);
          viewport.classList.add('is-dragging');
        }
        if (drag.far) {
          this.pan.x = drag.pan.x + dx;
          this.pan.y = drag.pan.y + dy;
          this.moved = true;
          this.applyPan();
        }
      }
    });
    const end = (event) => {
      pointers.delete(event.pointerId);
      if (drag?.far) {
        // a drag is not a click on the box it ended over
        viewport.addEventListener('click', (click) => click.stopPropagation(), { capture: true, once: true });
      }
      viewport.classList.remove('is-dragging');
      drag = null;
      if (pointers.size < 2) {
        pinch = null;
      }
    };
    viewport.addEventListener('pointerup', end);
    viewport.addEventListener('pointercancel', end);
    viewport.addEventListener('wheel', (event) => {
      if (!event.ctrlKey && !viewport.contains(document.activeElement)) {
        return;
      }
      event.preventDefault();
      const rect = viewport.getBoundingClientRect();
      this.zoom(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), event.clientX - rect.left, event.clientY - rect.top);
    }, { passive: false });
    viewport.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      const step = 60;
      const actions = {
        '+': () => this.zoom(1.25), '=': () => this.zoom(1.25), '-': () => this.zoom(1 / 1.25), 0: () => this.fit(true),
        ArrowLeft: () => this.panBy(step, 0), ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step), ArrowDown: () => this.panBy(0, -step),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        event.stopPropagation();
        action();
      }
    });
  }

  installMinimap() {
    const move = (event) => {
      if (!this.layout) {
        return;
      }
      const rect = this.minimap.getBoundingClientRect();
      const s = this.minimapScale();
      const x = (event.clientX - rect.left - s.x) / s.scale;
      const y = (event.clientY - rect.top - s.y) / s.scale;
      this.centreOn(x, y, false);
    };
    let down = false;
    this.minimap.addEventListener('pointerdown', (event) => {
      down = true;
      this.minimap.setPointerCapture(event.pointerId);
      move(event);
    });
    this.minimap.addEventListener('pointermove', (event) => down && move(event));
    this.minimap.addEventListener('pointerup', () => { down = false; });
  }

  minimapScale() {
    const { width, height } = this.minimap;
    const scale = Math.min(width / this.layout.width, height / this.layout.height);
    return { scale, x: (width - this.layout.width * scale) / 2, y: (height - this.layout.height * scale) / 2 };
  }

  drawMinimap() {
    const whole = this.pan.scale <= this.fitted + 1e-6;
    this.minimap.hidden = whole;
    if (whole) {
      return;
    }
    const context = this.minimap.getContext('2d');
    if (!context) {
      return;
    }
    const style = getComputedStyle(this.root);
    const s = this.minimapScale();
    context.clearRect(0, 0, this.minimap.width, this.minimap.height);
    context.fillStyle = style.getPropertyValue('--muted') || '#888';
    for (const box of this.layout.boxes) {
      context.fillRect(s.x + (box.x - box.w / 2) * s.scale, s.y + (box.y - box.h / 2) * s.scale, Math.max(1, box.w * s.scale), Math.max(1, box.h * s.scale));
    }
    context.strokeStyle = style.getPropertyValue('--accent') || '#07c';
    context.lineWidth = 2;
    const view = this.visibleArea();
    context.strokeRect(s.x + view.x * s.scale, s.y + view.y * s.scale, view.w * s.scale, view.h * s.scale);
  }

  /** The part of the layout the viewport shows, in layout units. */
  visibleArea() {
    const { scale, x, y } = this.pan;
    const { w, h } = this.viewportSize();
    return { x: -x / scale, y: -y / scale, w: w / scale, h: h / scale };
  }

  /**
   * The viewport's inner size, kept until it changes (fit sets the height, the ResizeObserver sees the rest): a step
   * reads it after changing the drawing, and reading clientWidth there would force a layout in every step.
   */
  viewportSize() {
    if (!this.size) {
      this.size = { w: this.viewport.clientWidth, h: this.viewport.clientHeight };
    }
    return this.size;
  }

  zoom(factor, cx = this.viewportSize().w / 2, cy = this.viewportSize().h / 2) {
    const scale = this.clampScale(this.pan.scale * factor);
    const real = scale / this.pan.scale;
    this.pan.x = cx - (cx - this.pan.x) * real;
    this.pan.y = cy - (cy - this.pan.y) * real;
    this.pan.scale = scale;
    this.moved = true;
    this.applyPan();
  }

  /** A scale between half the fitted (or readable) one and three times the drawing's own size. */
  clampScale(scale) {
    const least = Math.min(this.fitted ?? 1, READABLE) * 0.5;
    return Math.min(3, Math.max(least, scale));
  }

  panBy(dx, dy) {
    this.pan.x += dx;
    this.pan.y += dy;
    this.moved = true;
    this.applyPan();
  }

  /**
   * Fits the whole drawing into the viewport, which takes the drawing's height up to a limit; on a phone, a drawing
   * that would only be an overview opens close up instead, until the learner asks for the whole (byUser). On a
   * resize (byUser false) a view the learner moved is left alone.
   */
  fit(byUser) {
    if (!this.layout || (!byUser && this.moved)) {
      return;
    }
    const width = this.availableWidth();
    const { tier, scale, height: drawn } = this.sizing(this.layout, width);
    // On a phone the overview is a stamp with no words: the drawing opens at the smallest readable scale, showing
    // the output, where backpropagation starts, and the minimap says where that is; Fit still shows it whole.
    const closeUp = !byUser && tier === 3 && (window.matchMedia?.(PHONE).matches ?? false);
    const shown = closeUp ? Math.min(this.maxHeight(), this.layout.height * READABLE) : drawn;
    const height = Math.max(MIN_HEIGHT, Math.ceil(shown));
    this.viewport.style.height = `${height}px`;
    this.size = null;
    this.fitted = scale;
    this.pan = closeUp ? this.closeUp(width, height)
      : { scale, x: (width - this.layout.width * scale) / 2, y: (height - this.layout.height * scale) / 2 };
    this.moved = false;
    this.applyPan();
  }

  /**
   * The view at the readable scale from the drawing's top left corner, moved only as far as it takes to show the
   * output whole (with a small margin): the end of a long chain, and as much of what leads into it as fits.
   */
  closeUp(width, height) {
    const scale = READABLE;
    const output = this.itemElement(this.graph.output.id)?.box ?? { x: this.layout.width, y: this.layout.height, w: 0, h: 0 };
    const place = (view, size, far) => {
      const drawn = size * scale;
      return drawn <= view ? (view - drawn) / 2 : Math.min(0, Math.max(view - drawn, view - 8 - far * scale));
    };
    return {
      scale,
      x: place(width, this.layout.width, output.x + output.w / 2),
      y: place(height, this.layout.height, output.y + output.h / 2),
    };
  }

  /** Moves the view so that a box is inside it, smoothly unless the learner asked for reduced motion. */
  follow(box) {
    const view = this.visibleArea();
    const margin = -1 / this.pan.scale;
    const inside = box.x - box.w / 2 >= view.x + margin && box.x + box.w / 2 <= view.x + view.w - margin
      && box.y - box.h / 2 >= view.y + margin && box.y + box.h / 2 <= view.y + view.h - margin;
    if (!inside) {
      this.centreOn(box.x, box.y, !reducedMotion());
    }
  }

  centreOn(x, y, smooth) {
    const target = {
      scale: this.pan.scale,
      x: this.viewportSize().w / 2 - x * this.pan.scale,
      y: this.viewportSize().h / 2 - y * this.pan.scale,
    };
    cancelAnimationFrame(this.animation);
    if (!smooth) {
      this.pan = target;
      this.applyPan();
      return;
    }
    const from = { ...this.pan };
    const started = performance.now();
    const frame = (now) => {
      const f = Math.min(1, (now - started) / 250);
      const e = f * (2 - f);
      this.pan = { scale: target.scale, x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e };
      this.applyPan();
      if (f < 1) {
        this.animation = requestAnimationFrame(frame);
      }
    };
    this.animation = requestAnimationFrame(frame);
  }

  applyPan() {
    if (!this.sceneGroup) {
      return;
    }
    const { scale, x, y } = this.pan;
    this.sceneGroup.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(4)})`);
    this.svgRoot.classList.toggle('graph--overview', scale < READABLE - 1e-6);
    this.drawMinimap();
  }
}
