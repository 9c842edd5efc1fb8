// The interactives that work on a data file the site ships rather than on an autograd program: the nearest
// neighbours of AI Sprouts lesson 9 and the confusion matrix of lesson 10. Loaded by lesson-interactives.js only on
// a page that has one. The server computes every number once, at start-up, and hands them over in the figure's
// data-table attribute; this module only shows them, so the page and its static table cannot disagree.

import { button, element, labelled } from './dom.js';
import { t } from './messages.js';

/**
 * @typedef {{ vector: number[], neighbours: [string, string][] }} WordEntry
 * @typedef {{ dimensions: string[], words: Record<string, WordEntry>, sums: Record<string, [string, string][]> }} NeighbourData
 * @typedef {{ threshold: string, tp: number, fp: number, fn: number, tn: number,
 *   precision: string, recall: string, f1: string, accuracy: string }} ThresholdRow
 * @typedef {{ examples: [string, string, boolean][], thresholds: ThresholdRow[] }} ConfusionData
 */

/**
 * The query as the table writes it: lower case, single spaces around + and −.
 * @param {string} text
 */
export function normalise(text) {
  return text.toLowerCase().replace(/\s*([+-])\s*/g, ' $1 ').replace(/\s+/g, ' ').trim();
}

/**
 * The neighbours of a word or of one of the lesson's sums, or null when the table has neither.
 * @param {NeighbourData} data
 * @param {string} text
 * @returns {[string, string][] | null}
 */
export function lookUp(data, text) {
  const query = normalise(text);
  if (Object.hasOwn(data.words, query)) {
    return data.words[query].neighbours;
  }
  return Object.hasOwn(data.sums, query) ? data.sums[query] : null;
}

/**
 * The index of the slider's threshold nearest to a value.
 * @param {ConfusionData} data
 * @param {number} value
 */
export function thresholdIndex(data, value) {
  let best = 0;
  data.thresholds.forEach((row, index) => {
    if (Math.abs(Number(row.threshold) - value) < Math.abs(Number(data.thresholds[best].threshold) - value)) {
      best = index;
    }
  });
  return best;
}

/** A similarity as the lesson writes it, with a true minus sign, read back as a number. */
function similarityValue(text) {
  return Number(text.replace('−', '-'));
}

/**
 * @param {HTMLElement} figure
 * @param {NeighbourData} data
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {string} id
 */
export function mountNeighbours(figure, data, live, controls, id) {
  const input = element('input');
  input.type = 'text';
  input.id = `${id}-word`;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.maxLength = 80;
  input.setAttribute('list', `${id}-words`);
  input.dataset.neighboursWord = '';
  const list = element('datalist');
  list.id = `${id}-words`;
  for (const word of [...Object.keys(data.words), ...Object.keys(data.sums)]) {
    const option = element('option');
    option.value = word;
    list.append(option);
  }
  controls.append(labelled(t('neighbours.word'), input), list);
  const sums = element('div', 'neighbours__sums');
  sums.append(element('span', 'muted', t('neighbours.trySum')));
  for (const sum of Object.keys(data.sums)) {
    const example = button('button button--small', sum);
    example.dataset.neighboursSum = sum;
    example.addEventListener('click', () => {
      input.value = sum;
      show();
    });
    sums.append(example);
  }
  controls.append(sums);
  const heading = element('p', 'neighbours__heading');
  heading.setAttribute('aria-live', 'polite');
  const vector = element('p', 'neighbours__vector muted');
  const result = element('ol', 'neighbours__list');
  result.dataset.neighbours = '';
  live.append(heading, vector, result);

  const show = () => {
    const query = normalise(input.value);
    const found = lookUp(data, query);
    result.replaceChildren();
    vector.textContent = '';
    if (!query) {
      heading.textContent = t('neighbours.prompt');
      return;
    }
    if (!found) {
      heading.textContent = t('neighbours.unknown', { query });
      return;
    }
    heading.textContent = t('neighbours.nearest', { query });
    const entry = Object.hasOwn(data.words, query) ? data.words[query] : null;
    if (entry) {
      vector.textContent = t('neighbours.vector', {
        values: data.dimensions.map((name, i) => `${name} ${entry.vector[i]}`).join(', '),
      });
    }
    for (const [word, similarity] of found) {
      const item = element('li', 'neighbours__item');
      const name = element('span', 'neighbours__word', word);
      const meter = element('meter');
      meter.min = -1;
      meter.max = 1;
      meter.value = similarityValue(similarity);
      meter.setAttribute('aria-label', t('neighbours.similarityOf', { word }));
      const value = element('span', 'neighbours__similarity', similarity);
      item.append(name, meter, value);
      result.append(item);
    }
  };
  input.addEventListener('input', show);
  input.value = figure.dataset.start || Object.keys(data.words).find((word) => word === 'king') || Object.keys(data.words)[0];
  show();
}

