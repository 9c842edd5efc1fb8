// The three figures of the Loss Functions and Optimisers lesson (AI Sprouts lesson 7), loaded by
// lesson-interactives.js only on a page that has one. The server computed every number with the autograd engine
// when it started (the loss and slope at each weight, both losses at each probability, each optimiser's path at
// each learning rate) and drew the chart; the page sends them as data-figure. These controls only choose among
// those numbers and move the drawing: the browser applies no loss and no update rule of its own.

import { element, labelled } from './dom.js';
import { formatNumber } from './format.js';
import { t } from './messages.js';
import { coordinate, insideFrame, polylinePoints, tangentPoints, toPlot } from './loss-plot.js';

/**
 * @typedef {import('./loss-plot.js').Frame} Frame
 * @typedef {{ plot: Frame, start: number, reach: number, points: number[][] }} CurveFigure
 * @typedef {{ plot: Frame, start: number, points: number[][] }} ComparisonFigure
 * @typedef {{ plot: Frame, steps: number, rate: number, rates: number[], optimisers: string[],
 *   paths: Array<Array<Array<Array<number | null>>>> }} PathsFigure
 */

/**
 * A range input over the indices of a list, labelled.
 *
 * @param {string} id
 * @param {string} label
 * @param {number} last
 * @param {number} value
 */
function indexSlider(id, label, last, value) {
  const slider = element('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = String(last);
  slider.step = '1';
  slider.value = String(value);
  slider.id = id;
  const shown = element('output', 'interactive__depth');
  shown.htmlFor = id;
  return { slider, shown, field: labelled(label, slider) };
}

/**
 * @param {Element | null} node
 * @param {Record<string, string>} attributes
 */
function set(node, attributes) {
  if (node) {
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  }
}

/**
 * The loss of the worked example against its weight: a slider moves the point and its tangent along the curve.
 *
 * @param {HTMLElement} figure
 * @param {CurveFigure} data
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export function mountLossCurve(figure, data, controls, readout, id) {
  const marker = figure.querySelector('[data-marker]');
  const tangent = figure.querySelector('[data-tangent]');
  const { slider, shown, field } = indexSlider(`${id}-weight`, t('loss.weight'), data.points.length - 1, data.start);
  slider.dataset.lossWeight = '';
  controls.append(field, shown);
  const update = () => {
    const [w, loss, slope] = data.points[Number(slider.value)];
    const [x, y] = toPlot(data.plot, w, loss);
    set(marker, { cx: coordinate(x), cy: coordinate(y) });
    set(tangent, { points: tangentPoints(data.plot, w, loss, slope, data.reach) });
    shown.textContent = formatNumber(w);
    slider.setAttribute('aria-valuetext', `w = ${formatNumber(w)}`);
    const advice = slope < 0 ? t('loss.downhillRight') : slope > 0 ? t('loss.downhillLeft') : '';
    readout.textContent = `${t('loss.curveReadout', { w: formatNumber(w), loss: formatNumber(loss), slope: formatNumber(slope) })} ${advice}`.trim();
  };
  slider.addEventListener('input', update);
  update();
}

/**
 * Squared error against cross-entropy on one example: a slider moves the probability and both points.
 *
 * @param {HTMLElement} figure
 * @param {ComparisonFigure} data
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export function mountLossComparison(figure, data, controls, readout, id) {
  const squared = figure.querySelector('[data-marker="mse"]');
  const cross = figure.querySelector('[data-marker="ce"]');
  const { slider, shown, field } = indexSlider(`${id}-probability`, t('loss.probability'), data.points.length - 1,
    data.start);
  slider.dataset.lossProbability = '';
  controls.append(field, shown);
  const update = () => {
    const [p, mse, mseSlope, ce, ceSlope] = data.points[Number(slider.value)];
    const [x, y] = toPlot(data.plot, p, mse);
    set(squared, { cx: coordinate(x), cy: coordinate(y) });
    const [, yc] = toPlot(data.plot, p, ce);
    set(cross, { x: coordinate(x - 5), y: coordinate(yc - 5) });
    shown.textContent = formatNumber(p);
    slider.setAttribute('aria-valuetext', `p = ${formatNumber(p)}`);
    readout.textContent = t('loss.compareReadout', {
      p: formatNumber(p), mse: formatNumber(mse), mseSlope: formatNumber(mseSlope), ce: formatNumber(ce), ceSlope: formatNumber(ceSlope),
    });
  };
  slider.addEventListener('input', update);
  update();
}

/**
 * The optimisers' paths on the valley: the learner chooses the learning rate (among those the server computed), how
 * many steps to show and which optimisers.
 *
 * @param {HTMLElement} figure
 * @param {PathsFigure} data
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export function mountOptimiserPaths(figure, data, controls, readout, id) {
  const names = [...figure.querySelectorAll('.loss-legend li')].map((item) => item.textContent.trim());
  const rate = element('select');
  rate.id = `${id}-rate`;
  rate.dataset.lossRate = '';
  data.rates.forEach((value, index) => {
    const option = element('option', '', formatNumber(value));
    option.value = String(index);
    rate.append(option);
  });
  rate.value = String(data.rate);
  const { slider, shown, field } = indexSlider(`${id}-steps`, t('loss.steps'), data.steps, data.steps);
  slider.dataset.lossSteps = '';
  const choices = element('fieldset', 'loss-choices');
  choices.append(element('legend', '', t('loss.optimisers')));
  /** @type {HTMLInputElement[]} */
  const boxes = data.optimisers.map((kind, index) => {
    const box = element('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.lossOptimiser = kind;
    const label = element('label', 'loss-choice');
    label.append(box, ` ${names[index] ?? kind}`);
    choices.append(label);
    return box;
  });
  controls.append(labelled(t('loss.rate'), rate), field, shown, choices);
  const box = figure.querySelector('.loss-chart__box');
  const ends = data.optimisers.map((kind) => {
    const end = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    end.setAttribute('r', '5');
    end.setAttribute('class', `loss-end loss-end--${kind}`);
    box?.append(end);
    return end;
  });
  const list = element('ul', 'loss-readout');
  readout.replaceWith(list);
  list.setAttribute('aria-live', 'polite');
  list.classList.add('interactive__note');
  const update = () => {
    const steps = Number(slider.value);
    shown.textContent = String(steps);
    const lines = [];
    data.optimisers.forEach((kind, index) => {
      const path = data.paths[Number(rate.value)][index].slice(0, steps + 1);
      const line = figure.querySelector(`[data-path="${kind}"]`);
      const visible = boxes[index].checked;
      set(line, { points: polylinePoints(data.plot, path) });
      line?.classList.toggle('loss-path--hidden', !visible);
      const [a, b, loss] = path[path.length - 1];
      const inside = insideFrame(data.plot, a, b);
      ends[index].classList.toggle('loss-path--hidden', !visible || !inside);
      if (inside) {
        const [x, y] = toPlot(data.plot, a, b);
        set(ends[index], { cx: coordinate(x), cy: coordinate(y) });
      }
      if (visible) {
        const name = names[index] ?? kind;
        lines.push(inside
          ? t('loss.pathReadout', { name, step: steps, a: formatNumber(a), b: formatNumber(b), loss: formatNumber(loss) })
          : t('loss.offChart', { name, step: steps, loss: formatNumber(loss) }));
      }
    });
    list.replaceChildren(...lines.map((text) => element('li', '', text)));
  };
  rate.addEventListener('change', update);
  slider.addEventListener('input', update);
  boxes.forEach((checkbox) => checkbox.addEventListener('change', update));
  update();
}
