// The polynomial fit of AI Sprouts lesson 12 (Overfitting and Underfitting), loaded by lesson-interactives.js only
// on a page that has one. It redraws the figure the server rendered: every point, the curve's coordinates and every
// error come from POST /api/polynomial-fit, so the page fits nothing itself. The plot's frame (where x from 0 to 1 and
// y from -yMax to yMax sit in the SVG) is read from the figure's data-frame, which the server wrote.

import { postJson } from './api.js';
import { element, labelled } from './dom.js';
import { t } from './messages.js';

/**
 * @typedef {import('./types/api').components['schemas']['FitAnswer']} FitAnswer
 * @typedef {import('./types/api').components['schemas']['DataPoint']} DataPoint
 * @typedef {{ left: number, top: number, width: number, height: number, yMax: number }} Frame
 */

/** The penalties the slider offers, from none to strong (the API takes any from 0 to 10). */
export const PENALTIES = [0, 1e-8, 1e-6, 1e-4, 1e-2, 1];

/** The numbers of training points the slider offers (the API takes any from 10 to 40). */
export const POINTS = { min: 10, max: 40, step: 5 };

/** The highest degree the slider offers (the API's limit). */
export const MAX_DEGREE = 9;

const SUPERSCRIPTS = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/**
 * A penalty as a person reads it: 0.01 and 1 as they are, smaller ones as a power of ten (10⁻⁸).
 *
 * @param {number} penalty
 */
export function penaltyLabel(penalty) {
  if (penalty === 0) {
    return t('overfitting.none');
  }
  const exponent = Math.round(Math.log10(penalty));
  if (exponent >= -2 || Number(`1e${exponent}`) !== penalty) {
    return String(penalty);
  }
  return `10${String(exponent).replace(/./g, (c) => SUPERSCRIPTS[c])}`;
}

/** A mean squared error with three decimals, as the server's table writes it. */
export function error(value) {
  return value.toFixed(3);
}

/**
 * A point's place in the SVG, with one decimal, as the server writes the static figure.
 *
 * @param {Frame} frame
 * @param {DataPoint} point
 */
export function place(frame, point) {
  const x = frame.left + point.x * frame.width;
  const y = frame.top + ((frame.yMax - point.y) / (2 * frame.yMax)) * frame.height;
  return { cx: x.toFixed(1), cy: y.toFixed(1) };
}

/**
 * The points attribute of a polyline through the points.
 *
 * @param {Frame} frame
 * @param {DataPoint[]} points
 */
export function polyline(frame, points) {
  return points.map((point) => {
    const { cx, cy } = place(frame, point);
    return `${cx},${cy}`;
  }).join(' ');
}

/**
 * A range input with its output.
 *
 * @param {string} id
 * @param {string} label
 * @param {number} min
 * @param {number} max
 * @param {number} step
 * @param {number} value
 * @param {string} data the data attribute that names it for tests
 */
function slider(id, label, min, max, step, value, data) {
  const input = element('input');
  input.type = 'range';
  input.id = id;
  input.min = String(min);
  input.max = String(max);
  input.step = String(step);
  input.value = String(value);
  input.dataset[data] = '';
  const output = element('output', 'interactive__depth');
  output.htmlFor.add(id);
  const field = labelled(label, input);
  field.append(output);
  return { input, output, field };
}

/**
 * @param {SVGElement} group
 * @param {Frame} frame
 * @param {DataPoint[]} points
 * @param {string} className
 * @param {string} radius
 */
function drawPoints(group, frame, points, className, radius) {
  const svg = 'http://www.w3.org/2000/svg';
  group.replaceChildren(...points.map((point) => {
    const circle = document.createElementNS(svg, 'circle');
    const { cx, cy } = place(frame, point);
    circle.setAttribute('class', className);
    circle.setAttribute('r', radius);
    circle.setAttribute('cx', cx);
    circle.setAttribute('cy', cy);
    const title = document.createElementNS(svg, 'title');
    title.textContent = `${point.x.toFixed(2)}, ${point.y.toFixed(2)}`;
    circle.append(title);
    return circle;
  }));
}

