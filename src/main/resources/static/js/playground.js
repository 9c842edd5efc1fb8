// The Neural Network Playground page: settings, Play/Pause/Step/Reset against POST /api/playground/train, the
// output heatmap with the points, each neuron's heatmap, the links, the loss curves, the tables, and the panel
// that opens a weight's backpropagation in the Backprop Lab.

import { exactNumber, formatNumber } from './format.js';
import { t } from './messages.js';
import { biasName, heatColour, labProgram, labUrl, lossLabel, parseCsv, retryDelay, weightName } from './playground-model.js';

const app = /** @type {HTMLElement} */ (document.querySelector('[data-playground]'));
const $ = (selector) => app.querySelector(selector);
const SVG = 'http://www.w3.org/2000/svg';
const GRID = 32;
const MAX_LAYERS = 6;
const MAX_NEURONS = 16;
// The lab reads its program from the address; the server accepts up to 64KB of request line and headers.
const MAX_LAB_URL = 60000;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

const controls = {
  dataset: $('[data-dataset]'),
  noise: $('[data-noise]'),
  points: $('[data-points]'),
  testFraction: $('[data-test-fraction]'),
  activation: $('[data-activation]'),
  loss: $('[data-loss]'),
  regularization: $('[data-regularization]'),
  regularizationRate: $('[data-regularization-rate]'),
  optimizer: $('[data-optimizer]'),
  learningRate: $('[data-learning-rate]'),
  batch: $('[data-batch]'),
};
const playButton = $('[data-play]');
const statusLine = $('[data-status]');
const errorLine = $('[data-error]');
const epochOutput = $('[data-epoch]');
const heatmap = $('[data-heatmap]');
const networkSvg = $('[data-network]');
const chart = $('[data-chart]');
const gradientToggle = $('[data-gradient-toggle]');
const tablePanel = /** @type {HTMLDetailsElement} */ ($('[data-tables]'));
const detail = $('[data-detail]');

const model = {
  hidden: [4, 2],
  datasetSeed: 1,
  seed: 1,
  custom: null, // the learner's points as [x1, x2, class or value], when the dataset is "custom"
  state: null, // the state the last answer returned
  answer: null, // the last answer
  gradients: null, // the full-batch gradients at the state before the last answer's steps
  history: [], // {step, epoch, trainLoss, testLoss, trainAccuracy, testAccuracy}
  playing: false,
  inFlight: null, // the request being served
  generation: 0, // bumped by every reset, so that a late answer to an old setting is dropped
  selected: null, // {layer, neuron, input} (input -1 for the bias, undefined for a neuron)
  updates: 0,
  notice: null, // a sentence to show with the next answer instead of the usual status
  point: 1, // the training point (from 1) whose backpropagation the panel links to
  backoff: 0, // the last wait after a 429, in milliseconds; 0 once an answer came
};

function classification() {
  const kind = controls.dataset.value;
  return kind !== 'plane' && kind !== 'multi-gaussian' && !(kind === 'custom' && controls.loss.value === 'mse'
    && model.custom?.some((p) => p[2] !== 1 && p[2] !== -1));
}

function features() {
  return [...app.querySelectorAll('[data-features] input:checked')].map((box) => /** @type {HTMLInputElement} */ (box).value);
}

function number(input, fallback) {
  const value = Number(input.value);
  return Number.isFinite(value) ? value : fallback;
}

function datasetSpec() {
  const spec = {
    kind: controls.dataset.value,
    points: Math.round(number(controls.points, 200)),
    noise: number(controls.noise, 0),
    seed: model.datasetSeed,
    testFraction: number(controls.testFraction, 0.5),
  };
  if (spec.kind === 'custom') {
    const loss = controls.loss.value;
    spec.data = (model.custom ?? []).map(([x1, x2, label]) => [x1, x2, loss === 'mse' ? label : lossLabel(loss, label)]);
  }
  return spec;
}

