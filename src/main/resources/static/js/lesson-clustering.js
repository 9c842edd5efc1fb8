// The k-means interactive of AI Sprouts lesson 16 (Clustering), loaded by lesson-interactives.js only on a page that
// has one. It applies no rule of its own: every assignment, centroid and sum of squares comes from the runs the server
// computed at start-up (KMeansDemo), carried in the figure's data-runs attribute. The page only picks the run for the
// chosen k and start, and draws one half-step of it at a time: assign every point, or move every centroid.

import { formatNumber } from './format.js';
import { button, element, labelled } from './dom.js';
import { t } from './messages.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * @typedef {[number, number]} Point
 * @typedef {{ clusters: number[], changed: number, assigned: number, centroids: Point[], moved: number }} Iteration
 * @typedef {{ seed: number, k: number, start: Point[], iterations: Iteration[] }} Run
 * @typedef {{ k: number, minK: number, maxK: number, side: number, seeds: number[], points: Point[], runs: Run[] }}
 *   KMeansData
 * @typedef {{ kind: 'start' | 'assign' | 'move', iteration: number }} Phase
 * @typedef {{ phase: Phase, clusters: number[] | null, centroids: Point[], from: Point[] | null,
 *   sumOfSquares: number | null, changed: number, converged: boolean }} View
 */

/** The shapes of the clusters, in order, so that colour is never the only cue. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star'];

/**
 * The run the server computed for a start (by its seed) and a k.
 *
 * @param {KMeansData} data
 * @param {number} seed
 * @param {number} k
 * @returns {Run}
 */
export function findRun(data, seed, k) {
  const run = data.runs.find((candidate) => candidate.seed === seed && candidate.k === k);
  if (!run) {
    throw new Error(`No run for seed ${seed} and k = ${k}`);
  }
  return run;
}

/**
 * The half-steps of a run in order: the start, then for each iteration its assignment and, unless the assignment
 * changed nothing (the run has converged), its move.
 *
 * @param {Run} run
 * @returns {Phase[]}
 */
export function phases(run) {
  /** @type {Phase[]} */
  const list = [{ kind: 'start', iteration: 0 }];
  run.iterations.forEach((iteration, index) => {
    list.push({ kind: 'assign', iteration: index + 1 });
    if (iteration.changed > 0) {
      list.push({ kind: 'move', iteration: index + 1 });
    }
  });
  return list;
}

/**
 * What the picture shows after a half-step: each point's cluster (none before the first assignment), the centroids,
 * where they moved from on a move, and the sum of squares the server computed for that moment.
 *
 * @param {Run} run
 * @param {Phase} phase
 * @returns {View}
 */
export function viewAt(run, phase) {
  if (phase.kind === 'start') {
    return { phase, clusters: null, centroids: run.start, from: null, sumOfSquares: null, changed: 0, converged: false };
  }
  const iteration = run.iterations[phase.iteration - 1];
  const before = phase.iteration === 1 ? run.start : run.iterations[phase.iteration - 2].centroids;
  if (phase.kind === 'assign') {
    return {
      phase,
      clusters: iteration.clusters,
      centroids: before,
      from: null,
      sumOfSquares: iteration.assigned,
      changed: iteration.changed,
      converged: iteration.changed === 0,
    };
  }
  return {
    phase,
    clusters: iteration.clusters,
    centroids: iteration.centroids,
    from: before,
    sumOfSquares: iteration.moved,
    changed: iteration.changed,
    converged: false,
  };
}

/**
 * How many points each of k clusters holds.
 *
 * @param {number[]} clusters
 * @param {number} k
 */
export function sizes(clusters, k) {
  const counts = new Array(k).fill(0);
  clusters.forEach((cluster) => { counts[cluster]++; });
  return counts;
}

/** The letter of a cluster, A for the first centroid, as the server's table writes it. */
export function label(cluster) {
  return String.fromCharCode(65 + cluster);
}

/**
 * The SVG path of a cluster's marker centred at (x, y) with radius r; a circle for the first cluster, and a square,
 * a triangle, a diamond or a star for the others.
 *
 * @param {number} cluster
 * @param {number} x
 * @param {number} y
 * @param {number} r
 */
