// The tokeniser of AI Sprouts lesson 8 and the next-word model of lesson 11, loaded by lesson-interactives.js only on
// a page that has one. Neither applies a rule of its own: every token, id, merge, count and probability comes from
// POST /api/tokeniser and POST /api/next-word, which use the models the server trained at start-up.

import { postJson } from './api.js';
import { button, element, labelled } from './dom.js';
import { t } from './messages.js';

/**
 * @typedef {{ id: number, text: string, shown: string }} Token
 * @typedef {{ rank: number, left: string, right: string, merged: string, times: number }} AppliedMerge
 * @typedef {{ tokens: Token[], count: number, characters: number, bytes: number, vocabularySize: number,
 *   merges: AppliedMerge[] }} Tokens
 * @typedef {{ word: string, count: number, probability: number }} Candidate
 * @typedef {{ word: string | null, known: boolean, total: number, temperature: number, candidates: Candidate[] }}
 *   Prediction
 */

/** How many candidates the bars show; the rest are summed into one line. */
export const SHOWN_CANDIDATES = 8;

/** A probability as a percentage with one decimal, as the server's table writes it. */
export function percent(probability) {
  return `${(probability * 100).toFixed(1)} %`;
}

/**
 * The candidates the bars show, and the share and number of the others.
 *
 * @param {Candidate[]} candidates
 * @param {number} [shown]
 */
export function topCandidates(candidates, shown = SHOWN_CANDIDATES) {
  const top = candidates.slice(0, shown);
  const rest = candidates.slice(shown);
  return { top, others: rest.length, othersProbability: rest.reduce((sum, c) => sum + c.probability, 0) };
}

/**
 * Picks a candidate with its probability, given a number from 0 (inclusive) to 1.
 *
 * @param {Candidate[]} candidates
 * @param {number} random
 */
export function sample(candidates, random) {
  let left = random;
  for (const candidate of candidates) {
    left -= candidate.probability;
    if (left < 0) {
      return candidate;
    }
  }
  return candidates[candidates.length - 1];
}

/**
 * Calls update after the learner pauses, with an AbortSignal that the next call aborts.
 *
 * @param {(signal: AbortSignal) => Promise<void>} update
 */
function debounced(update) {
  let timer = 0;
  /** @type {AbortController | null} */
  let controller = null;
  return () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      controller?.abort();
      controller = new AbortController();
      update(controller.signal).catch(() => {});
    }, 150);
  };
}

/**
 * @param {HTMLElement} figure
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export async function mountTokeniser(figure, live, controls, readout, id) {
  const max = Number(figure.dataset.maxLength) || 500;
  const input = element('textarea', 'language__text');
  input.id = `${id}-text`;
  input.rows = 3;
  input.maxLength = max;
  input.value = figure.dataset.sample || '';
  input.dataset.tokeniserText = '';
  input.spellcheck = false;
  controls.append(labelled(t('language.typeText', { max }), input));
  const chips = element('ol', 'token-chips');
  chips.setAttribute('aria-label', t('language.tokens'));
  chips.dataset.tokenChips = '';
  const details = element('details', 'language__merges');
  const summary = element('summary', '', t('language.mergesSummary'));
  const mergeList = element('ol', 'language__merge-list');
  mergeList.dataset.mergeList = '';
  details.append(summary, mergeList);
  readout.dataset.tokenCount = '';
  live.append(chips, details);

  /** @param {AbortSignal} signal */
  const update = async (signal) => {
    /** @type {Tokens} */
    const answer = await postJson('/api/tokeniser', { text: input.value }, signal).catch((error) => {
      if (!(error instanceof DOMException)) {
        readout.textContent = error.message;
      }
      throw error;
    });
    readout.textContent = t('language.count', {
      tokens: answer.count, characters: answer.characters, bytes: answer.bytes, vocabulary: answer.vocabularySize,
    });
    chips.replaceChildren(...answer.tokens.map((token, index) => {
      const chip = element('li', `token-chip token-chip--${index % 6}`);
      chip.title = t('language.tokenTitle', { id: token.id });
      chip.append(element('span', 'token-chip__text', token.shown), ' ', element('span', 'token-chip__id', String(token.id)));
      return chip;
    }));
    mergeList.replaceChildren(...answer.merges.map((merge) => element('li', '', t('language.merge', {
      rank: merge.rank, left: merge.left, right: merge.right, merged: merge.merged, times: merge.times,
    }))));
    summary.textContent = t('language.mergesSummary', { n: answer.merges.length });
  };
  input.addEventListener('input', debounced(update));
  await update(new AbortController().signal);
}

