import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  MAX_BACKOFF, MAX_POINTS, biasName, heatColour, labProgram, labUrl, lossLabel, parseCsv, retryDelay, weightName,
} from '../../main/resources/static/js/playground-model.js';

test('CSV rows become points, with a header, blank lines, semicolons, tabs and Windows line ends', () => {
  const text = '\r\nx1,x2,label\r\n0.5, -1, 1\r\n\r\n2;3;-1\n-4\t5\t0\n';
  assert.deepEqual(parseCsv(text, true), { points: [[0.5, -1, 1], [2, 3, -1], [-4, 5, -1]] });
});

test('for classification 0 and -1 both mean the other class; for regression the label is kept as written', () => {
  assert.deepEqual(parseCsv('1,1,0\n1,1,-1\n1,1,1', true), { points: [[1, 1, -1], [1, 1, -1], [1, 1, 1]] });
  assert.deepEqual(parseCsv('1,1,0\n1,1,2.5', false), { points: [[1, 1, 0], [1, 1, 2.5]] });
});

test('a bad row is reported with its line number, counting blank lines and the header', () => {
  assert.deepEqual(parseCsv('x1,x2,label\n1,2,1\n\n3,4', true),
    { error: { line: 4, key: 'playground.csv.fields', params: {} } });
  assert.deepEqual(parseCsv('1,2,1\n1,two,1', true),
    { error: { line: 2, key: 'playground.csv.number', params: { text: 'two' } } });
  assert.deepEqual(parseCsv('1,,1', true), { error: { line: 1, key: 'playground.csv.number', params: { text: '' } } });
  assert.deepEqual(parseCsv('1,2,1\n3,4,2', true), { error: { line: 2, key: 'playground.csv.label', params: { label: '2' } } });
  assert.deepEqual(parseCsv('1,2,1,4', true), { error: { line: 1, key: 'playground.csv.fields', params: {} } });
  assert.deepEqual(parseCsv('1e7,0,1', true), { error: { line: 1, key: 'playground.csv.range', params: {} } });
  assert.deepEqual(parseCsv('1,2,1\n1,2,Infinity', false),
    { error: { line: 2, key: 'playground.csv.number', params: { text: 'Infinity' } } });
});

test('a first line with a number among words is a bad row, not a header', () => {
  assert.deepEqual(parseCsv('1,2,Infinity\n1,2,1', false),
    { error: { line: 1, key: 'playground.csv.number', params: { text: 'Infinity' } } });
  assert.deepEqual(parseCsv('0.5,0.5,yes', true), { error: { line: 1, key: 'playground.csv.number', params: { text: 'yes' } } });
});

test('only the first line may be a header: a later line with words is an error', () => {
  assert.deepEqual(parseCsv('1,2,1\nx1,x2,label', true),
    { error: { line: 2, key: 'playground.csv.number', params: { text: 'x1' } } });
});

test('up to the limit of points is accepted; one more names the line that goes over', () => {
  const rows = Array.from({ length: MAX_POINTS }, (_, i) => `${i},0,1`);
  assert.equal(/** @type {{points: number[][]}} */ (parseCsv(rows.join('\n'), true)).points.length, MAX_POINTS);
  assert.deepEqual(parseCsv(['x1,x2,label', ...rows, '0,0,-1'].join('\n'), true),
    { error: { line: MAX_POINTS + 2, key: 'playground.csv.tooMany', params: { max: MAX_POINTS } } });
});

test('empty text has no points', () => {
  assert.deepEqual(parseCsv('\n  \n', true), { points: [] });
});

test('cross-entropy reads classes as 1 and 0; the other losses as 1 and -1', () => {
  assert.equal(lossLabel('cross-entropy', 1), 1);
  assert.equal(lossLabel('cross-entropy', -1), 0);
  assert.equal(lossLabel('hinge', -1), -1);
  assert.equal(lossLabel('mse', 1), 1);
});

