// Just enough of the lab's language in the browser to find a program's inputs, rewrite an input's value and
// translate the program to PyTorch. The server's parser stays the judge of what is valid, and the names of functions
// and constants come from the server (language.js).

import { isConstant, isFunction } from './language.js';

const TOKEN = /[ \t\r]*(?:(#[^\n]*)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(\*\*|[-+*/]=|[-+*/^(),=;\n])|(\S))/y;

/**
 * The program's tokens, each with its kind, text and the whitespace in front of it. As on the server, a newline
 * inside parentheses is only white space (a space, so that a translation stays one line).
 */
export function tokenize(program) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  let depth = 0;
  let pending = '';
  while (at < program.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(program);
    if (!m || m[0] === '') {
      break;
    }
    at = TOKEN.lastIndex;
    const space = pending + m[0].slice(0, m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').length);
    pending = '';
    if (m[4] === '\n' && depth > 0) {
      pending = `${space} `;
      continue;
    }
    if (m[4] === '(') {
      depth++;
    }
    else if (m[4] === ')' && depth > 0) {
      depth--;
    }
    if (m[2]) {
      tokens.push({ kind: 'number', text: m[2], space });
    }
    else if (m[3]) {
      tokens.push({ kind: 'name', text: m[3], space });
    }
    else if (m[4]) {
      tokens.push({ kind: m[4] === '\n' || m[4] === ';' ? 'end' : 'symbol', text: m[4], space });
    }
    else if (m[5]) {
      tokens.push({ kind: 'symbol', text: m[5], space });
    }
  }
  return tokens;
}

/** The program's statements, as lists of tokens (comments and separators dropped). */
export function statements(program) {
  const result = [];
  let current = [];
  for (const token of tokenize(program)) {
    if (token.kind === 'end') {
      if (current.length) {
        result.push(current);
      }
      current = [];
    }
    else {
      current.push(token);
    }
  }
  if (current.length) {
    result.push(current);
  }
  return result.map((tokens) => {
    const assign = tokens.length > 1 && tokens[0].kind === 'name' && /^[-+*/]?=$/.test(tokens[1].text) ? tokens[1].text : null;
    return { tokens, target: assign ? tokens[0].text : null, assign, expression: assign ? tokens.slice(2) : tokens };
  });
}

function literal(tokens) {
  if (tokens.length === 1 && tokens[0].kind === 'number') {
    return Number(tokens[0].text);
  }
  if (tokens.length === 2 && tokens[0].text === '-' && tokens[1].kind === 'number') {
    return -Number(tokens[1].text);
  }
  return null;
}

/**
 * The inputs of a program: `given` are names it reads before assigning them (the values table supplies them);
 * `literal` are names whose first assignment is a plain number, as in a = -4.0.
 */
export function analyse(program) {
  const bound = new Set();
  const given = [];
  const literals = [];
  const read = (tokens) => tokens.forEach((token, i) => {
    const call = tokens[i + 1]?.text === '(';
    if (token.kind === 'name' && !call && !bound.has(token.text) && !isConstant(token.text) && !isFunction(token.text) && !given.includes(token.text)) {
      given.push(token.text);
    }
  });
  let output = null;
  for (const statement of statements(program)) {
    read(statement.expression);
    if (statement.assign && statement.assign !== '=') {
      read([statement.tokens[0]]);
    }
    if (statement.target) {
      const value = statement.assign === '=' ? literal(statement.expression) : null;
      if (value !== null && !bound.has(statement.target) && !given.includes(statement.target)) {
        literals.push({ name: statement.target, value });
      }
      bound.add(statement.target);
      output = statement.target;
    }
    else {
      output = null;
    }
  }
  return { given, literals, output };
}

/** The program with the plain number first assigned to name replaced by value. */
export function setLiteral(program, name, value) {
  const pattern = new RegExp(`(^|;)([ \\t]*${name}[ \\t]*=[ \\t]*)(-?[ \\t]*(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(?=[ \\t]*(?:$|;|#))`, 'm');
  return program.replace(pattern, (whole, before, assign) => `${before}${assign}${value}`);
}

function text(tokens) {
  return tokens.map((token, i) => (i === 0 ? '' : token.space) + token.text).join('');
}

/** A runnable PyTorch snippet for program with the given input values, in float64 like the server. */
export function toPyTorch(program, values) {
  const { given, literals } = analyse(program);
  const assigned = new Set(statements(program).filter((s) => s.target).map((s) => s.target));
  const used = new Set();
  const lines = [];
  const tensor = (name, value) => `${name} = torch.tensor(${pythonNumber(value)}, dtype=torch.float64, requires_grad=True)`;
  for (const name of given) {
    lines.push(tensor(name, values[name] ?? 1));
  }
  if (given.length) {
    lines.push(`leaves = {${given.map((name) => `"${name}": ${name}`).join(', ')}}`);
  }
  else {
    lines.push('leaves = {}');
  }
  let output = 'out';
  for (const statement of statements(program)) {
    // a name with a value in the values table is no literal input, even if first assigned a number, as on the server
    const literalInput = literals.find((l) => l.name === statement.target && !Object.hasOwn(values, l.name) && statement.assign === '=' && literal(statement.expression) !== null);
    if (literalInput && !lines.some((line) => line.startsWith(`leaves["${literalInput.name}"]`))) {
      lines.push(tensor(statement.target, literal(statement.expression)));
      lines.push(`leaves["${statement.target}"] = ${statement.target}`);
      output = statement.target;
      continue;
    }
    const expression = statement.expression.map((token, i) => {
      if (token.kind === 'name' && isFunction(token.text) && statement.expression[i + 1]?.text === '(') {
        used.add(token.text);
      }
      if (token.kind === 'name' && isConstant(token.text) && !assigned.has(token.text)) {
        return { ...token, text: `num(math.${token.text})` };
      }
      if (token.kind === 'number') {
        return { ...token, text: `num(${pythonNumber(token.text)})` };
      }
      return token.text === '^' ? { ...token, text: '**' } : token;
    });
    if (!statement.target) {
      lines.push(`out = ${text(expression)}`);
      output = 'out';
    }
    else if (statement.assign === '=') {
      lines.push(`${statement.target} = ${text(expression)}`);
      output = statement.target;
    }
    else {
      lines.push(`${statement.target} = ${statement.target} ${statement.assign[0]} (${text(expression)})`);
      output = statement.target;
    }
  }
  const helpers = [...used].map((fn) => {
    const t = (v) => `torch.as_tensor(${v}, dtype=torch.float64)`;
    if (fn === 'max' || fn === 'min') {
      return `def ${fn}(a, b):\n    return torch.${fn === 'max' ? 'maximum' : 'minimum'}(${t('a')}, ${t('b')})`;
    }
    return `def ${fn}(v):\n    return torch.${fn}(${t('v')})`;
  });
  return [
    '# The Backprop Lab program in PyTorch (float64, like the lab).',
    'import math',
    '',
    'import torch',
    '',
    '',
    'def num(v):',
    '    # a number of the program: a float64 tensor, so that it computes as the lab does (1/0 is inf, not an error)',
    '    return torch.tensor(v, dtype=torch.float64)',
    '',
    '',
    ...(helpers.length ? [...helpers, ''] : []),
    ...lines,
    '',
    `if ${output}.requires_grad:  # an output made of numbers alone has no gradient to compute`,
    `    ${output}.backward()`,
    `print("${output} =", ${output}.item())`,
    'for name, leaf in leaves.items():',
    `    print(f"d${output}/d{name} =", leaf.grad.item() if leaf.grad is not None else 0.0)`,
    '',
  ].join('\n');
}

function pythonNumber(value) {
  if (Object.is(value, -0)) {
    return '-0.0';
  }
  const text = String(value);
  if (/Infinity|NaN/.test(text)) {
    return `float('${text === 'NaN' ? 'nan' : text.replace('Infinity', 'inf')}')`;
  }
  return /[.eE]/.test(text) ? text : `${text}.0`;
}
