// The Neural Network Playground's pure parts: reading CSV, naming weights, and writing the Backprop Lab program
// that computes one training point's loss through the network. No DOM here.

/** The largest number of points a learner may send, as the API's default limit. */
export const MAX_POINTS = 2000;

/**
 * Reads CSV text of x1,x2,label lines. Blank lines and a first line that is a header are skipped.
 * @param {string} text
 * @param {boolean} classification whether labels are classes (1, or -1 and 0 for the other class)
 * @returns {{points: number[][]} | {error: {line: number, key: string, params: object}}}
 */
export function parseCsv(text, classification) {
  const points = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === '') {
      continue;
    }
    const fields = line.split(/[,;\t]/).map((field) => field.trim());
    if (points.length === 0 && index === firstNonBlank(lines) && fields.every((f) => /^[A-Za-z]/.test(f))) {
      continue; // a header such as x1,x2,label (words only: a row with one bad number is an error, not a header)
    }
    const fail = (key, params = {}) => ({ error: { line: index + 1, key, params } });
    if (fields.length !== 3) {
      return fail('playground.csv.fields');
    }
    const numbers = [];
    for (const field of fields) {
      const value = field === '' ? NaN : Number(field);
      if (!Number.isFinite(value)) {
        return fail('playground.csv.number', { text: field });
      }
      numbers.push(value);
    }
    if (Math.abs(numbers[0]) > 1e6 || Math.abs(numbers[1]) > 1e6 || Math.abs(numbers[2]) > 1e6) {
      return fail('playground.csv.range');
    }
    if (classification) {
      if (![1, -1, 0].includes(numbers[2])) {
        return fail('playground.csv.label', { label: fields[2] });
      }
      numbers[2] = numbers[2] === 1 ? 1 : -1;
    }
    if (points.length === MAX_POINTS) {
      return { error: { line: index + 1, key: 'playground.csv.tooMany', params: { max: MAX_POINTS } } };
    }
    points.push(numbers);
  }
  return { points };
}

function firstNonBlank(lines) {
  return lines.findIndex((line) => line.trim() !== '');
}

/** The longest our own doubling makes a wait, in milliseconds; a longer Retry-After is still honoured. */
export const MAX_BACKOFF = 30000;

/**
 * How long to wait before trying again after a 429, in milliseconds: what the server's Retry-After asks (1 s when it
 * says nothing usable), and at least twice the last wait when it refuses again, doubling up to MAX_BACKOFF.
 * @param {number} retryAfter the Retry-After header in seconds (NaN when missing)
 * @param {number} previous the last wait, 0 when the last request was answered
 */
export function retryDelay(retryAfter, previous) {
  const asked = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000;
  return Math.max(asked, Math.min(MAX_BACKOFF, 2 * previous));
}

/** The label of a class (+1 or -1) as the loss reads it. */
export function lossLabel(loss, positiveOrNegative) {
  return loss === 'cross-entropy' ? (positiveOrNegative > 0 ? 1 : 0) : positiveOrNegative;
}

/** The name of weight i (from 0) into neuron j (from 0) of layer l (from 0, the output layer last). */
export function weightName(l, j, i) {
  return `w${l + 1}_${j + 1}_${i + 1}`;
}

export function biasName(l, j) {
  return `b${l + 1}_${j + 1}`;
}

/** The number as the language reads it back exactly (JavaScript's shortest round-trip form). */
function literal(value) {
  return String(value);
}

/** A feature of a point as an expression of its coordinates, computed as the server computes it. */
function featureExpression(name, x1, x2) {
  const a = literal(x1);
  const b = literal(x2);
  switch (name) {
    case 'x1': return a;
    case 'x2': return b;
    case 'x1^2': return `(${a}*${a})`;
    case 'x2^2': return `(${b}*${b})`;
    case 'x1*x2': return `(${a}*${b})`;
    case 'sin(x1)': return `sin(${a})`;
    case 'sin(x2)': return `sin(${b})`;
    default: throw new Error(`Unknown feature ${name}`);
  }
}

function activate(activation, sum) {
  return activation === 'linear' ? sum : `${activation}(${sum})`;
}

/**
 * The Backprop Lab program for one training point: the network's forward pass written out neuron by neuron, in
 * the order the server's graph computes it, then the loss and the regularisation. Its values are the weights.
 * @param {object} model {layers: [{weight, bias}], features, activation, loss, regularization: {kind, rate}}
 * @param {number[]} point [x1, x2, label] with the label as the loss reads it
 * @param {string} comment the first line, a comment
 * @returns {{program: string, values: Object<string, number>}}
 */
export function labProgram(model, point, comment) {
  const [x1, x2, label] = point;
  /** @type {Record<string, number>} */
  const values = {};
  const lines = [comment];
  let inputs = model.features.map((name) => featureExpression(name, x1, x2));
  model.layers.forEach((layer, l) => {
    const last = l === model.layers.length - 1;
    const outputs = [];
    layer.weight.forEach((row, j) => {
      const terms = row.map((w, i) => {
        values[weightName(l, j, i)] = w;
        return `${weightName(l, j, i)}*${inputs[i]}`;
      });
      values[biasName(l, j)] = layer.bias[j];
      const sum = `${terms.join(' + ')} + ${biasName(l, j)}`;
      const name = last ? 's' : `h${l + 1}_${j + 1}`;
      lines.push(`${name} = ${last ? sum : activate(model.activation, sum)}`);
      outputs.push(name);
    });
    inputs = outputs;
  });
  const y = literal(label);
  let loss;
  if (model.loss === 'hinge') {
    loss = `relu(1 - ${y}*s)`;
  } else if (model.loss === 'cross-entropy') {
    loss = `max(s, 0) - s*${y} + log(1 + exp(-abs(s)))`;
  } else {
    loss = `(s - ${y})^2`;
  }
  const kind = model.regularization?.kind ?? 'none';
  if (kind !== 'none') {
    const terms = Object.keys(values).map((name) => (kind === 'l2' ? `${name}^2` : `abs(${name})`));
    loss = `${loss} + ${literal(model.regularization.rate)} * (${terms.join(' + ')})`;
  }
  lines.push(`loss = ${loss}`);
  return { program: `${lines.join('\n')}\n`, values };
}

/** The Backprop Lab's address for a program and its values (the lab's share-link format). */
export function labUrl(program, values) {
  const params = new URLSearchParams();
  params.set('program', program);
  params.set('values', JSON.stringify(values));
  return `/lab/autograd?${params}`;
}

/**
 * The colour of a value from -1 (orange) through 0 (background) to +1 (blue), as [r, g, b].
 * @param {number} value
 * @param {boolean} dark
 */
export function heatColour(value, dark) {
  const v = Math.max(-1, Math.min(1, Number.isFinite(value) ? value : 0));
  const base = dark ? [26, 32, 41] : [250, 250, 248];
  const positive = dark ? [80, 160, 255] : [30, 110, 200];
  const negative = dark ? [255, 160, 80] : [230, 120, 20];
  const target = v >= 0 ? positive : negative;
  const a = Math.abs(v);
  return base.map((c, k) => Math.round(c + (target[k] - c) * a));
}