test('weights and biases are named by layer, neuron and input, counted from 1', () => {
  assert.equal(weightName(0, 2, 1), 'w1_3_2');
  assert.equal(biasName(2, 0), 'b3_1');
});

// Runs a program of the lab's language as JavaScript, for the few functions labProgram writes: enough to check
// that the program computes the loss the formulas say, with its values.
function run(program, values) {
  const scope = { ...values };
  const functions = {
    relu: (a) => Math.max(a, 0), tanh: Math.tanh, sigmoid: (a) => 1 / (1 + Math.exp(-a)),
    sin: Math.sin, exp: Math.exp, log: Math.log, abs: Math.abs, max: Math.max,
  };
  for (const line of program.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) {
      continue;
    }
    const [name, expression] = line.split(' = ');
    const js = expression.replaceAll('^', '**');
    scope[name] = new Function(...Object.keys(functions), ...Object.keys(scope), `return ${js};`)(
      ...Object.values(functions), ...Object.values(scope));
  }
  return scope;
}

const network = {
  layers: [
    { weight: [[0.5, -0.25, 2], [1, 0.125, -1]], bias: [0.1, -0.2] },
    { weight: [[1.5, -2]], bias: [0.3] },
  ],
  features: ['x1', 'x2', 'x1*x2'],
  activation: 'tanh',
  loss: 'hinge',
  regularization: { kind: 'none', rate: 0 },
};

function forward(model, [x1, x2]) {
  const inputs = { x1, x2, 'x1^2': x1 * x1, 'x2^2': x2 * x2, 'x1*x2': x1 * x2, 'sin(x1)': Math.sin(x1), 'sin(x2)': Math.sin(x2) };
  let a = model.features.map((f) => inputs[f]);
  model.layers.forEach((layer, l) => {
    const last = l === model.layers.length - 1;
    a = layer.weight.map((row, j) => {
      const sum = row.reduce((s, w, i) => s + w * a[i], layer.bias[j]);
      return last ? sum : run(`h = ${model.activation}(${sum})`, {}).h;
    });
  });
  return a[0];
}

test('the lab program is the forward pass neuron by neuron, then the loss, with the weights as its values', () => {
  const { program, values } = labProgram(network, [0.5, -2, -1], '# point 1');
  assert.equal(program, [
    '# point 1',
    'h1_1 = tanh(w1_1_1*0.5 + w1_1_2*-2 + w1_1_3*(0.5*-2) + b1_1)',
    'h1_2 = tanh(w1_2_1*0.5 + w1_2_2*-2 + w1_2_3*(0.5*-2) + b1_2)',
    's = w2_1_1*h1_1 + w2_1_2*h1_2 + b2_1',
    'loss = relu(1 - -1*s)',
    '',
  ].join('\n'));
  assert.deepEqual(values, {
    w1_1_1: 0.5, w1_1_2: -0.25, w1_1_3: 2, b1_1: 0.1, w1_2_1: 1, w1_2_2: 0.125, w1_2_3: -1, b1_2: -0.2,
    w2_1_1: 1.5, w2_1_2: -2, b2_1: 0.3,
  });
});