function requestBody(steps, extra = {}) {
  return {
    dataset: datasetSpec(),
    features: features(),
    network: { hidden: model.hidden, activation: controls.activation.value },
    loss: controls.loss.value,
    regularization: { kind: controls.regularization.value, rate: number(controls.regularizationRate, 0) },
    optimizer: { kind: controls.optimizer.value, learningRate: number(controls.learningRate, 0.03) },
    batchSize: Math.max(0, Math.round(number(controls.batch, 0))),
    steps,
    seed: model.seed,
    state: model.state,
    grid: GRID,
    neuronGrids: true,
    gradients: true,
    ...extra,
  };
}

/**
 * @param {import('./types/api').components['schemas']['TrainRequest']} body
 * @returns {Promise<import('./types/api').components['schemas']['TrainResponse']>}
 */
async function train(body) {
  const response = await fetch('/api/playground/train', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = /** @type {Error & {status?: number, retryAfter?: number}} */ (new Error(json.detail || response.statusText));
    error.status = response.status;
    error.retryAfter = Number(response.headers.get('Retry-After'));
    throw error;
  }
  return json;
}

/** Steps in one update: one epoch of mini-batches, at most 50. */
function stepsPerUpdate() {
  const train = model.answer?.dataset.train.length ?? 100;
  const batch = Math.round(number(controls.batch, 0));
  return batch <= 0 ? 1 : Math.max(1, Math.min(50, Math.ceil(train / batch)));
}

function showError(message) {
  errorLine.textContent = message;
  errorLine.hidden = !message;
}

// One request in flight at a time: the next one is sent as soon as an answer comes, and the answer is drawn while
// the server computes the next.
async function update(steps) {
  if (model.inFlight) {
    return model.inFlight;
  }
  const generation = model.generation;
  const run = (async () => {
    try {
      const answer = await train(requestBody(steps));
      if (generation !== model.generation) {
        return;
      }
      model.state = answer.state;
      model.gradients = answer.gradients;
      if (model.backoff) {
        model.backoff = 0;
        if (model.playing) {
          statusLine.textContent = t('playground.status.playing');
        }
      }
      showError('');
      model.inFlight = null;
      if (model.playing) {
        update(stepsPerUpdate());
      }
      accept(answer, steps > 0);
    } catch (error) {
      if (generation !== model.generation) {
        return;
      }
      model.inFlight = null;
      if (error.status === 429 && model.playing) {
        // polite: wait as long as the server asks, longer each time it asks again, and say so
        model.backoff = retryDelay(error.retryAfter, model.backoff);
        statusLine.textContent = t('playground.status.busy', { seconds: Math.round(model.backoff / 100) / 10 });
        app.dataset.backoff = String(model.backoff);
        setTimeout(() => model.playing && generation === model.generation && update(stepsPerUpdate()), model.backoff);
        return;
      }
      pause();
      showError(error.message);
    } finally {
      if (generation === model.generation && model.inFlight === run) {
        model.inFlight = null;
      }
    }
  })();
  model.inFlight = run;
  return run;
}

function epochOf(answer) {
  const train = answer.dataset.train.length;
  const batch = Math.round(number(controls.batch, 0));
  const size = batch <= 0 ? train : Math.min(batch, train);
  return Math.floor((answer.step * size) / Math.max(1, train));
}