export function markerPath(cluster, x, y, r) {
  const n = (v) => Number(v.toFixed(3));
  const shape = SHAPES[cluster % SHAPES.length];
  if (shape === 'circle') {
    return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
  }
  if (shape === 'square') {
    const s = r * 0.9;
    return `M${n(x - s)} ${n(y - s)}H${n(x + s)}V${n(y + s)}H${n(x - s)}Z`;
  }
  /** @type {Array<[number, number]>} */
  let corners;
  if (shape === 'triangle') {
    corners = [[0, -1.15], [1.05, 0.75], [-1.05, 0.75]];
  }
  else if (shape === 'diamond') {
    corners = [[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]];
  }
  else {
    corners = [];
    for (let i = 0; i < 10; i++) {
      const angle = -Math.PI / 2 + (i * Math.PI) / 5;
      const length = i % 2 === 0 ? 1.3 : 0.55;
      corners.push([Math.cos(angle) * length, Math.sin(angle) * length]);
    }
  }
  return `${corners.map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'}${n(x + dx * r)} ${n(y + dy * r)}`).join('')}Z`;
}

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attributes
 */
function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  return node;
}

/**
 * Makes the figure live: a choice of k and of start, buttons to step back and forth, the picture, a legend with each
 * cluster's shape and size, and the sum of squares after every step so far.
 *
 * @param {HTMLElement} figure
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export function mountKMeans(figure, live, controls, readout, id) {
  /** @type {KMeansData} */
  const data = JSON.parse(figure.dataset.runs || '{}');
  const side = data.side;

  const kSelect = element('select');
  kSelect.id = `${id}-k`;
  kSelect.dataset.kMeansK = '';
  for (let k = data.minK; k <= data.maxK; k++) {
    const option = element('option', '', String(k));
    option.value = String(k);
    kSelect.append(option);
  }
  kSelect.value = String(data.k);
  const startSelect = element('select');
  startSelect.id = `${id}-start`;
  startSelect.dataset.kMeansStart = '';
  data.seeds.forEach((seed, index) => {
    const option = element('option', '', t('clustering.startOption', { n: index + 1 }));
    option.value = String(seed);
    startSelect.append(option);
  });
  const back = button('button', t('clustering.back'), 'kMeansBack');
  const next = button('button button--primary', t('clustering.nextAssign'), 'kMeansNext');
  const end = button('button', t('clustering.end'), 'kMeansEnd');
  const again = button('button', t('clustering.again'), 'kMeansAgain');
  const buttons = element('div', 'k-means__buttons');
  buttons.append(back, next, end, again);
  controls.append(labelled(t('clustering.k'), kSelect), labelled(t('clustering.start'), startSelect), buttons);

  const picture = svg('svg', { viewBox: `-0.7 -0.7 ${side + 1.4} ${side + 1.4}`, class: 'k-means__picture', role: 'img' });
  picture.setAttribute('aria-label', t('clustering.picture', { points: data.points.length, side }));
  picture.dataset.kMeansPicture = '';
  picture.append(svg('rect', { x: 0, y: 0, width: side, height: side, class: 'k-means__frame' }));
  for (let v = 1; v < side; v++) {
    picture.append(svg('line', { x1: v, y1: 0, x2: v, y2: side, class: 'k-means__grid' }));
    picture.append(svg('line', { x1: 0, y1: v, x2: side, y2: v, class: 'k-means__grid' }));
  }
  const trails = svg('g', {});
  const dots = svg('g', {});
  const centres = svg('g', {});
  picture.append(trails, dots, centres);

  const legend = element('ul', 'k-means__legend');
  legend.setAttribute('aria-label', t('clustering.legend'));
  legend.dataset.kMeansLegend = '';
  const historyTitle = element('p', 'k-means__history-title', t('clustering.history'));
  historyTitle.id = `${id}-history`;
  const history = element('ol', 'k-means__history');
  history.setAttribute('aria-labelledby', historyTitle.id);
  history.dataset.kMeansHistory = '';
  const aside = element('div', 'k-means__side');
  aside.append(legend, historyTitle, history);
  const stage = element('div', 'k-means__stage');
  stage.append(picture, aside);
  live.append(stage);

  let run = findRun(data, Number(startSelect.value), Number(kSelect.value));
  let steps = phases(run);
  let position = 0;

  /** @param {number} value */
  const flip = (value) => side - value;

  /** @param {Phase} phase */
  const historyText = (phase) => {
    const view = viewAt(run, phase);
    if (phase.kind === 'start') {
      return t('clustering.historyStart');
    }
    const sum = formatNumber(view.sumOfSquares ?? 0);
    return phase.kind === 'assign' ? t('clustering.historyAssign', { n: phase.iteration, sum })
      : t('clustering.historyMove', { n: phase.iteration, sum });
  };

  const draw = () => {
    const phase = steps[position];
    const view = viewAt(run, phase);
    const clusters = view.clusters;
    dots.replaceChildren(...data.points.map(([x, y], index) => {
      const cluster = clusters ? clusters[index] : -1;
      const mark = svg('path', {
        d: markerPath(Math.max(cluster, 0), x, flip(y), 0.2),
        class: cluster < 0 ? 'k-means__point k-means__point--none' : `k-means__point k-means__point--${cluster}`,
      });
      mark.dataset.cluster = cluster < 0 ? '' : label(cluster);
      return mark;
    }));
    trails.replaceChildren(...(view.from || []).map(([x, y], c) => svg('line', {
      x1: x, y1: flip(y), x2: view.centroids[c][0], y2: flip(view.centroids[c][1]), class: 'k-means__trail',
    })));
    centres.replaceChildren(...view.centroids.map(([x, y], c) => {
      const group = svg('g', { class: `k-means__centroid k-means__centroid--${c}` });
      group.dataset.centroid = label(c);
      group.append(svg('circle', { cx: x, cy: flip(y), r: 0.42 }));
      const letter = svg('text', { x, y: flip(y), 'text-anchor': 'middle', 'dominant-baseline': 'central' });
      letter.textContent = label(c);
      group.append(letter);
      return group;
    }));
    const counts = clusters ? sizes(clusters, run.k) : null;
    legend.replaceChildren(...view.centroids.map((_, c) => {
      const item = element('li', 'k-means__legend-item');
      const key = svg('svg', { viewBox: '-1 -1 2 2', class: 'k-means__key', 'aria-hidden': 'true' });
      key.append(svg('path', { d: markerPath(c, 0, 0, 0.7), class: `k-means__point k-means__point--${c}` }));
      item.append(key, counts ? t('clustering.legendItem', { label: label(c), n: counts[c] })
        : t('clustering.legendEmpty', { label: label(c) }));
      return item;
    }));
    history.replaceChildren(...steps.slice(0, position + 1).map((step, index) => {
      const item = element('li', index === position ? 'k-means__history-item k-means__history-item--now'
        : 'k-means__history-item', historyText(step));
      if (index === position) {
        item.setAttribute('aria-current', 'step');
      }
      return item;
    }));
    const sum = formatNumber(view.sumOfSquares ?? 0);
    if (phase.kind === 'start') {
      readout.textContent = t('clustering.stepStart', { k: run.k });
    }
    else if (view.converged) {
      readout.textContent = t('clustering.stepConverged', { n: phase.iteration, sum });
    }
    else if (phase.kind === 'assign') {
      readout.textContent = t('clustering.stepAssign', { n: phase.iteration, changed: view.changed, sum });
    }
    else {
      readout.textContent = t('clustering.stepMove', { n: phase.iteration, sum });
    }
    back.disabled = position === 0;
    next.disabled = position === steps.length - 1;
    end.disabled = position === steps.length - 1;
    next.textContent = position + 1 < steps.length && steps[position + 1].kind === 'move' ? t('clustering.nextMove')
      : t('clustering.nextAssign');
    if (next.disabled && document.activeElement === next) {
      again.focus();
    }
  };

  const choose = () => {
    run = findRun(data, Number(startSelect.value), Number(kSelect.value));
    steps = phases(run);
    position = 0;
    draw();
  };

  kSelect.addEventListener('change', choose);
  startSelect.addEventListener('change', choose);
  back.addEventListener('click', () => { position = Math.max(0, position - 1); draw(); });
  next.addEventListener('click', () => { position = Math.min(steps.length - 1, position + 1); draw(); });
  end.addEventListener('click', () => { position = steps.length - 1; draw(); });
  again.addEventListener('click', () => { position = 0; draw(); });
  draw();
}
