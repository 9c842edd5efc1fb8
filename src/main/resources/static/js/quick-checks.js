// Progressive enhancement of the lesson page: quick checks and "Mark lesson complete" go through the JSON API
// and update the page in place. Without this script the same forms post to the server and the page reloads.

import { t } from './messages.js';

/**
 * The API's answers, generated from docs/openapi.json (scripts/update-openapi.sh).
 *
 * @typedef {import('./types/api').components['schemas']['AnswerResponse']} AnswerResponse
 * @typedef {import('./types/api').components['schemas']['CompletionResponse']} CompletionResponse
 * @typedef {import('./types/api').components['schemas']['Problem']} Problem
 * @typedef {import('./types/api').components['schemas']['OpenQuickChecksProblem']} OpenQuickChecksProblem
 */

function paragraph(text, className) {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

/**
 * @template T the answer when the request succeeds
 * @param {string} url
 * @param {unknown} [body]
 * @returns {Promise<{ok: true, status: number, json: T} | {ok: false, status: number, json: Problem}>}
 */
async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, json };
}

function showFeedback(form, parts, state) {
  const feedback = form.querySelector('[data-feedback]');
  feedback.classList.remove('feedback--correct', 'feedback--wrong');
  if (state) feedback.classList.add(state === 'correct' ? 'feedback--correct' : 'feedback--wrong');
  feedback.replaceChildren(...parts);
}

/** Marks the option just chosen as wrong, by colour, an icon and words, and clears an earlier mark. */
function markWrong(form, choice) {
  for (const marked of form.querySelectorAll('.quick-check__option.is-wrong')) {
    marked.classList.remove('is-wrong');
    marked.querySelector('.badge--wrong')?.remove();
  }
  if (choice === null) return;
  const label = form.querySelectorAll('.quick-check__option')[choice];
  if (!label) return;
  label.classList.add('is-wrong');
  const badge = document.createElement('span');
  badge.className = 'badge badge--wrong';
  badge.textContent = t('quickCheck.wrongOption');
  label.append(badge);
}

/** The hint written for the wrong option chosen, after its label. */
function hintParagraph(hint) {
  const p = document.createElement('p');
  p.className = 'feedback__hint';
  const label = document.createElement('span');
  label.className = 'feedback__hint-label';
  label.textContent = t('quickCheck.hintLabel');
  p.append(label, ' ', hint);
  return p;
}

function revealCorrect(form, choice) {
  const label = form.querySelectorAll('.quick-check__option')[choice];
  if (!label || label.classList.contains('is-correct')) return;
  label.classList.add('is-correct');
  const badge = document.createElement('span');
  badge.className = 'badge badge--done';
  badge.textContent = t('quickCheck.correctOption');
  label.append(badge);
}

for (const form of document.querySelectorAll('form[data-quick-check]')) {
  if (!(form instanceof HTMLFormElement)) continue;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="choice"]:checked'));
    if (!checked) {
      showFeedback(form, [paragraph(t('quickCheck.choose'), 'form-error')]);
      return;
    }
    const button = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
    button.disabled = true;
    try {
      const id = encodeURIComponent(form.dataset.quickCheck);
      const { ok, json } = /** @type {{ok: boolean, json: AnswerResponse & Problem}} */ (
        await postJson(`/api/quick-checks/${id}/answers`, { choice: Number(checked.value) }));
      if (!ok) {
        showFeedback(form, [paragraph(json.detail || t('quickCheck.error'), 'form-error')]);
        return;
      }
      // The verdict comes in the answer, in the page's language, from the same messages as the page.
      const parts = [paragraph(json.message, 'feedback__verdict')];
      if (json.hint) parts.push(hintParagraph(json.hint));
      if (json.explanation) parts.push(paragraph(json.explanation));
      showFeedback(form, parts, json.correct ? 'correct' : 'wrong');
      markWrong(form, json.correct ? null : json.choice);
      if (json.correct) revealCorrect(form, json.choice);
    } catch {
      showFeedback(form, [paragraph(t('quickCheck.error'), 'form-error')]);
    } finally {
      button.disabled = false;
    }
  });
}

const completion = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-completion]'));
if (completion) {
  completion.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = document.querySelector('[data-completion-status]');
    try {
      const { ok, json } = /** @type {{ok: boolean, json: CompletionResponse & OpenQuickChecksProblem}} */ (
        await postJson(`/api/lessons/${encodeURIComponent(completion.dataset.lesson)}/completion`));
      if (!ok) {
        status.replaceChildren(paragraph(json.detail || t('quickCheck.error'), 'feedback feedback--wrong'));
        return;
      }
      status.replaceChildren(paragraph(t('quickCheck.done'), 'feedback feedback--correct'));
      completion.hidden = true;
      const { completed, total, percent } = json.progress;
      const text = document.querySelector('[data-progress-text]');
      const bar = /** @type {HTMLProgressElement | null} */ (document.querySelector('[data-progress-bar]'));
      if (text) text.textContent = t('progress.summary', { 0: completed, 1: total, 2: percent });
      if (bar) {
        bar.value = percent;
        bar.textContent = `${percent}%`;
      }
    } catch {
      status.replaceChildren(paragraph(t('quickCheck.error'), 'feedback feedback--wrong'));
    }
  });
}
