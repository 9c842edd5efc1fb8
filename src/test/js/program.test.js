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
  assert.match(code, /^c = c \+ \(max\(z, num\(0\.0\)\)\)$/m);
  assert.match(code, /^L = tanh\(c\)\*\*num\(2\.0\) \* num\(math\.pi\)$/m);
  assert.match(code, /^def max\(a, b\):\n {4}return torch\.maximum\(/m);
  assert.match(code, /^def tanh\(v\):\n {4}return torch\.tanh\(/m);
  assert.match(code, /^if L\.requires_grad:.*\n {4}L\.backward\(\)$/m);
  assert.match(code, /leaves = \{"w": w, "x": x, "b": b\}/);
});

test('a newline inside parentheses stays inside the statement, as on the server', () => {
  const code = toPyTorch('L = (w*x -\n  y)^2', { w: 2, x: 3, y: 10 });
  assert.match(code, /^L = \(w\*x - {3}y\)\*\*num\(2\.0\)$/m);
});

test('an output made of numbers alone is a tensor that skips backward, and -0 keeps its sign', () => {
  const code = toPyTorch('a = -0.0\nq = 2*3', {});
  assert.match(code, /^a = torch\.tensor\(-0\.0, dtype=torch\.float64, requires_grad=True\)$/m);
  assert.match(code, /^q = num\(2\.0\)\*num\(3\.0\)$/m);
  assert.match(code, /^if q\.requires_grad:/m);
});

test('a name with a value in the values table is no literal input, as on the server', () => {
  const code = toPyTorch('x = 0.5\nL = x', { x: 2 });
  assert.doesNotMatch(code, /^x = torch\.tensor\(0\.5/m);
  assert.match(code, /^x = num\(0\.5\)$/m);
});
