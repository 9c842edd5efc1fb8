// Draws a computation graph as SVG (value boxes, small operation circles, arrows with labels) and as a table.

import { exactNumber, formatNumber } from './format.js';
import { opSymbol } from './graph-model.js';
import { layoutGraph } from './graph-layout.js';
import { t } from './messages.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Above this many nodes the drawing pans and zooms. */
export const PAN_LIMIT = 60;
/** Above this many nodes a drawing is unreadable: the table replaces it. */
export const DRAW_LIMIT = 300;

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

/** A smooth path through points, leaving and entering each box horizontally. */
function curve(points) {
  let d = `M${points[0][0]},${points[0][1]}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const dx = (x1 - x0) / 2;
    d += ` C${x0 + dx},${y0} ${x1 - dx},${y1} ${x1},${y1}`;
  }
  return d;
}

/** The point at fraction f of the cubic between two points drawn by curve(). */
function pointOn([x0, y0], [x1, y1], f) {
  const u = 1 - f;
  const x = u * u * u * x0 + 3 * u * u * f * (x0 + (x1 - x0) / 2) + 3 * u * f * f * (x1 - (x1 - x0) / 2) + f * f * f * x1;
  const y = u * u * u * y0 + 3 * u * u * f * y0 + 3 * u * f * f * y1 + f * f * f * y1;
  return [x, y];
}

export function valueLines(node) {
  return [node.name, `${t('node.value')} ${formatNumber(node.value)}`, `${t('node.grad')} ${formatNumber(node.grad)}`];
}

/** The graph's drawing and its table, kept in step with a Stepper's state. */
export class GraphView {
  constructor(root) {
    this.root = root;
    this.id = `graph-${++uid}`;
    this.notice = document.createElement('p');
    this.notice.className = 'graph-notice';
    this.notice.hidden = true;
    this.viewport = document.createElement('div');
    this.viewport.className = 'graph-viewport';
    this.zoomBar = document.createElement('div');
    this.zoomBar.className = 'graph-zoom';
    this.zoomBar.hidden = true;
    for (const [key, factor] of [['graph.zoomOut', 1 / 1.25], ['graph.zoomIn', 1.25], ['graph.zoomReset', 0]]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--small';
      button.textContent = t(String(key));
      button.addEventListener('click', () => (factor ? this.zoom(factor) : this.fit()));
      this.zoomBar.append(button);
    }
    this.detail = document.createElement('p');
    this.detail.className = 'graph-detail';
    this.tableWrap = document.createElement('div');
    this.tableWrap.className = 'table-scroll graph-table';
    this.tableWrap.hidden = true;
    root.append(this.notice, this.zoomBar, this.viewport, this.detail, this.tableWrap);
    this.pan = { scale: 1, x: 0, y: 0 };
    this.installPanZoom();
    if (window.ResizeObserver) {
      new ResizeObserver(() => this.resize()).observe(this.viewport);
    }
  }

  /** Draws graph; the state then only changes classes and texts. */
  render(graph) {
    this.graph = graph;
    const count = graph.nodes.length;
    this.tooLarge = count > DRAW_LIMIT;
    this.large = count > PAN_LIMIT && !this.tooLarge;
    this.viewport.replaceChildren();
    this.viewport.classList.toggle('graph-viewport--pan', this.large);
    this.zoomBar.hidden = !this.large;
    this.notice.hidden = !(this.large || this.tooLarge);
    this.notice.textContent = this.tooLarge ? t('graph.tooLarge', { count, limit: DRAW_LIMIT }) : t('graph.panHint');
    this.viewport.hidden = this.tooLarge;
    this.detail.textContent = '';
    this.renderTable(graph);
    if (this.tooLarge) {
      this.tableWrap.hidden = false;
      return;
    }
    const layout = layoutGraph(graph, valueLines);
    this.layout = layout;
    const root = svg('svg', {
      class: 'graph',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': t('graph.label', { out: graph.nodes[graph.output.id]?.name ?? '', count }),
    });
    if (!this.large) {
      this.resize(root);
    }
    const defs = svg('defs', {}, root);
    for (const kind of ['', '-forward', '-backward']) {
      const marker = svg('marker', {
        id: `${this.id}-arrow${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse',
      }, defs);
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `graph-arrow${kind}` }, marker);
    }
    this.scene = svg('g', {}, root);
    const edgeLayer = svg('g', { class: 'graph-edges' }, this.scene);
    const nodeLayer = svg('g', { class: 'graph-nodes' }, this.scene);
    const labelLayer = svg('g', { class: 'graph-labels' }, this.scene);
    this.edgeElements = new Map();
    this.linkElements = [];
    const labelsInto = {};
    for (const route of layout.routes) {
      const path = svg('path', { d: curve(route.points), class: 'gedge', 'marker-end': `url(#${this.id}-arrow)` }, edgeLayer);
      if (!route.edge) {
        this.linkElements.push({ path, node: route.to.node });
        continue;
      }
      const n = route.points.length;
      // past the middle, where edges fanning out of one value have drawn apart
      const [lx, ly] = pointOn(route.points[n - 2], route.points[n - 1], 0.6);
      const label = svg('g', { class: 'gedge__label' }, labelLayer);
      (labelsInto[route.edge.to] ??= []).push({ label, x: lx, y: ly });
      const box = svg('rect', { x: -40, y: -15, width: 80, height: 30, rx: 4 }, label);
      const local = text(label, 0, -3, '', 'gedge__local');
      const flow = text(label, 0, 10, '', 'gedge__flow');
      this.edgeElements.set(route.edge, { path, label, local, flow, box });
    }
    // labels must not cover each other: where two would, push them apart vertically, a few rounds
    const labels = Object.values(labelsInto).flat();
    for (let round = 0; round < 24; round++) {
      let moved = false;
      labels.sort((a, b) => a.y - b.y);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length && labels[j].y - labels[i].y < 32; j++) {
          if (Math.abs(labels[j].x - labels[i].x) < 82) {
            const push = (32 - (labels[j].y - labels[i].y)) / 2 + 0.5;
            labels[i].y -= push;
            labels[j].y += push;
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    labels.forEach((l) => l.label.setAttribute('transform', `translate(${l.x},${l.y})`));
    this.nodeElements = [];
    for (const box of layout.boxes) {
      const node = graph.nodes[box.node];
      if (box.kind === 'op') {
        const g = svg('g', { class: 'gnode gnode--op', transform: `translate(${box.x},${box.y})` }, nodeLayer);
        svg('circle', { r: box.w / 2 }, g);
        text(g, 0, 4, opSymbol(node.op), node.op.length > 2 ? 'gnode__op gnode__op--word' : 'gnode__op');
        svg('title', {}, g).textContent = node.op;
        (this.nodeElements[node.id] ??= {}).op = g;
        continue;
      }
      const g = svg('g', {
        class: `gnode gnode--value gnode--${node.op === 'input' ? 'input' : node.op === 'const' ? 'const' : 'result'}`,
        transform: `translate(${box.x - box.w / 2},${box.y - box.h / 2})`,
        'data-node': node.id,
      }, nodeLayer);
      if (!this.large) {
        g.setAttribute('tabindex', '0');
      }
      svg('rect', { width: box.w, height: box.h, rx: 6 }, g);
      svg('line', { x1: 0, x2: box.w, y1: 21, y2: 21 }, g);
      const name = text(g, 10, 15, node.name, 'gnode__name');
      const value = text(g, 10, 37, '', 'gnode__value');
      const grad = text(g, 10, 51, '', 'gnode__grad');
      const title = svg('title', {}, g);
      const badge = text(g, box.w / 2, -6, '', 'gnode__badge');
      const entry = (this.nodeElements[node.id] ??= {});
      Object.assign(entry, { g, name, value, grad, title, badge });
      g.addEventListener('focus', () => this.showDetail(node));
      g.addEventListener('mouseenter', () => this.showDetail(node));
    }
    this.viewport.append(root);
    this.svgRoot = root;
    if (this.large) {
      requestAnimationFrame(() => this.fit());
    }
  }

  /**
   * A small graph is drawn at its natural size, or shrunk to fit the width when that keeps the text readable
   * (at least 75 %); otherwise the viewport scrolls sideways.
   */
  resize(root = this.svgRoot) {
    if (!root || this.large || !this.layout) {
      return;
    }
    const available = this.viewport.clientWidth - 2;
    const scale = available > 0 && this.layout.width > available && available / this.layout.width >= 0.75
      ? available / this.layout.width : 1;
    root.setAttribute('width', Math.floor(this.layout.width * scale));
    root.setAttribute('height', Math.ceil(this.layout.height * scale));
  }

  showDetail(node) {
    const state = this.state;
    const value = state && state.valuesShown.has(node.id) ? exactNumber(node.value) : t('node.unknown');
    const grad = state && state.gradsShown.has(node.id) ? exactNumber(node.grad) : t('node.unknown');
    this.detail.textContent = `${node.fullName}: ${t('node.value')} ${value}, ${t('node.grad')} ${grad}`;
  }

  renderTable(graph) {
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
      return { row, value, grad };
    });
    this.tableWrap.replaceChildren(table);
  }

  get tableShown() {
    return !this.tableWrap.hidden;
  }

  showTable(shown) {
    this.tableWrap.hidden = !shown && !this.tooLarge;
  }

  /** Shows what a Stepper state reveals. */
  update(state) {
    this.state = state;
    const graph = this.graph;
    for (const node of graph.nodes) {
      const valueShown = state.valuesShown.has(node.id);
      const gradShown = state.gradsShown.has(node.id);
      const value = valueShown ? formatNumber(node.value) : t('node.unknown');
      const grad = !node.requiresGrad ? t('node.noGrad') : gradShown ? formatNumber(node.grad) : t('node.unknown');
      const row = this.rows[node.id];
      row.value.textContent = value;
      row.grad.textContent = grad;
      row.value.title = valueShown ? exactNumber(node.value) : '';
      row.grad.title = gradShown ? exactNumber(node.grad) : '';
      row.row.classList.toggle('is-current', state.current === node.id);
      const el = this.nodeElements?.[node.id];
      if (!el || this.tooLarge) {
        continue;
      }
      el.value.textContent = `${t('node.value')} ${value}`;
      el.grad.textContent = !node.requiresGrad ? grad : `${t('node.grad')} ${grad}`;
      const exact = `${node.fullName}: ${t('node.value')} ${valueShown ? exactNumber(node.value) : t('node.unknown')}, ${t('node.grad')} ${gradShown ? exactNumber(node.grad) : t('node.unknown')}`;
      el.title.textContent = exact;
      el.g.setAttribute('aria-label', exact);
      el.g.classList.toggle('is-known', valueShown);
      el.g.classList.toggle('has-grad', gradShown);
      el.g.classList.toggle('is-nonfinite', valueShown && (node.value === null || !Number.isFinite(node.value)));
      const current = state.current === node.id;
      el.g.classList.toggle('is-current', current);
      el.g.classList.toggle('is-forward', current && state.phase === 'forward');
      el.g.classList.toggle('is-backward', current && state.phase === 'backward');
      el.badge.textContent = current ? (state.phase === 'forward' ? `▶ ${t('state.forward')}` : `◀ ${t('state.backward')}`) : '';
      el.op?.classList.toggle('is-known', valueShown);
      el.op?.classList.toggle('is-current', current && state.phase === 'forward');
    }
    if (this.tooLarge) {
      return;
    }
    const active = new Set(state.activeEdges);
    for (const [edge, el] of this.edgeElements) {
      const isActive = active.has(edge);
      const backward = isActive && state.phase === 'backward';
      el.path.classList.toggle('is-forward', isActive && state.phase === 'forward');
      el.path.classList.toggle('is-backward', backward);
      el.path.setAttribute('marker-end', `url(#${this.id}-arrow${isActive ? `-${state.phase}` : ''})`);
      // an edge's numbers appear when the backward pass reaches its input end; out of a constant nothing flows
      const flowed = state.flowsShown.has(edge) && !edge.constant;
      el.label.classList.toggle('is-shown', flowed);
      el.label.classList.toggle('is-backward', backward);
      el.local.textContent = flowed ? t('edge.local', { value: formatNumber(edge.local) }) : '';
      el.flow.textContent = flowed ? t('edge.flow', { value: formatNumber(edge.flow) }) : '';
      const width = Math.max(el.local.textContent.length, el.flow.textContent.length) * 6.4 + 12;
      el.box.setAttribute('x', -width / 2);
      el.box.setAttribute('width', width);
    }
    for (const link of this.linkElements) {
      const forward = state.phase === 'forward' && state.current === link.node;
      link.path.classList.toggle('is-forward', forward);
      link.path.setAttribute('marker-end', `url(#${this.id}-arrow${forward ? '-forward' : ''})`);
    }
  }

  // Pan and zoom, for large graphs only: drag, wheel, and the buttons for keyboard users.
  installPanZoom() {
    let drag = null;
    this.viewport.addEventListener('pointerdown', (event) => {
      if (!this.large) {
        return;
      }
      drag = { x: event.clientX, y: event.clientY, pan: { ...this.pan } };
      this.viewport.setPointerCapture(event.pointerId);
    });
    this.viewport.addEventListener('pointermove', (event) => {
      if (drag) {
        this.pan.x = drag.pan.x + (event.clientX - drag.x);
        this.pan.y = drag.pan.y + (event.clientY - drag.y);
        this.applyPan();
      }
    });
    const end = () => { drag = null; };
    this.viewport.addEventListener('pointerup', end);
    this.viewport.addEventListener('pointercancel', end);
    this.viewport.addEventListener('wheel', (event) => {
      if (!this.large) {
        return;
      }
      event.preventDefault();
      const rect = this.viewport.getBoundingClientRect();
      this.zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - rect.left, event.clientY - rect.top);
    }, { passive: false });
  }

  zoom(factor, cx = this.viewport.clientWidth / 2, cy = this.viewport.clientHeight / 2) {
    const scale = Math.min(4, Math.max(0.1, this.pan.scale * factor));
    const real = scale / this.pan.scale;
    this.pan.x = cx - (cx - this.pan.x) * real;
    this.pan.y = cy - (cy - this.pan.y) * real;
    this.pan.scale = scale;
    this.applyPan();
  }

  fit() {
    if (!this.layout || !this.large) {
      return;
    }
    const width = this.viewport.clientWidth || 800;
    const height = this.viewport.clientHeight || 500;
    this.svgRoot.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const scale = Math.min(width / this.layout.width, height / this.layout.height, 1);
    this.pan = { scale, x: (width - this.layout.width * scale) / 2, y: (height - this.layout.height * scale) / 2 };
    this.applyPan();
  }

  applyPan() {
    this.scene?.setAttribute('transform', `translate(${this.pan.x},${this.pan.y}) scale(${this.pan.scale})`);
  }
}