/**
 * Adds the sliders to the server's figure and redraws it from the API's answers.
 *
 * @param {HTMLElement} figure
 * @param {string} id
 */
export async function mountCurveFit(figure, id) {
  const plot = /** @type {SVGSVGElement} */ (figure.querySelector('[data-fit-plot]'));
  /** @type {Frame} */
  const frame = JSON.parse(plot.dataset.frame || '{}');
  const curve = /** @type {SVGPolylineElement} */ (plot.querySelector('[data-fit-curve]'));
  const training = /** @type {SVGGElement} */ (plot.querySelector('[data-fit-training]'));
  const readout = /** @type {HTMLElement} */ (figure.querySelector('[data-fit-readout]'));
  const caption = /** @type {HTMLElement} */ (figure.querySelector('[data-fit-table-caption]'));
  const rows = [...figure.querySelectorAll('[data-fit-table] tbody tr')];

  const degree = slider(`${id}-degree`, t('overfitting.degree'), 0, MAX_DEGREE, 1, Number(figure.dataset.degree) || 0,
    'fitDegree');
  const points = slider(`${id}-points`, t('overfitting.points'), POINTS.min, POINTS.max, POINTS.step,
    Number(figure.dataset.points) || POINTS.min, 'fitPoints');
  const penalty = slider(`${id}-penalty`, t('overfitting.penalty'), 0, PENALTIES.length - 1, 1, 0, 'fitPenalty');
  const controls = element('div', 'interactive__controls fit__controls');
  controls.append(degree.field, points.field, penalty.field);
  // the live part is the sliders: they redraw the server's figure and table in place
  const live = element('div', 'interactive__live');
  live.append(controls);
  figure.querySelector('figcaption')?.after(live);

  const settings = () => ({
    degree: Number(degree.input.value),
    points: Number(points.input.value),
    penalty: PENALTIES[Number(penalty.input.value)] ?? 0,
  });
  const showSettings = () => {
    const now = settings();
    degree.output.textContent = String(now.degree);
    points.output.textContent = String(now.points);
    penalty.output.textContent = penaltyLabel(now.penalty);
  };

  let timer = 0;
  /** @type {AbortController | null} */
  let controller = null;
  const update = async () => {
    controller?.abort();
    controller = new AbortController();
    const now = settings();
    figure.setAttribute('aria-busy', 'true');
    try {
      /** @type {FitAnswer} */
      const answer = await postJson('/api/polynomial-fit', now, controller.signal);
      curve.setAttribute('points', polyline(frame, answer.curve));
      drawPoints(training, frame, answer.training, 'fit__training', '4.5');
      const shown = { degree: answer.degree, points: answer.points, penalty: penaltyLabel(answer.penalty) };
      readout.textContent = t('overfitting.readout',
        { ...shown, training: error(answer.trainingError), test: error(answer.testError) });
      plot.setAttribute('aria-label', t('overfitting.plotLabel', shown));
      caption.textContent = t('overfitting.tableCaption', shown);
      answer.byDegree.forEach((errors, index) => {
        const row = rows[index];
        if (!row) {
          return;
        }
        const cells = row.querySelectorAll('td');
        cells[0].textContent = error(errors.trainingError);
        cells[1].textContent = error(errors.testError);
        row.classList.toggle('fit__chosen', errors.degree === answer.degree);
      });
    }
    catch (failure) {
      if (!(failure instanceof DOMException)) {
        readout.textContent = failure instanceof Error ? failure.message : String(failure);
      }
    }
    finally {
      figure.removeAttribute('aria-busy');
    }
  };
  for (const { input } of [degree, points, penalty]) {
    input.addEventListener('input', () => {
      showSettings();
      clearTimeout(timer);
      timer = window.setTimeout(() => { update(); }, 120);
    });
  }
  showSettings();
}
