// Turns each interactive block of a lesson into a live component built from the lab's modules. The server
// renders each block with its fallback table, so without JavaScript (or when the API cannot be reached) the
// learner still sees the engine's real numbers.
//
// Markup: <figure class="interactive" data-interactive="NAME" data-program="..." data-values='{"w":2}'>
//           <figcaption>…</figcaption><div class="interactive__fallback">…</div></figure>
// NAME: worked-example and chain-rule (step through), sigmoid-chain (change the depth),
// gradient-descent (step w downhill), neuron (sliders for the weights and bias, a choice of activation),
// training-loop (forward, loss, gradients and update, one phase at a time; data-rate is the learning rate),
// tokeniser and next-word (lesson-language.js: data-sample is the text to start from, data-max-length its limit);
// nearest-neighbours and confusion-matrix (lesson-data.js) and decision-tree (lesson-trees.js) carry their numbers in
// data-table instead.
// loss-curve, mse-vs-cross-entropy and optimiser-paths carry their numbers in data-figure (see lesson-loss.js).
// k-means (lesson-clustering.js: data-runs holds every run the server computed).
// polynomial-fit (lesson-fit.js: sliders over the server's figure; data-degree and data-points are where it starts).

// Each kind loads the modules it needs when a page has one: a lesson without a graph does not download the graph's.
import { formatNumber, parseNumber } from './format.js';
import { button, element, labelled } from './dom.js';
import { t } from './messages.js';

let uid = 0;

/**
 * The live part of an interactive, hidden until it is ready: its controls and a spoken readout, added to the figure
 * (before `before` when given).
 * @param {Element} figure
 * @param {Element | null} [before]
 */
function liveParts(figure, before = null) {
  const live = element('div', 'interactive__live');
  live.hidden = true;
  const controls = element('div', 'interactive__controls');
  const readout = element('p', 'interactive__note');
  readout.setAttribute('aria-live', 'polite');
  live.append(controls, readout);
  figure.insertBefore(live, before);
  return { live, controls, readout };
}

function parseValues(figure) {
  try {
    const values = JSON.parse(figure.dataset.values || '{}');
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
  }
  catch {
    return {};
  }
}

/** A chain of depth sigmoids applied to w*x, one statement a layer, so every layer's node is named. */
export function sigmoidChain(depth, first = 'w*x') {
  const lines = [`h1 = sigmoid(${first})`];
  for (let i = 2; i <= depth; i++) {
    lines.push(`h${i} = sigmoid(h${i - 1})`);
  }
  lines.push(`L = h${depth}`);
  return lines.join('\n');
}