test('the lab program computes each loss and regulariser as the API documents them', () => {
  const point = [0.5, -2];
  const s = forward(network, point);
  const weights = [0.5, -0.25, 2, 0.1, 1, 0.125, -1, -0.2, 1.5, -2, 0.3];
  const cases = [
    { loss: 'hinge', label: -1, regularization: { kind: 'none', rate: 0 }, expected: Math.max(0, 1 + s) },
    { loss: 'mse', label: 0.75, regularization: { kind: 'none', rate: 0 }, expected: (s - 0.75) ** 2 },
    { loss: 'cross-entropy', label: 1, regularization: { kind: 'none', rate: 0 }, expected: -Math.log(1 / (1 + Math.exp(-s))) },
    { loss: 'cross-entropy', label: 0, regularization: { kind: 'none', rate: 0 }, expected: -Math.log(1 - 1 / (1 + Math.exp(-s))) },
    { loss: 'hinge', label: 1, regularization: { kind: 'l2', rate: 0.01 },
      expected: Math.max(0, 1 - s) + 0.01 * weights.reduce((a, w) => a + w * w, 0) },
    { loss: 'mse', label: 2, regularization: { kind: 'l1', rate: 0.001 },
      expected: (s - 2) ** 2 + 0.001 * weights.reduce((a, w) => a + Math.abs(w), 0) },
  ];
  for (const { loss, label, regularization, expected } of cases) {
    const model = { ...network, loss, regularization };
    const { program, values } = labProgram(model, [...point, label], '# a point');
    const scope = run(program, values);
    assert.ok(Math.abs(scope.s - s) < 1e-12, `${loss}: score`);
    assert.ok(Math.abs(scope.loss - expected) < 1e-12, `${loss} ${regularization.kind}: ${scope.loss} against ${expected}`);
  }
});

test('every feature is written as the server computes it, and numbers are written back exactly', () => {
  const model = {
    layers: [{ weight: [[1, 1, 1, 1, 1, 1, 1]], bias: [0] }],
    features: ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'],
    activation: 'relu', loss: 'mse', regularization: { kind: 'none', rate: 0 },
  };
  const x1 = 0.1 + 0.2;
  const { program } = labProgram(model, [x1, -1e-7, 0], '# features');
  assert.match(program, /^s = w1_1_1\*0\.30000000000000004 \+ w1_1_2\*-1e-7 \+ w1_1_3\*\(0\.30000000000000004\*0\.30000000000000004\) /m);
  assert.match(program, /w1_1_6\*sin\(0\.30000000000000004\) \+ w1_1_7\*sin\(-1e-7\) \+ b1_1$/m);
  assert.throws(() => labProgram({ ...model, features: ['x3'] }, [0, 0, 0], '#'), /Unknown feature x3/);
});

test('a network without hidden layers and with a linear activation writes only the score', () => {
  const model = { ...network, layers: [{ weight: [[2, 3, 4]], bias: [1] }], activation: 'linear' };
  const { program } = labProgram(model, [1, 1, 1], '# linear');
  assert.equal(program.split('\n')[1], 's = w1_1_1*1 + w1_1_2*1 + w1_1_3*(1*1) + b1_1');
});

test('the lab address carries the program and its values as the lab reads them', () => {
  const url = labUrl('L = w*x\n', { w: 2, x: -0.5 });
  assert.ok(url.startsWith('/lab/autograd?'));
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  assert.equal(params.get('program'), 'L = w*x\n');
  assert.deepEqual(JSON.parse(params.get('values') ?? ''), { w: 2, x: -0.5 });
});

test('heat colours run from orange through the background to blue, clamped, and zero for a non-finite value', () => {
  assert.deepEqual(heatColour(0, false), [250, 250, 248]);
  assert.deepEqual(heatColour(1, false), [30, 110, 200]);
  assert.deepEqual(heatColour(-1, false), [230, 120, 20]);
  assert.deepEqual(heatColour(5, false), heatColour(1, false));
  assert.deepEqual(heatColour(NaN, true), [26, 32, 41]);
  assert.deepEqual(heatColour(0.5, true), [53, 96, 148]);
});

test('after a 429 the page waits as the server asks, and longer each time it is refused again', () => {
  assert.equal(retryDelay(3, 0), 3000);
  assert.equal(retryDelay(NaN, 0), 1000);
  assert.equal(retryDelay(0, 0), 1000);
  assert.equal(retryDelay(1, 1000), 2000);
  assert.equal(retryDelay(1, 2000), 4000);
  assert.equal(retryDelay(5, 1000), 5000);
  assert.equal(retryDelay(1, 20000), MAX_BACKOFF);
  assert.equal(retryDelay(1, MAX_BACKOFF), MAX_BACKOFF);
  assert.equal(retryDelay(120, 0), 120000);
});
