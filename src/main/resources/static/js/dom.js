// Small helpers for the lesson interactives that build their controls in the page.

/**
 * A new element with an optional class and text.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) {
    el.className = className;
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

/**
 * A control inside its label, as the lab's fields are written.
 * @param {string} text
 * @param {HTMLElement} control
 * @returns {HTMLElement}
 */
export function labelled(text, control) {
  const label = element('label', 'lab-field');
  label.append(element('span', '', text), control);
  return label;
}

/**
 * A button that does something in the page, not a form's submit button (the type says so, or a button in a form
 * would send it). The marker, when given, is the data attribute that scripts and tests find it by: 'kMeansNext'
 * adds data-k-means-next.
 * @param {string} className
 * @param {string} text
 * @param {string} [marker]
 * @returns {HTMLButtonElement}
 */
export function button(className, text, marker) {
  const el = element('button', className, text);
  el.type = 'button';
  if (marker) {
    el.dataset[marker] = '';
  }
  return el;
}
