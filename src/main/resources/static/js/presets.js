// The lab's ready-made programs. Each teaches one thing, which its note (js.preset.NAME.note in the message bundle)
// says; the lesson on backpropagation links to them with ?preset=NAME. Those that train minimise a loss.

function chain(prefix, fn, first, depth) {
  const lines = [`${prefix}1 = ${fn}(${first})`];
  for (let i = 2; i <= depth; i++) {
    lines.push(`${prefix}${i} = ${fn}(${prefix}${i - 1})`);
  }
  return lines;
}

/** @type {Record<string, {program: string, values: Record<string, number>, trainable: string[], rate: number}>} */
export const PRESETS = {
  worked: {
    program: 'L = (w*x - y)^2',
    values: { w: 2, x: 3, y: 10 },
    trainable: ['w'],
    rate: 0.01,
  },
  neuron: {
    program: '# one neuron: weighted sum, sigmoid, squared error\nz = w*x + b\na = sigmoid(z)\nL = (a - target)^2',
    values: { w: 0.5, x: 1.5, b: -0.25, target: 1 },
    trainable: ['w', 'b'],
    rate: 1,
  },
  vanishing: {
    program: ['# ten sigmoids in a chain, next to the same chain with ReLU', ...chain('s', 'sigmoid', 'w*x', 10), ...chain('r', 'relu', 'v*x', 10), 'L = (s10 + r10 - target)^2'].join('\n'),
    values: { w: 1, v: 1, x: 1, target: 1 },
    trainable: ['w', 'v'],
    rate: 0.1,
  },
  exploding: {
    program: ['# each layer multiplies by 3', 'h1 = 3*w*x', ...Array.from({ length: 9 }, (_, i) => `h${i + 2} = 3*h${i + 1}`), 'L = (h10 - target)^2'].join('\n'),
    values: { w: 1, x: 1, target: 0 },
    trainable: ['w'],
    rate: 1e-10,
  },
  residual: {
    program: ['# h + sigmoid(h): the skip connection adds 1 to every local derivative', 'h0 = w*x',
      ...Array.from({ length: 8 }, (_, i) => `h${i + 1} = h${i} + sigmoid(h${i})`), 'L = (h8 - target)^2'].join('\n'),
    values: { w: 1, x: 1, target: 5 },
    trainable: ['w'],
    rate: 0.01,
  },
  micrograd: {
    program: ['a = -4.0', 'b = 2.0', 'c = a + b', 'd = a*b + b^3', 'c += c + 1', 'c += 1 + c + (-a)',
      'd += d*2 + relu(b + a)', 'd += 3*d + relu(b - a)', 'e = c - d', 'f = e^2', 'g = f / 2.0', 'g += 10.0 / f'].join('\n'),
    values: {},
    trainable: [],
    rate: 0.001,
  },
};

/**
 * The name of the preset whose program is program, or ''.
 *
 * @param {string} program
 */
export function presetOf(program) {
  return Object.keys(PRESETS).find((key) => PRESETS[key].program.trim() === program.trim()) ?? '';
}