function mean(values) {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

function accept(answer, stepped) {
  model.answer = answer;
  model.updates++;
  app.dataset.updates = String(model.updates);
  app.dataset.stepsTaken = String(answer.step);
  app.dataset.points = String(answer.dataset.train.length + answer.dataset.test.length);
  const entry = {
    step: answer.step,
    epoch: epochOf(answer),
    trainLoss: stepped ? mean(answer.trainLoss) : NaN,
    testLoss: answer.testLoss ?? NaN,
    trainAccuracy: answer.trainAccuracy ?? NaN,
    testAccuracy: answer.testAccuracy ?? NaN,
  };
  if (stepped) {
    model.history.push(entry);
    if (model.history.length > 2000) {
      model.history.splice(0, model.history.length - 2000);
    }
  }
  epochOutput.textContent = String(entry.epoch);
  $('[data-train-loss]').textContent = stepped ? formatNumber(entry.trainLoss) : '–';
  $('[data-test-loss]').textContent = Number.isFinite(entry.testLoss) ? formatNumber(entry.testLoss) : '–';
  $('[data-train-accuracy]').textContent = percent(answer.trainAccuracy);
  $('[data-test-accuracy]').textContent = percent(answer.testAccuracy);
  const accuracyBox = $('[data-train-accuracy]');
  accuracyBox.dataset.value = String(answer.trainAccuracy ?? '');
  $('[data-train-loss]').dataset.value = String(stepped ? entry.trainLoss : '');
  if (model.notice) {
    statusLine.textContent = model.notice;
    model.notice = null;
  } else if (!model.playing) {
    statusLine.textContent = model.history.length
      ? t('playground.status.paused', { epoch: entry.epoch })
      : t('playground.status.ready', { points: answer.dataset.train.length, test: answer.dataset.test.length });
  }
  requestAnimationFrame(() => draw());
}

function percent(value) {
  return value === undefined || value === null ? '–' : t('playground.accuracy', { value: (value * 100).toFixed(1) });
}

// Drawing

function draw() {
  const answer = model.answer;
  if (!answer) {
    return;
  }
  drawHeatmap(answer);
  drawNetwork(answer);
  drawChart();
  drawTables(answer);
  if (model.selected && !detail.hidden && !model.playing) {
    showDetail(model.selected, false);
  }
}

/**
 * Paints a grid of values into a canvas of the grid's size, one pixel a cell, reusing the canvas's context; CSS or
 * drawImage scales it up.
 * @param {HTMLCanvasElement} canvas
 */
function paintGrid(canvas, values, size, scale) {
  if (canvas.width !== size || canvas.height !== size) {
    canvas.width = size;
    canvas.height = size;
  }
  const context = canvas.getContext('2d');
  if (!context) {
    return;
  }
  const image = context.createImageData(size, size);
  const data = image.data;
  const isDark = dark.matches;
  for (let cell = 0; cell < values.length; cell++) {
    const [r, g, b] = heatColour(scale(values[cell]), isDark);
    const at = cell * 4;
    data[at] = r;
    data[at + 1] = g;
    data[at + 2] = b;
    data[at + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** The output's grid at one pixel a cell, kept between updates. */
const outputGrid = document.createElement('canvas');

function outputScale() {
  return controls.loss.value === 'cross-entropy' ? (p) => 2 * p - 1 : (v) => v;
}

function toPixel(value, extent, size) {
  return ((value + extent) / (2 * extent)) * size;
}

function drawHeatmap(answer) {
  const context = heatmap.getContext('2d');
  const size = heatmap.width;
  const grid = answer.grid;
  context.imageSmoothingEnabled = true;
  paintGrid(outputGrid, grid.output, grid.size, outputScale());
  context.drawImage(outputGrid, 0, 0, size, size);
  const extent = grid.extent;
  const isDark = dark.matches;
  const drawPoints = (points, test) => {
    for (const [x1, x2, label] of points) {
      const x = toPixel(x1, extent, size);
      const y = size - toPixel(x2, extent, size);
      const positive = answer.dataset.classification ? label > (controls.loss.value === 'cross-entropy' ? 0.5 : 0) : label > 0;
      const value = answer.dataset.classification ? (positive ? 1 : -1) : Math.max(-1, Math.min(1, label));
      const [r, g, b] = heatColour(value, !isDark ? false : true).map((c) => Math.round(c * 0.8));
      context.beginPath();
      context.arc(x, y, test ? 5 : 4, 0, 2 * Math.PI);
      context.fillStyle = `rgb(${r} ${g} ${b})`;
      context.strokeStyle = isDark ? '#ffffff' : '#1d2430';
      context.lineWidth = test ? 2 : 1;
      if (!test) {
        context.fill();
      }
      context.stroke();
    }
  };
  drawPoints(answer.dataset.train, false);
  drawPoints(answer.dataset.test, true);
}

function element(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  parent?.append(node);
  return node;
}

function nodeLabel(layer, j) {
  const layers = model.answer.state.layers;
  if (layer < 0) {
    return t('playground.input', { name: features()[j] });
  }
  return layer === layers.length - 1 ? t('playground.output') : t('playground.neuron', { layer: layer + 1, j: j + 1 });
}

/**
 * The network's drawing, built once per shape (features and layer sizes) and then only updated: each answer changes
 * the links' widths, colours and titles and repaints the neurons' heatmaps in their canvases, without building
 * elements or encoding images.
 * @type {{key: string, links: {l: number, j: number, i: number, line: SVGElement, title: SVGElement, sig: string}[],
 *   neurons: {l: number, j: number, canvas: HTMLCanvasElement}[]} | null}
 */
let networkView = null;

function buildNetwork(layers, names) {
  const columns = [names.length, ...layers.map((l) => l.bias.length)];
  const box = 34;
  const gapX = 96;
  const gapY = 12;
  const tallest = Math.max(...columns);
  const width = (columns.length - 1) * gapX + box + 70;
  const height = tallest * (box + gapY) + gapY;
  networkSvg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  networkSvg.setAttribute('width', String(width));
  networkSvg.setAttribute('height', String(height));
  networkSvg.setAttribute('aria-label', t('playground.view.network'));
  networkSvg.replaceChildren();
  const position = (c, j) => {
    const top = (height - columns[c] * (box + gapY) + gapY) / 2;
    return { x: 60 + c * gapX, y: top + j * (box + gapY) };
  };
  const links = [];
  const linkLayer = element('g', { class: 'pg-links' }, networkSvg);
  layers.forEach((layer, l) => {
    layer.weight.forEach((row, j) => {
      row.forEach((_, i) => {
        const from = position(l, i);
        const to = position(l + 1, j);
        const path = `M${from.x + box} ${from.y + box / 2} C${from.x + box + gapX / 3} ${from.y + box / 2} ${to.x - gapX / 3} ${to.y + box / 2} ${to.x} ${to.y + box / 2}`;
        const link = element('g', { class: 'pg-link', 'data-weight': `${l}-${j}-${i}` }, linkLayer);
        element('path', { d: path, class: 'pg-link__hit' }, link);
        const line = element('path', { d: path, class: 'pg-link__line' }, link);
        const title = element('title', {}, link);
        link.addEventListener('click', () => select({ layer: l, neuron: j, input: i }));
        links.push({ l, j, i, line, title, sig: '' });
      });
    });
  });
  names.forEach((name, j) => {
    const { x, y } = position(0, j);
    const text = element('text', { x: x - 6, y: y + box / 2 + 4, class: 'pg-node__label', 'text-anchor': 'end' }, networkSvg);
    text.textContent = name;
    element('rect', { x, y, width: box, height: box, class: 'pg-node pg-node--input', rx: 4 }, networkSvg);
  });
  const neurons = [];
  layers.forEach((layer, l) => {
    layer.bias.forEach((_, j) => {
      const { x, y } = position(l + 1, j);
      const group = element('g', {
        class: 'pg-neuron', tabindex: 0, role: 'button', 'data-neuron': `${l}-${j}`,
        'aria-label': nodeLabel(l, j),
      }, networkSvg);
      // a canvas inside the drawing: repainting it is cheap, where an <image> would need an encoded picture
      const holder = element('foreignObject', { x, y, width: box, height: box, 'aria-hidden': 'true' }, group);
      const canvas = document.createElement('canvas');
      canvas.className = 'pg-neuron__map';
      holder.append(canvas);
      element('rect', { x, y, width: box, height: box, class: 'pg-node', rx: 4 }, group);
      const activate = () => select({ layer: l, neuron: j });
      group.addEventListener('click', activate);
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate();
        }
      });
      neurons.push({ l, j, canvas });
    });
  });
  return { links, neurons };
}

function drawNetwork(answer) {
  const layers = answer.state.layers;
  const names = features();
  const key = `${names.join(',')}|${layers.map((l) => l.weight[0]?.length ?? 0).join(',')}|${layers.map((l) => l.bias.length).join(',')}`;
  if (networkView?.key !== key || !networkSvg.firstChild) {
    networkView = { key, ...buildNetwork(layers, names) };
  }
  const useGradient = gradientToggle.checked && model.gradients;
  const source = useGradient ? model.gradients : layers;
  let largest = 1e-12;
  source.forEach((layer) => layer.weight.forEach((row) => row.forEach((w) => { largest = Math.max(largest, Math.abs(w)); })));
  for (const link of networkView.links) {
    const { l, j, i } = link;
    const w = layers[l].weight[j][i];
    const value = source[l].weight[j][i];
    const strength = useGradient ? Math.abs(value) / largest : Math.min(1, Math.abs(value) / 2);
    const sign = value >= 0 ? 'pg-link--positive' : 'pg-link--negative';
    const widthText = (0.5 + 5 * strength).toFixed(2);
    const opacity = (0.35 + 0.65 * strength).toFixed(2);
    const sig = `${sign}${widthText}${opacity}`;
    if (sig !== link.sig) {
      link.sig = sig;
      link.line.setAttribute('class', `pg-link__line ${sign}`);
      link.line.setAttribute('stroke-width', widthText);
      link.line.setAttribute('stroke-opacity', opacity);
    }
    const title = `${t('playground.weightName', { name: weightName(l, j, i), from: nodeLabel(l - 1, i), to: nodeLabel(l, j) })}: ${formatNumber(w)}`;
    if (title !== link.title.textContent) {
      link.title.textContent = title;
    }
  }
  const neuronGrids = answer.grid.neurons ?? [];
  for (const { l, j, canvas } of networkView.neurons) {
    const values = l < neuronGrids.length ? neuronGrids[l][j] : answer.grid.output;
    const scale = l < neuronGrids.length ? (controls.activation.value === 'sigmoid' ? (v) => 2 * v - 1 : (v) => v) : outputScale();
    paintGrid(canvas, values, answer.grid.size, scale);
  }
}

function drawChart() {
  chart.replaceChildren();
  const history = model.history;
  if (history.length < 2) {
    return;
  }
  const values = history.flatMap((h) => [h.trainLoss, h.testLoss]).filter(Number.isFinite);
  const top = Math.max(...values, 1e-9);
  const x = (k) => 30 + (k / (history.length - 1)) * 360;
  const y = (v) => 150 - (Math.min(v, top) / top) * 140;
  element('line', { x1: 30, y1: 150, x2: 390, y2: 150, class: 'pg-chart__axis' }, chart);
  element('line', { x1: 30, y1: 10, x2: 30, y2: 150, class: 'pg-chart__axis' }, chart);
  const label = element('text', { x: 26, y: 16, class: 'pg-chart__label', 'text-anchor': 'end' }, chart);
  label.textContent = formatNumber(top, 2);
  for (const [key, cls] of [['trainLoss', 'pg-chart__train'], ['testLoss', 'pg-chart__test']]) {
    const points = history.map((h, k) => (Number.isFinite(h[key]) ? `${x(k).toFixed(1)},${y(h[key]).toFixed(1)}` : null)).filter(Boolean);
    if (points.length > 1) {
      element('polyline', { points: points.join(' '), class: cls }, chart);
    }
  }
}

function drawTables(answer) {
  const progress = $('[data-progress-table]');
  progress.replaceChildren();
  for (const h of model.history.slice(-20)) {
    const row = progress.insertRow();
    for (const value of [String(h.epoch), String(h.step), formatNumber(h.trainLoss), formatNumber(h.testLoss),
      percent(Number.isFinite(h.trainAccuracy) ? h.trainAccuracy : undefined),
      percent(Number.isFinite(h.testAccuracy) ? h.testAccuracy : undefined)]) {
      row.insertCell().textContent = value;
    }
  }
  // the weights' table is long; it is written when its panel is open, and again when it opens
  if (!tablePanel.open) {
    return;
  }
  const weights = $('[data-weights-table]');
  weights.replaceChildren();
  answer.state.layers.forEach((layer, l) => {
    layer.weight.forEach((row, j) => {
      const cells = row.map((w, i) => [weightName(l, j, i), w, model.gradients?.[l].weight[j][i]]);
      cells.push([biasName(l, j), layer.bias[j], model.gradients?.[l].bias[j]]);
      for (const [name, value, grad] of cells) {
        const tr = weights.insertRow();
        tr.insertCell().textContent = name;
        tr.insertCell().textContent = formatNumber(value);
        tr.insertCell().textContent = grad === undefined ? '–' : formatNumber(grad);
      }
    });
  });
}

// The panel behind a weight or a neuron

function select(selection) {
  model.selected = selection;
  showDetail(selection, true);
}

async function showDetail(selection, focus) {
  const answer = model.answer;
  const layers = answer.state.layers;
  const { layer: l, neuron: j, input: i } = selection;
  if (l >= layers.length || j >= layers[l].bias.length || (i !== undefined && i >= layers[l].weight[j].length)) {
    detail.hidden = true;
    model.selected = null;
    return;
  }
  const heading = $('[data-detail-heading]');
  const body = $('[data-detail-body]');
  body.replaceChildren();
  detail.hidden = false;
  const paragraph = (text, attributes = {}) => {
    const p = document.createElement('p');
    p.textContent = text;
    Object.entries(attributes).forEach(([k, v]) => p.setAttribute(k, v));
    body.append(p);
    return p;
  };
  if (i === undefined) {
    heading.textContent = nodeLabel(l, j);
    paragraph(t('playground.detail.incoming'));
    const list = document.createElement('ul');
    list.className = 'pg-detail__list';
    [...layers[l].weight[j].map((w, k) => k), -1].forEach((k) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--small';
      const value = k < 0 ? layers[l].bias[j] : layers[l].weight[j][k];
      button.textContent = `${k < 0 ? biasName(l, j) : weightName(l, j, k)} = ${formatNumber(value)}`;
      button.addEventListener('click', () => select({ layer: l, neuron: j, input: k }));
      item.append(button);
      list.append(item);
    });
    body.append(list);
  } else {
    const bias = i < 0;
    const name = bias ? biasName(l, j) : weightName(l, j, i);
    heading.textContent = bias ? t('playground.biasName', { name, to: nodeLabel(l, j) })
      : t('playground.weightName', { name, from: nodeLabel(l - 1, i), to: nodeLabel(l, j) });
    const value = bias ? layers[l].bias[j] : layers[l].weight[j][i];
    const gradient = await fullGradient(l, j, i);
    paragraph(t('playground.detail.value', { value: formatNumber(value) }), { title: exactNumber(value) });
    paragraph(t('playground.detail.gradient', { value: formatNumber(gradient) }), { title: exactNumber(gradient), 'data-full-gradient': String(gradient) });
    await pointPanel(body, name, l, j, i);
  }
  if (focus) {
    detail.focus();
  }
}

