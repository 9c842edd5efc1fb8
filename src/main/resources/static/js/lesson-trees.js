// The decision tree of AI Sprouts lesson 15, grown split by split on the shipped points. Loaded by
// lesson-interactives.js only on a page that has one. The server grows the tree once, at start-up (DecisionTree.java),
// and hands over the points, every split, its candidates, its Gini impurities and the leaves after it in the figure's
// data-table attribute; this module only draws them, so it cannot choose a split or compute an impurity of its own.

import { button, element } from './dom.js';
import { t } from './messages.js';

/**
 * @typedef {{ region: [number, number, number, number], conditions: string[], counts: number[], size: number,
 *   gini: string, majority: number }} TreeNode
 * @typedef {{ axis: number, question: string, gini: string, chosen: boolean }} TreeCandidate
 * @typedef {{ step: number, node: string, axis: number, threshold: number, question: string, below: string,
 *   above: string, gini: string, candidates: TreeCandidate[], leaves: string[], impurity: string }} TreeSplit
 * @typedef {{ axes: [string, string], max: number, labels: string[], points: [number, number, number][],
 *   nodes: Record<string, TreeNode>, splits: TreeSplit[] }} TreeData
 * @typedef {{ x1: number, y1: number, x2: number, y2: number, current: boolean }} Segment
 * @typedef {{ step: number, leaves: TreeNode[], segments: Segment[], split: TreeSplit | null, impurity: string }}
 *   TreeState
 */

const SVG = 'http://www.w3.org/2000/svg';

/** The drawing's box, in SVG units: the plot from LEFT to LEFT + PLOT across and from TOP to TOP + PLOT down. */
export const LEFT = 44;
export const TOP = 12;
export const PLOT = 280;

/**
 * Where a point of the data lands in the drawing: x to the right, y upwards from the bottom of the plot.
 * @param {number} max the largest value on each axis
 * @param {number} x
 * @param {number} y
 * @returns {[number, number]}
 */
export function toDrawing(max, x, y) {
  return [LEFT + (x / max) * PLOT, TOP + PLOT - (y / max) * PLOT];
}

/**
 * The node the server sent under a path ("" is the root, then L or R a level).
 * @param {TreeData} data
 * @param {string} path
 * @returns {TreeNode}
 */
export function nodeAt(data, path) {
  return data.nodes[path];
}

/**
 * The line a split draws: its threshold across the rectangle of the node it splits.
 * @param {TreeData} data
 * @param {TreeSplit} split
 * @param {boolean} current
 * @returns {Segment}
 */
export function segmentOf(data, split, current) {
  const [xMin, xMax, yMin, yMax] = nodeAt(data, split.node).region;
  return split.axis === 0
    ? { x1: split.threshold, y1: yMin, x2: split.threshold, y2: yMax, current }
    : { x1: xMin, y1: split.threshold, x2: xMax, y2: split.threshold, current };
}

/**
 * What the page shows after the first step splits: the leaves, the lines drawn so far (the last one current), the
 * split just made (none before the first) and the whole tree's impurity, all as the server sent them.
 * @param {TreeData} data
 * @param {number} step from 0 (no split yet) to the number of splits
 * @returns {TreeState}
 */
export function stateAt(data, step) {
  const shown = Math.max(0, Math.min(step, data.splits.length));
  const split = shown === 0 ? null : data.splits[shown - 1];
  return {
    step: shown,
    leaves: (split ? split.leaves : ['']).map((path) => nodeAt(data, path)),
    segments: data.splits.slice(0, shown).map((each, index) => segmentOf(data, each, index === shown - 1)),
    split,
    impurity: split ? split.impurity : nodeAt(data, '').gini,
  };
}

/**
 * A group as a sentence: the questions that lead to it, or "all the points" for the root.
 * @param {TreeNode} node
 */
export function groupText(node) {
  return node.conditions.length === 0 ? t('trees.all') : node.conditions.join(', ');
}

/**
 * How many points of a group carry each label, as "9 thrives, 6 wilts".
 * @param {TreeData} data
 * @param {TreeNode} node
 */
