// Numbers for people: four significant digits on the page (whole numbers in full), the exact value on hover and focus.

const MINUS = '\u2212';

/** Whole numbers up to this size are written in full, so that 19683 × 3 = 59049 reads right. */
const WHOLE = 1e9;

/**
 * A number as a person reads it: whole numbers in full, others to 4 significant digits, a real minus sign, NaN and
 * Infinity spelled out.
 *
 * @param {number | string | null | undefined} value
 * @param {number} [digits]
 */
export function formatNumber(value, digits = 4) {
  if (value === null || value === undefined) {
    return 'NaN';
  }
  if (typeof value === 'string') {
    return value.replace(/^-/, MINUS);
  }
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? 'Infinity' : `${MINUS}Infinity`;
  }
  if (value === 0) {
    return '0';
  }
  const abs = Math.abs(value);
  let text;
  if (Number.isInteger(value) && abs < WHOLE) {
    text = String(value);
  }
  else if (abs >= 1e6 || abs < 1e-4) {
    text = value.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
  }
  else {
    text = String(Number(value.toPrecision(digits)));
  }
  return text.replace(/^-/, MINUS);
}

/**
 * The exact value, for title attributes and screen readers.
 *
 * @param {number | null | undefined} value
 */
export function exactNumber(value) {
  if (value === null || value === undefined) {
    return 'NaN';
  }
  return String(value).replace(/^-/, MINUS);
}

/**
 * A number in a sentence: what the page shows and, on hover, the exact value.
 *
 * @typedef {{shown: string, exact: string}} NumberPart
 * @typedef {string | NumberPart} TextPart
 * @param {number} value
 * @returns {NumberPart}
 */
export function numberPart(value) {
  return { shown: formatNumber(value), exact: exactNumber(value) };
}

/**
 * The value a shown number stands for, as a person would read it back.
 *
 * @param {number} value
 */
export function shownValue(value) {
  return Number(formatNumber(value).replace(MINUS, '-'));
}

/** A number for an <input>: plain ASCII, short but exact enough to round-trip what a person typed. */
export function inputNumber(value) {
  if (!Number.isFinite(value)) {
    return '';
  }
  return String(Number(value.toPrecision(12)));
}

/** Parses what a person typed, accepting a real minus sign and a decimal comma. */
export function parseNumber(text) {
  const cleaned = String(text).trim().replace(MINUS, '-').replace(',', '.');
  if (cleaned === '') {
    return NaN;
  }
  return Number(cleaned);
}
