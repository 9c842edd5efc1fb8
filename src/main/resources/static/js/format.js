// Numbers for people: four significant digits on the page, the exact value on hover and focus.

const MINUS = '\u2212';

/** A number as a person reads it: 4 significant digits, a real minus sign, NaN and Infinity spelled out. */
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
  if (abs >= 1e6 || abs < 1e-4) {
    text = value.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
  }
  else {
    text = String(Number(value.toPrecision(digits)));
  }
  return text.replace(/^-/, MINUS);
}

/** The exact value, for title attributes and screen readers. */
export function exactNumber(value) {
  if (value === null || value === undefined) {
    return 'NaN';
  }
  return String(value).replace(/^-/, MINUS);
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