export function countsText(data, node) {
  return node.counts.map((count, label) => t('trees.count', { count, label: data.labels[label] })).join(', ');
}

/**
 * @param {string} name
 * @param {Record<string, string | number>} attributes
 * @param {string} [className]
 */
function svg(name, attributes, className) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  if (className) {
    node.setAttribute('class', className);
  }
  return node;
}

/**
 * @param {TreeData} data
 * @param {number} label
 * @param {number} x
 * @param {number} y
 */
function marker(data, label, x, y) {
  const [cx, cy] = toDrawing(data.max, x, y);
  const shape = label === 0
    ? svg('rect', { x: cx - 5.5, y: cy - 5.5, width: 11, height: 11 }, `tree__point tree__point--${label}`)
    : svg('circle', { cx, cy, r: 6 }, `tree__point tree__point--${label}`);
  return shape;
}

/**
 * Draws the plane: the leaves shaded by the label most of their points carry, the lines so far, the group being split
 * outlined, the axes and the points.
 * @param {SVGSVGElement} drawing
 * @param {TreeData} data
 * @param {TreeState} state
 */
function draw(drawing, data, state) {
  drawing.replaceChildren();
  for (const leaf of state.leaves) {
    const [xMin, xMax, yMin, yMax] = leaf.region;
    const [left, top] = toDrawing(data.max, xMin, yMax);
    const [right, bottom] = toDrawing(data.max, xMax, yMin);
    const kind = leaf.majority < 0 ? 'tie' : String(leaf.majority);
    const shade = svg('rect', { x: left, y: top, width: right - left, height: bottom - top }, `tree__leaf tree__leaf--${kind}`);
    const title = svg('title', {});
    title.textContent = t('trees.leafTitle', { group: groupText(leaf), counts: countsText(data, leaf), gini: leaf.gini });
    shade.append(title);
    drawing.append(shade);
  }
  if (state.split) {
    const [xMin, xMax, yMin, yMax] = nodeAt(data, state.split.node).region;
    const [left, top] = toDrawing(data.max, xMin, yMax);
    const [right, bottom] = toDrawing(data.max, xMax, yMin);
    drawing.append(svg('rect', { x: left + 1.5, y: top + 1.5, width: right - left - 3, height: bottom - top - 3 },
      'tree__focus'));
  }
  const [originX, originY] = toDrawing(data.max, 0, 0);
  const [endX, endY] = toDrawing(data.max, data.max, data.max);
  drawing.append(svg('rect', { x: originX, y: endY, width: endX - originX, height: originY - endY }, 'tree__frame'));
  for (let tick = 0; tick <= data.max; tick += 2) {
    const [tx] = toDrawing(data.max, tick, 0);
    const [, ty] = toDrawing(data.max, 0, tick);
    const across = svg('text', { x: tx, y: originY + 16 }, 'tree__tick');
    across.textContent = String(tick);
    const up = svg('text', { x: originX - 8, y: ty + 4 }, 'tree__tick tree__tick--y');
    up.textContent = String(tick);
    drawing.append(across, up);
  }
  const xName = svg('text', { x: originX + PLOT / 2, y: originY + 34 }, 'tree__axis');
  xName.textContent = data.axes[0];
  const yName = svg('text', { x: 12, y: TOP + PLOT / 2, transform: `rotate(-90 12 ${TOP + PLOT / 2})` }, 'tree__axis');
  yName.textContent = data.axes[1];
  drawing.append(xName, yName);
  for (const segment of state.segments) {
    const [x1, y1] = toDrawing(data.max, segment.x1, segment.y1);
    const [x2, y2] = toDrawing(data.max, segment.x2, segment.y2);
    drawing.append(svg('line', { x1, y1, x2, y2 }, segment.current ? 'tree__split tree__split--current' : 'tree__split'));
  }
  for (const [x, y, label] of data.points) {
    const point = marker(data, label, x, y);
    const title = svg('title', {});
    title.textContent = t('trees.pointTitle', { x: data.axes[0], xValue: x, y: data.axes[1], yValue: y, label: data.labels[label] });
    point.append(title);
    drawing.append(point);
  }
}