/** The full-batch gradient at the weights shown: the last answer's, or a fresh one when the steps moved on. */
async function fullGradient(l, j, i) {
  const answer = await train(requestBody(0, { grid: 0, neuronGrids: false }));
  const layer = answer.gradients[l];
  return i < 0 ? layer.bias[j] : layer.weight[j][i];
}

async function pointPanel(body, name, l, j, i) {
  const trainPoints = model.answer.dataset.train;
  const label = document.createElement('label');
  label.className = 'lab-field';
  const span = document.createElement('span');
  span.textContent = t('playground.detail.point');
  const input = document.createElement('input');
  input.type = 'number';
  input.min = '1';
  input.max = String(trainPoints.length);
  input.value = String(Math.min(model.point, trainPoints.length));
  input.dataset.point = '';
  label.append(span, input);
  body.append(label);
  const where = document.createElement('p');
  const result = document.createElement('p');
  result.dataset.pointGradient = '';
  const link = document.createElement('a');
  link.dataset.labLink = '';
  link.textContent = t('playground.detail.lab');
  const help = document.createElement('p');
  help.className = 'muted pg-help';
  help.textContent = t('playground.detail.labHelp', { name });
  body.append(where, result, link, help);
  const refresh = async () => {
    const n = Math.max(1, Math.min(trainPoints.length, Math.round(Number(input.value) || 1)));
    model.point = n;
    const point = trainPoints[n - 1];
    where.textContent = t('playground.detail.pointValue', { x1: formatNumber(point[0]), x2: formatNumber(point[1]), label: formatNumber(point[2]) });
    const single = requestBody(0, {
      dataset: { kind: 'custom', testFraction: 0, data: [point] },
      grid: 0,
      neuronGrids: false,
    });
    single.dataset.data = [point];
    const answer = await train(single);
    const layer = answer.gradients[l];
    const gradient = i < 0 ? layer.bias[j] : layer.weight[j][i];
    result.textContent = t('playground.detail.pointGradient', { value: formatNumber(gradient) });
    result.title = exactNumber(gradient);
    result.dataset.pointGradient = String(gradient);
    const { program, values } = labProgram({
      layers: model.answer.state.layers,
      features: features(),
      activation: controls.activation.value,
      loss: controls.loss.value,
      regularization: { kind: controls.regularization.value, rate: number(controls.regularizationRate, 0) },
    }, point, t('playground.program.comment', { n, x1: point[0], x2: point[1], label: point[2] }));
    const url = labUrl(program, values);
    if (url.length <= MAX_LAB_URL) {
      link.href = url;
      link.textContent = t('playground.detail.lab');
    } else {
      link.removeAttribute('href');
      link.textContent = t('playground.detail.tooLarge');
    }
    link.dataset.weight = name;
  };
  input.addEventListener('change', refresh);
  await refresh();
}

