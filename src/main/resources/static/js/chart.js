// A small SVG line chart of the output over gradient descent steps.

import { formatNumber } from './format.js';
import { t } from './messages.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attributes, parent) {
  const element = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
  parent.append(element);
  return element;
}

/** Draws values (one per step, starting at step 0) into container, replacing what was there. */
export function drawLineChart(container, values, name) {
  container.replaceChildren();
  if (values.length < 2) {
    return;
  }
  const width = 560;
  const height = 200;
  const left = 64;
  const right = 12;
  const top = 12;
  const bottom = 30;
  const finite = values.filter((v) => v !== null && Number.isFinite(v));
  const min = Math.min(...finite, 0);
  const max = Math.max(...finite, min + 1e-12);
  const x = (i) => left + (values.length === 1 ? 0 : (i / (values.length - 1)) * (width - left - right));
  const y = (v) => top + (1 - (v - min) / (max - min)) * (height - top - bottom);
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart',
    role: 'img',
    'aria-label': t('descent.chart', { out: name, count: values.length - 1, first: formatNumber(values[0]), last: formatNumber(values[values.length - 1]) }),
  }, container);
  el('line', { x1: left, x2: width - right, y1: y(min), y2: y(min), class: 'chart__axis' }, svg);
  el('line', { x1: left, x2: left, y1: top, y2: height - bottom, class: 'chart__axis' }, svg);
  for (const [value, anchor] of [[max, top + 10], [min, height - bottom]]) {
    const label = el('text', { x: left - 6, y: anchor, class: 'chart__tick', 'text-anchor': 'end' }, svg);
    label.textContent = formatNumber(value);
  }
  const steps = el('text', { x: width - right, y: height - 8, class: 'chart__tick', 'text-anchor': 'end' }, svg);
  steps.textContent = `${t('descent.stepAxis')} ${values.length - 1}`;
  const zero = el('text', { x: left, y: height - 8, class: 'chart__tick' }, svg);
  zero.textContent = `${t('descent.stepAxis')} 0`;
  const points = values.map((v, i) => (v !== null && Number.isFinite(v) ? `${x(i)},${y(v)}` : null)).filter(Boolean);
  el('polyline', { points: points.join(' '), class: 'chart__line' }, svg);
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) {
      const dot = el('circle', { cx: x(i), cy: y(v), r: 3.5, class: 'chart__dot' }, svg);
      el('title', {}, dot).textContent = `${t('descent.step', { n: i, out: name, value: formatNumber(v) })}`;
    }
  });
}