/**
 * Writes what the step did: the group, the best question on each axis, the two sides and the tree's impurity.
 * @param {HTMLElement} panel
 * @param {TreeData} data
 * @param {TreeState} state
 */
function explain(panel, data, state) {
  panel.replaceChildren();
  const split = state.split;
  const group = nodeAt(data, split ? split.node : '');
  panel.append(element('p', 'tree__heading', split ? t('trees.step', { step: split.step, total: data.splits.length })
    : t('trees.start', { total: data.splits.length })),
  element('p', '', t('trees.group', { group: groupText(group), size: group.size, counts: countsText(data, group),
    gini: group.gini })));
  if (!split) {
    return;
  }
  const below = nodeAt(data, split.below);
  const above = nodeAt(data, split.above);
  const candidates = element('ul', 'tree__candidates');
  for (const candidate of split.candidates) {
    const item = element('li', candidate.chosen ? 'tree__candidate is-chosen' : 'tree__candidate',
      t(candidate.chosen ? 'trees.chosen' : 'trees.candidate', { axis: data.axes[candidate.axis],
        question: candidate.question, gini: candidate.gini }));
    candidates.append(item);
  }
  panel.append(element('p', '', t('trees.candidates')), candidates);
  const sides = element('ul', 'tree__sides');
  sides.append(
    element('li', '', t('trees.below', { question: split.question, size: below.size,
      counts: countsText(data, below), gini: below.gini })),
    element('li', '', t('trees.above', { size: above.size, counts: countsText(data, above), gini: above.gini })));
  panel.append(sides,
    element('p', '', t('trees.after', { before: group.gini, after: split.gini })),
    element('p', 'tree__impurity', t('trees.impurity', { leaves: state.leaves.length, impurity: state.impurity })));
}

/**
 * Builds the live tree in the figure: the drawing, the buttons that step through the splits and the explanation.
 * @param {HTMLElement} figure
 * @param {TreeData} data
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {string} id
 */
export function mountTree(figure, data, live, controls, id) {
  let step = 0;
  const first = button('button', t('trees.first'));
  const back = button('button', t('trees.back'), 'treeBack');
  const next = button('button button--primary', t('trees.next'), 'treeNext');
  const last = button('button', t('trees.last'));
  const counter = element('output', 'tree__counter');
  counter.id = `${id}-step`;
  counter.dataset.treeStep = '';
  controls.append(first, back, next, last, counter);

  const legend = element('ul', 'tree__legend');
  data.labels.forEach((label, index) => {
    const item = element('li', `tree__key tree__key--${index}`);
    item.append(element('span', 'tree__swatch', ''), document.createTextNode(label));
    legend.append(item);
  });
  const drawing = /** @type {SVGSVGElement} */ (svg('svg', {
    viewBox: `0 0 ${LEFT + PLOT + 12} ${TOP + PLOT + 42}`, role: 'img',
  }, 'tree__drawing'));
  drawing.setAttribute('aria-labelledby', `${id}-explanation`);
  const panel = element('div', 'tree__explanation');
  panel.id = `${id}-explanation`;
  panel.setAttribute('aria-live', 'polite');
  panel.dataset.treeExplanation = '';
  const layout = element('div', 'tree');
  const picture = element('div', 'tree__picture');
  picture.append(drawing, legend);
  layout.append(picture, panel);
  live.append(layout);

  const show = () => {
    const state = stateAt(data, step);
    draw(drawing, data, state);
    explain(panel, data, state);
    counter.textContent = t('trees.counter', { step: state.step, total: data.splits.length });
    first.disabled = step === 0;
    back.disabled = step === 0;
    next.disabled = step === data.splits.length;
    last.disabled = step === data.splits.length;
  };
  first.addEventListener('click', () => { step = 0; show(); });
  back.addEventListener('click', () => { step = Math.max(0, step - 1); show(); });
  next.addEventListener('click', () => { step = Math.min(data.splits.length, step + 1); show(); });
  last.addEventListener('click', () => { step = data.splits.length; show(); });
  figure.dataset.treeReady = '';
  show();
}
