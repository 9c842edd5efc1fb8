// Gradient descent, written once for the lab and the lessons: which inputs train by default, and one step downhill.

/** @typedef {import('./autograd-client.js').GraphInput} GraphInput */

const WEIGHT_OR_BIAS = /^(?:w|b|weights?|bias(?:es)?|theta)(?:_?\d+|_\w+)?$/i;
const DATA = /^(?:x|y|t|target|label|data|input)(?:_?\d+|_\w+)?$/i;

/**
 * The inputs a program trains unless the learner chooses: those named like weights and biases (w, w1, b2, bias), or
 * else every input that is not named like data (x, y, target, label).
 *
 * @param {string[]} names
 * @returns {string[]}
 */
export function defaultTrainable(names) {
  const weights = names.filter((name) => WEIGHT_OR_BIAS.test(name));
  return weights.length ? weights : names.filter((name) => !DATA.test(name));
}

/**
 * One step of gradient descent: each trainable input moves against its gradient, by rate times the gradient. An input
 * whose gradient is not finite stays where it is. Returns the new values of the inputs that moved.
 *
 * @param {GraphInput[]} inputs
 * @param {Set<string>} trainable
 * @param {number} rate
 * @returns {Record<string, number>}
 */
export function descend(inputs, trainable, rate) {
  /** @type {Record<string, number>} */
  const next = {};
  for (const input of inputs) {
    if (trainable.has(input.name) && Number.isFinite(input.grad) && Number.isFinite(input.value)) {
      next[input.name] = input.value - rate * input.grad;
    }
  }
  return next;
}
