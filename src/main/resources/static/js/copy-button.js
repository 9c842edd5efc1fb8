// Copy buttons: a button with data-copy="ID" copies the value of the field with that id. The button is hidden in
// the page and shown here, so that without JavaScript the field is there to select by hand. The result is said in
// the element with data-copy-status="ID" (aria-live), when there is one.

import { t } from './messages.js';

/**
 * Copies the field's value; when the clipboard refuses, selects it for the keyboard instead.
 *
 * @param {HTMLInputElement} field
 * @param {HTMLElement | null} status
 */
async function copy(field, status) {
  try {
    await navigator.clipboard.writeText(field.value);
    if (status) {
      status.textContent = t('copy.done');
    }
  }
  catch {
    field.focus();
    field.select();
    if (status) {
      status.textContent = t('copy.failed');
    }
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  if (!(button instanceof HTMLButtonElement)) {
    continue;
  }
  const field = document.getElementById(button.dataset.copy ?? '');
  if (!(field instanceof HTMLInputElement)) {
    continue;
  }
  const status = document.querySelector(`[data-copy-status="${CSS.escape(field.id)}"]`);
  button.hidden = false;
  button.addEventListener('click', () => copy(field, status instanceof HTMLElement ? status : null));
}
