import assert from 'node:assert/strict';
import { test } from 'node:test';

import './support.js';
import { analyse, setLiteral, toPyTorch } from '../../main/resources/static/js/program.js';

test('inputs are the names read before they are assigned; functions and constants come from the server', () => {
  const { given, literals, output } = analyse('z = w*x + b\na = sigmoid(z) * pi\nL = (a - target)^2');
  assert.deepEqual(given, ['w', 'x', 'b', 'target']);
  assert.deepEqual(literals, []);
  assert.equal(output, 'L');
});

test('a name first assigned a plain number is an input whose value lives in the program', () => {
  const program = 'a = -4.0\nb = 2.0\nc = a + b';
  assert.deepEqual(analyse(program).literals, [{ name: 'a', value: -4 }, { name: 'b', value: 2 }]);
  assert.equal(setLiteral(program, 'b', '3.5'), 'a = -4.0\nb = 3.5\nc = a + b');
});

test('the PyTorch export runs the same program in float64 and prints every input\'s gradient', () => {
  const code = toPyTorch('z = w*x + b\nc = z\nc += max(z, 0)\nL = tanh(c)^2 * pi', { w: 2, x: 3, b: 0.5 });
  assert.match(code, /^w = torch\.tensor\(2\.0, dtype=torch\.float64, requires_grad=True\)$/m);
  assert.match(code, /^b = torch\.tensor\(0\.5, dtype=torch\.float64, requires_grad=True\)$/m);
  assert.match(code, /^c = c \+ \(max\(z, 0\)\)$/m);
  assert.match(code, /^L = tanh\(c\)\*\*2 \* math\.pi$/m);
  assert.match(code, /^def max\(a, b\):\n {4}return torch\.maximum\(/m);
  assert.match(code, /^def tanh\(v\):\n {4}return torch\.tanh\(/m);
  assert.match(code, /^L\.backward\(\)$/m);
  assert.match(code, /leaves = \{"w": w, "x": x, "b": b\}/);
});