/**
 * @param {HTMLElement} figure
 * @param {ConfusionData} data
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {string} id
 */
export function mountConfusion(figure, data, live, controls, id) {
  const slider = element('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = String(data.thresholds.length - 1);
  slider.step = '1';
  slider.value = String(thresholdIndex(data, 0.5));
  slider.id = `${id}-threshold`;
  slider.dataset.threshold = '';
  const shown = element('output', 'interactive__depth');
  shown.htmlFor = slider.id;
  controls.append(labelled(t('confusion.threshold'), slider), shown);

  const matrix = element('table', 'confusion__matrix');
  matrix.dataset.matrix = '';
  matrix.append(element('caption', '', t('confusion.matrix')));
  const head = element('tr');
  head.append(element('td'), element('th', '', t('confusion.predictedSpam')), element('th', '', t('confusion.predictedHam')));
  head.querySelectorAll('th').forEach((cell) => cell.setAttribute('scope', 'col'));
  const cells = { tp: element('td'), fp: element('td'), fn: element('td'), tn: element('td') };
  const spamRow = element('tr');
  const spamHead = element('th', '', t('confusion.actualSpam'));
  spamHead.setAttribute('scope', 'row');
  spamRow.append(spamHead, cells.tp, cells.fn);
  const hamRow = element('tr');
  const hamHead = element('th', '', t('confusion.actualHam'));
  hamHead.setAttribute('scope', 'row');
  hamRow.append(hamHead, cells.fp, cells.tn);
  const body = element('tbody');
  body.append(head, spamRow, hamRow);
  matrix.append(body);
  cells.tp.className = 'confusion__cell confusion__cell--right';
  cells.tn.className = 'confusion__cell confusion__cell--right';
  cells.fp.className = 'confusion__cell confusion__cell--wrong';
  cells.fn.className = 'confusion__cell confusion__cell--wrong';

  const metrics = element('dl', 'confusion__metrics');
  metrics.dataset.metrics = '';
  /** @type {Record<string, HTMLElement>} */
  const values = {};
  for (const name of ['precision', 'recall', 'f1', 'accuracy']) {
    const term = element('dt', '', t(`confusion.${name}`));
    values[name] = element('dd');
    values[name].dataset.metric = name;
    metrics.append(term, values[name]);
  }
  const grid = element('div', 'confusion');
  grid.append(matrix, metrics);

  const examples = element('ol', 'confusion__examples');
  examples.setAttribute('aria-label', t('confusion.examplesLabel'));
  const items = data.examples.map(([subject, score, spam]) => {
    const item = element('li', 'confusion__example');
    item.append(element('span', 'confusion__score', score), element('span', 'confusion__subject', subject),
      element('span', 'confusion__outcome'));
    examples.append(item);
    return { item, score: Number(score), spam };
  });
  const note = element('p', 'interactive__note');
  note.setAttribute('aria-live', 'polite');
  live.append(grid, note, examples);

  const update = () => {
    const row = data.thresholds[Number(slider.value)];
    shown.textContent = row.threshold;
    cells.tp.textContent = t('confusion.cell', { name: t('confusion.tp'), n: row.tp });
    cells.fn.textContent = t('confusion.cell', { name: t('confusion.fn'), n: row.fn });
    cells.fp.textContent = t('confusion.cell', { name: t('confusion.fp'), n: row.fp });
    cells.tn.textContent = t('confusion.cell', { name: t('confusion.tn'), n: row.tn });
    for (const name of ['precision', 'recall', 'f1', 'accuracy']) {
      values[name].textContent = row[name];
    }
    note.textContent = t('confusion.summary', { threshold: row.threshold, flagged: row.tp + row.fp, tp: row.tp, fp: row.fp });
    const threshold = Number(row.threshold);
    for (const { item, score, spam } of items) {
      const flagged = score >= threshold;
      const outcome = flagged ? (spam ? 'tp' : 'fp') : (spam ? 'fn' : 'tn');
      item.dataset.outcome = outcome;
      item.querySelector('.confusion__outcome').textContent = t(`confusion.${outcome}`);
    }
  };
  slider.addEventListener('input', update);
  update();
}
