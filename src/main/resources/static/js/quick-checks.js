// Progressive enhancement of the lesson page: quick checks and "Mark lesson complete" go through the JSON API
// and update the page in place. Without this script the same forms post to the server and the page reloads.

const article = document.querySelector('.lesson-body');
const messages = article ? article.dataset : {};

function paragraph(text, className) {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

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

function revealCorrect(form, choice) {
  const label = form.querySelectorAll('.quick-check__option')[choice];
  if (!label || label.classList.contains('is-correct')) return;
  label.classList.add('is-correct');
  const badge = document.createElement('span');
  badge.className = 'badge badge--done';
  badge.textContent = messages.msgCorrectOption;
  label.append(badge);
}

for (const form of document.querySelectorAll('form[data-quick-check]')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = form.querySelector('input[name="choice"]:checked');
    if (!checked) {
      showFeedback(form, [paragraph(messages.msgChoose, 'form-error')]);
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const id = encodeURIComponent(form.dataset.quickCheck);
      const { ok, json } = await postJson(`/api/quick-checks/${id}/answers`, { choice: Number(checked.value) });
      if (!ok) {
        showFeedback(form, [paragraph(json.detail || messages.msgError, 'form-error')]);
        return;
      }
      const parts = [paragraph(json.correct ? messages.msgRight : messages.msgWrong, 'feedback__verdict')];
      if (json.explanation) parts.push(paragraph(json.explanation));
      showFeedback(form, parts, json.correct ? 'correct' : 'wrong');
      if (json.correct) revealCorrect(form, json.choice);
    } catch {
      showFeedback(form, [paragraph(messages.msgError, 'form-error')]);
    } finally {
      button.disabled = false;
    }
  });
}

const completion = document.querySelector('form[data-completion]');
if (completion) {
  completion.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = document.querySelector('[data-completion-status]');
    try {
      const { ok, json } = await postJson(`/api/lessons/${encodeURIComponent(completion.dataset.lesson)}/completion`);
      if (!ok) {
        status.replaceChildren(paragraph(json.detail || messages.msgError, 'feedback feedback--wrong'));
        return;
      }
      status.replaceChildren(paragraph(messages.msgDone, 'feedback feedback--correct'));
      completion.hidden = true;
      const { completed, total, percent } = json.progress;
      const text = document.querySelector('[data-progress-text]');
      const bar = document.querySelector('[data-progress-bar]');
      if (text) text.textContent = messages.msgProgress.replace('{0}', completed).replace('{1}', total).replace('{2}', percent);
      if (bar) {
        bar.value = percent;
        bar.textContent = `${percent}%`;
      }
    } catch {
      status.replaceChildren(paragraph(messages.msgError, 'feedback feedback--wrong'));
    }
  });
}