$('[data-detail-close]').addEventListener('click', () => {
  detail.hidden = true;
  model.selected = null;
  networkSvg.querySelector('.pg-neuron')?.focus();
});

// Playing

function play() {
  model.playing = true;
  playButton.textContent = t('controls.pause');
  playButton.setAttribute('aria-pressed', 'true');
  statusLine.textContent = t('playground.status.playing');
  update(stepsPerUpdate());
}

function pause() {
  model.playing = false;
  playButton.textContent = t('controls.play');
  playButton.setAttribute('aria-pressed', 'false');
}

playButton.addEventListener('click', () => (model.playing ? pause() : play()));
$('[data-step]').addEventListener('click', () => {
  pause();
  update(1);
});
$('[data-reset]').addEventListener('click', () => reset());

function reset() {
  pause();
  model.generation++;
  model.inFlight = null;
  model.state = null;
  model.gradients = null;
  model.history = [];
  model.selected = null;
  detail.hidden = true;
  showError('');
  update(0);
}

// Settings that change the data or the network start again; the optimiser's settings apply from the next step.
for (const input of [controls.dataset, controls.noise, controls.points, controls.testFraction, controls.activation,
  controls.loss]) {
  input.addEventListener('change', () => {
    if (input === controls.dataset && controls.dataset.value === 'custom' && !model.custom) {
      model.custom = pointsAsClasses();
    }
    reset();
  });
}
app.querySelectorAll('[data-features] input').forEach((box) => box.addEventListener('change', () => {
  if (features().length === 0) {
    /** @type {HTMLInputElement} */ (box).checked = true;
  }
  reset();
}));
$('[data-regenerate]').addEventListener('click', () => {
  model.datasetSeed = 1 + Math.floor(Math.random() * 1e9);
  model.seed = 1 + Math.floor(Math.random() * 1e9);
  if (controls.dataset.value === 'custom') {
    model.custom = null;
    controls.dataset.value = 'circle';
  }
  reset();
});