function countSigmoids(program) {
  return (program.match(/sigmoid\s*\(/g) || []).length;
}

/** The interactives that show a shipped data file's numbers, computed by the server (lesson-data.js). */
async function mountData(figure, kind) {
  const data = JSON.parse(figure.dataset.table || '{}');
  const live = element('div', 'interactive__live');
  live.hidden = true;
  const controls = element('div', 'interactive__controls');
  live.append(controls);
  figure.append(live);
  const id = `interactive-${++uid}`;
  if (kind === 'decision-tree') {
    const { mountTree } = await import('./lesson-trees.js');
    mountTree(figure, data, live, controls, id);
  }
  else {
    await mountTable(figure, kind, data, live, controls, id);
  }
  live.hidden = false;
  figure.querySelectorAll('.interactive__fallback').forEach((part) => { part.hidden = true; });
}

/** The interactives of lesson-data.js: the nearest neighbours and the confusion matrix. */
async function mountTable(figure, kind, data, live, controls, id) {
  const { mountNeighbours, mountConfusion } = await import('./lesson-data.js');
  if (kind === 'nearest-neighbours') {
    mountNeighbours(figure, data, live, controls, id);
  }
  else {
    mountConfusion(figure, data, live, controls, id);
  }
}

async function mount(figure) {
  const kind = figure.dataset.interactive;
  if (figure.dataset.figure) {
    await mountLoss(figure, kind);
    return;
  }
  if (kind === 'tokeniser' || kind === 'next-word') {
    await mountLanguage(figure, kind);
    return;
  }
  if (kind === 'polynomial-fit') {
    const { mountCurveFit } = await import('./lesson-fit.js');
    await mountCurveFit(figure, `interactive-${++uid}`);
    return;
  }
  if (figure.dataset.table) {
    await mountData(figure, kind);
    return;
  }
  if (kind === 'k-means') {
    await mountClustering(figure);
    return;
  }
  const fallback = figure.querySelector('.interactive__fallback');
  const values = parseValues(figure);
  let program = figure.dataset.program || '';
  const { live, controls, readout } = liveParts(figure);
  const id = `interactive-${++uid}`;
  if (kind === 'neuron' || kind === 'training-loop') {
    const training = await import('./lesson-training.js');
    if (kind === 'neuron') {
      await training.mountNeuron(program, values, controls, readout, id);
    }
    else {
      training.mountTrainingLoop(figure, program, values, live, controls, readout);
    }
    reveal(live, fallback);
    return;
  }
  const [{ runProgram }, { createGraphExplorer }] = await Promise.all([
    import('./autograd-client.js'), import('./graph-explorer.js')]);
  const explorerRoot = element('div');
  live.append(explorerRoot);
  const explorer = createGraphExplorer(explorerRoot);

  const show = async (position) => {
    const graph = await runProgram({ expression: program, values });
    explorer.show(graph, { source: program, position });
    return graph;
  };

  if (kind === 'sigmoid-chain') {
    const depth = element('input');
    depth.type = 'range';
    depth.min = '1';
    depth.max = '12';
    depth.value = String(Math.min(12, Math.max(1, countSigmoids(program) || 4)));
    depth.id = `${id}-depth`;
    depth.dataset.depth = '';
    const shown = element('output', 'interactive__depth', depth.value);
    shown.htmlFor = depth.id;
    controls.append(labelled(t('embed.depth'), depth), shown);
    const first = 'w' in values && 'x' in values ? 'w*x' : Object.keys(values)[0] ?? '1';
    const update = async () => {
      shown.textContent = depth.value;
      program = sigmoidChain(Number(depth.value), first);
      const graph = await show('end');
      const input = graph.inputs[0];
      if (input) {
        readout.textContent = `d${graph.output.name ?? 'L'}/d${input.name} = ${formatNumber(input.grad)}`;
      }
    };
    let timer = null;
    depth.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => update().catch(() => {}), 80);
    });
    await update();
  }
  else if (kind === 'gradient-descent') {
    const [{ drawLineChart }, { descend }] = await Promise.all([import('./chart.js'), import('./descent.js')]);
    const names = Object.keys(values);
    const name = figure.dataset.trainable || (names.includes('w') ? 'w' : names[0]);
    const rate = element('input');
    rate.type = 'number';
    rate.step = 'any';
    rate.min = '0';
    rate.value = figure.dataset.rate || '0.01';
    rate.inputMode = 'decimal';
    rate.dataset.rate = '';
    const step = button('button button--primary button--small', t('embed.step'), 'descentStep');
    const reset = button('button button--small', t('descent.reset'));
    controls.append(labelled(t('descent.rate'), rate), step, reset);
    const chart = element('div', 'lab-chart');
    live.append(chart);
    const start = { ...values };
    let history = [];
    let graph = await show('end');
    history = [graph.output.value];
    drawLineChart(chart, history, graph.output.name ?? 'L');
    step.addEventListener('click', async () => {
      const lr = parseNumber(rate.value);
      const moved = Number.isFinite(lr) ? descend(graph.inputs, new Set([name]), lr) : {};
      if (!(name in moved)) {
        return;
      }
      Object.assign(values, moved);
      graph = await show('keep');
      history.push(graph.output.value);
      const out = graph.output.name ?? 'L';
      readout.textContent = `${t('descent.step', { n: history.length - 1, out, value: formatNumber(graph.output.value) })} · ${name} = ${formatNumber(values[name])}`;
      drawLineChart(chart, history, out);
    });
    reset.addEventListener('click', async () => {
      Object.assign(values, start);
      graph = await show('end');
      history = [graph.output.value];
      readout.textContent = '';
      drawLineChart(chart, history, graph.output.name ?? 'L');
    });
  }
  else {
    await show('start');
  }
  reveal(live, fallback);
}

/** Shows the live version in place of the static program and table; links in the fallback (to the lab) stay. */
function reveal(live, fallback) {
  live.hidden = false;
  fallback?.querySelectorAll('pre, table, .table-scroll').forEach((part) => { part.hidden = true; });
}

/** The figures of the Loss Functions and Optimisers lesson, whose numbers the server computed (lesson-loss.js). */
async function mountLoss(figure, kind) {
  const data = JSON.parse(figure.dataset.figure);
  const { live, controls, readout } = liveParts(figure, figure.querySelector('.interactive__fallback'));
  const id = `interactive-${++uid}`;
  const loss = await import('./lesson-loss.js');
  if (kind === 'loss-curve') {
    loss.mountLossCurve(figure, data, controls, readout, id);
  }
  else if (kind === 'mse-vs-cross-entropy') {
    loss.mountLossComparison(figure, data, controls, readout, id);
  }
  else {
    loss.mountOptimiserPaths(figure, data, controls, readout, id);
  }
  live.hidden = false;
}

/** The k-means interactive: every run comes computed from the server in data-runs (lesson-clustering.js). */
async function mountClustering(figure) {
  const { live, controls, readout } = liveParts(figure);
  const { mountKMeans } = await import('./lesson-clustering.js');
  mountKMeans(figure, live, controls, readout, `interactive-${++uid}`);
  live.hidden = false;
  figure.querySelectorAll('.interactive__fallback').forEach((part) => { part.hidden = true; });
}

/** The tokeniser and the next-word model (lessons 8 and 11), which draw no graph. */
async function mountLanguage(figure, kind) {
  const { live, controls, readout } = liveParts(figure);
  const id = `interactive-${++uid}`;
  const language = await import('./lesson-language.js');
  if (kind === 'tokeniser') {
    await language.mountTokeniser(figure, live, controls, readout, id);
  }
  else {
    await language.mountNextWord(figure, live, controls, readout, id);
  }
  live.hidden = false;
  figure.querySelectorAll('.interactive__fallback').forEach((part) => { part.hidden = true; });
}

for (const figure of document.querySelectorAll('[data-interactive]')) {
  mount(figure).catch(() => {
    // the server-rendered table stays; say why the live version is missing
    figure.querySelector('.interactive__live')?.remove();
    const note = element('p', 'interactive__note', t('embed.failed'));
    figure.append(note);
  });
}