/**
 * @param {HTMLElement} figure
 * @param {HTMLElement} live
 * @param {HTMLElement} controls
 * @param {HTMLElement} readout
 * @param {string} id
 */
export async function mountNextWord(figure, live, controls, readout, id) {
  const max = Number(figure.dataset.maxLength) || 500;
  const input = element('input', 'language__prompt');
  input.type = 'text';
  input.id = `${id}-prompt`;
  input.maxLength = max;
  input.value = figure.dataset.sample || '';
  input.dataset.nextWordText = '';
  input.spellcheck = false;
  const temperature = element('input');
  temperature.type = 'range';
  temperature.min = '0.1';
  temperature.max = '3';
  temperature.step = '0.1';
  temperature.value = '1';
  temperature.id = `${id}-temperature`;
  temperature.dataset.temperature = '';
  const shown = element('output', 'language__temperature', '1.0');
  shown.htmlFor = temperature.id;
  const choose = button('button button--small', t('language.sample'), 'sampleWord');
  controls.append(labelled(t('language.prompt'), input), labelled(t('language.temperature'), temperature), shown,
    choose);
  const bars = element('ol', 'next-words');
  bars.dataset.nextWordBars = '';
  const others = element('p', 'interactive__note');
  live.append(bars, others);
  /** @type {Prediction | null} */
  let prediction = null;

  const append = (word) => {
    input.value = `${input.value.trimEnd()}${/^[.,;:!?]$/.test(word) ? '' : ' '}${word}`.slice(0, max);
    refresh();
  };

  /** @param {AbortSignal} signal */
  const update = async (signal) => {
    shown.textContent = Number(temperature.value).toFixed(1);
    /** @type {Prediction} */
    const answer = await postJson('/api/next-word', { text: input.value, temperature: Number(temperature.value) }, signal)
      .catch((error) => {
        if (!(error instanceof DOMException)) {
          readout.textContent = error.message;
        }
        throw error;
      });
    prediction = answer;
    choose.disabled = !answer.known;
    if (!answer.known) {
      readout.textContent = answer.word === null ? t('language.noWord') : t('language.unknown', { word: answer.word });
      bars.replaceChildren();
      others.textContent = '';
      return;
    }
    readout.textContent = t('language.after', { word: answer.word, total: answer.total });
    const { top, others: rest, othersProbability } = topCandidates(answer.candidates);
    bars.replaceChildren(...top.map((candidate) => {
      const item = element('li', 'next-word');
      const pick = button('next-word__word', candidate.word);
      pick.title = t('language.append', { word: candidate.word });
      pick.addEventListener('click', () => append(candidate.word));
      const bar = element('span', 'next-word__bar');
      bar.style.setProperty('--share', String(candidate.probability));
      const value = element('span', 'next-word__value', `${percent(candidate.probability)} (${candidate.count})`);
      item.append(pick, bar, value);
      return item;
    }));
    const share = percent(othersProbability);
    others.textContent = rest > 1 ? t('language.others', { n: rest, share }) : rest === 1 ? t('language.other', { share }) : '';
  };
  const refresh = debounced(update);
  input.addEventListener('input', refresh);
  temperature.addEventListener('input', refresh);
  choose.addEventListener('click', () => {
    if (prediction?.known) {
      append(sample(prediction.candidates, Math.random()).word);
    }
  });
  await update(new AbortController().signal);
}