// Layers

function renderLayers() {
  const list = $('[data-layers]');
  list.replaceChildren();
  model.hidden.forEach((count, l) => {
    const item = document.createElement('li');
    item.className = 'pg-layer';
    const text = document.createElement('span');
    text.textContent = t('playground.layer', { n: l + 1, count });
    const fewer = document.createElement('button');
    fewer.type = 'button';
    fewer.className = 'button button--small';
    fewer.textContent = '−';
    fewer.setAttribute('aria-label', t('playground.layerFewer', { n: l + 1 }));
    fewer.disabled = count <= 1;
    fewer.addEventListener('click', () => { model.hidden[l]--; renderLayers(); reset(); });
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'button button--small';
    more.textContent = '+';
    more.setAttribute('aria-label', t('playground.layerMore', { n: l + 1 }));
    more.disabled = count >= MAX_NEURONS;
    more.addEventListener('click', () => { model.hidden[l]++; renderLayers(); reset(); });
    item.append(text, fewer, more);
    list.append(item);
  });
  $('[data-layer-add]').disabled = model.hidden.length >= MAX_LAYERS;
  $('[data-layer-remove]').disabled = model.hidden.length === 0;
}
$('[data-layer-add]').addEventListener('click', () => {
  model.hidden.push(model.hidden.length ? model.hidden[model.hidden.length - 1] : 4);
  renderLayers();
  reset();
});
$('[data-layer-remove]').addEventListener('click', () => {
  model.hidden.pop();
  renderLayers();
  reset();
});

// The learner's own points

/** The points on show, train and test, with classes as +1 and -1 (or the values for regression). */
function pointsAsClasses() {
  const answer = model.answer;
  if (!answer) {
    return [];
  }
  const ce = controls.loss.value === 'cross-entropy';
  return [...answer.dataset.train, ...answer.dataset.test].map(([x1, x2, label]) => [x1, x2,
    answer.dataset.classification ? ((ce ? label > 0.5 : label > 0) ? 1 : -1) : label]);
}

function addPoint(x1, x2) {
  if (!Number.isFinite(x1) || !Number.isFinite(x2)) {
    return;
  }
  const label = Number(/** @type {HTMLInputElement} */ (app.querySelector('[data-class]:checked')).value);
  const points = controls.dataset.value === 'custom' && model.custom ? model.custom : pointsAsClasses();
  if (points.length >= 2000) {
    showError(t('playground.csv.tooMany', { max: 2000 }));
    return;
  }
  points.push([x1, x2, label]);
  model.custom = points;
  controls.dataset.value = 'custom';
  model.notice = t('playground.point.added', { label, x1: formatNumber(x1), x2: formatNumber(x2) });
  reset();
}

heatmap.addEventListener('click', (event) => {
  const rect = heatmap.getBoundingClientRect();
  const extent = model.answer?.grid.extent ?? 6;
  const x1 = ((event.clientX - rect.left) / rect.width) * 2 * extent - extent;
  const x2 = extent - ((event.clientY - rect.top) / rect.height) * 2 * extent;
  addPoint(Math.round(x1 * 100) / 100, Math.round(x2 * 100) / 100);
});
$('[data-add-point]').addEventListener('click', () => addPoint(Number($('[data-add-x1]').value), Number($('[data-add-x2]').value)));

const csvError = $('[data-csv-error]');
function useCsv(text) {
  const parsed = parseCsv(text, controls.loss.value !== 'mse');
  if ('error' in parsed) {
    csvError.textContent = t('playground.csv.line', { line: parsed.error.line, reason: t(parsed.error.key, parsed.error.params) });
    csvError.hidden = false;
    return;
  }
  if (parsed.points.length === 0) {
    csvError.textContent = t('playground.csv.empty');
    csvError.hidden = false;
    return;
  }
  csvError.hidden = true;
  model.custom = parsed.points;
  controls.dataset.value = 'custom';
  model.notice = t('playground.csv.used', { count: parsed.points.length });
  reset();
}
$('[data-csv-use]').addEventListener('click', () => useCsv($('[data-csv]').value));
$('[data-csv-file]').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) {
    const text = await file.text();
    $('[data-csv]').value = text;
    useCsv(text);
  }
});

gradientToggle.addEventListener('change', () => model.answer && drawNetwork(model.answer));
dark.addEventListener('change', () => draw());
tablePanel.addEventListener('toggle', () => model.answer && tablePanel.open && drawTables(model.answer));

app.hidden = false;
renderLayers();
update(0);
