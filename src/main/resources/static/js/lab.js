// The Backprop Lab page: editor, values, run, graph, nudge, gradient descent, gradient check, share, PyTorch.

import { ProgramProblem, runProgram } from './autograd-client.js';
import { drawLineChart } from './chart.js';
import { exactNumber, formatNumber, inputNumber, parseNumber } from './format.js';
import { defaultTrainable, descend } from './descent.js';
import { createGraphExplorer } from './graph-explorer.js';
import { t } from './messages.js';
import { PRESETS, presetOf } from './presets.js';
import { analyse, setLiteral, toPyTorch } from './program.js';

/** @type {HTMLElement} */
const app = document.querySelector('[data-lab]');
const $ = (selector) => app.querySelector(selector);
const editor = $('[data-program]');
const gutter = $('[data-gutter]');
const presetSelect = $('[data-preset]');
const valuesBody = $('[data-values]');
const runButton = $('[data-run]');
const runStatus = $('[data-run-status]');
const errorBox = $('[data-error]');
const warningsBox = $('[data-warnings]');
const nudgeStatus = $('[data-nudge]');
const rateInput = $('[data-rate]');
const descentStatus = $('[data-descent-status]');
const chart = $('[data-chart]');
const checkToggle = $('[data-gradcheck]');
const checkBox = $('[data-check]');
const shareField = $('[data-share-field]');
const shareUrl = $('[data-share-url]');
const pytorchCode = $('[data-pytorch-code]');
const presetNote = $('[data-preset-note]');

const explorer = createGraphExplorer($('[data-explorer]'), { onStep: showRevealed });
const backdrop = document.createElement('div');
backdrop.className = 'code-editor__backdrop';
backdrop.setAttribute('aria-hidden', 'true');
editor.before(backdrop);

// the lab's own links carry the values as one JSON object, so an input may have any name
const RESERVED_PARAMS = new Set(['program', 'values', 'trainable', 'rate', 'step', 'preset']);
const state = {
  values: {}, // values of the inputs the program reads without assigning them
  trainable: new Set(),
  trainableChosen: false, // set by a preset or a link, so that the next table keeps the choice even when empty
  graph: null,
  base: null, // the result the nudge compares with: { output, inputs: Map(name -> {value, grad}) }
  history: [],
  historyStart: null,
  controller: null,
  rows: new Map(),
};

// Editor: line numbers and the highlighted error live beside the textarea and scroll with it.
function syncEditor() {
  const lines = editor.value.split('\n').length;
  gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n');
  gutter.scrollTop = editor.scrollTop;
  backdrop.scrollTop = editor.scrollTop;
  backdrop.scrollLeft = editor.scrollLeft;
}
editor.addEventListener('input', () => {
  clearError();
  presetSelect.value = presetOf(editor.value);
  showPresetNote();
  syncEditor();
});
editor.addEventListener('scroll', syncEditor);
app.addEventListener('keydown', (/** @type {KeyboardEvent} */ event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run({ position: 'start', explicit: true });
  }
});
runButton.addEventListener('click', () => run({ position: 'start', explicit: true }));

function clearError() {
  errorBox.hidden = true;
  backdrop.replaceChildren();
  editor.removeAttribute('aria-invalid');
  gutter.querySelectorAll('.is-error').forEach((line) => line.classList.remove('is-error'));
}

/** Shows a problem from the server: its sentence, where it is, the line with the text marked and a caret. */
function showError(problem) {
  errorBox.hidden = false;
  errorBox.querySelector('[data-error-message]').textContent = problem.message;
  const where = errorBox.querySelector('[data-error-where]');
  const excerpt = errorBox.querySelector('[data-error-excerpt]');
  excerpt.replaceChildren();
  where.textContent = '';
  if (problem.line === null || problem.column === null) {
    excerpt.hidden = true;
    return;
  }
  editor.setAttribute('aria-invalid', 'true');
  where.textContent = t('error.at', { line: problem.line, column: problem.column });
  const source = editor.value;
  const line = source.split('\n')[problem.line - 1] ?? '';
  const from = Math.min(problem.column - 1, line.length);
  const length = Math.max(1, problem.length ?? tokenLength(line, from));
  const mark = document.createElement('mark');
  mark.textContent = line.slice(from, from + length) || ' ';
  const caret = document.createElement('span');
  caret.className = 'parse-error__caret';
  caret.dataset.column = problem.column;
  caret.textContent = `${' '.repeat(from)}^${'~'.repeat(Math.max(0, Math.min(length, line.length - from) - 1))}`;
  excerpt.hidden = false;
  excerpt.append(line.slice(0, from), mark, line.slice(from + length), '\n', caret);
  // the same text marked in the editor itself
  const lines = source.split('\n');
  const before = lines.slice(0, problem.line - 1).join('\n') + (problem.line > 1 ? '\n' : '') + line.slice(0, from);
  const editorMark = document.createElement('mark');
  editorMark.textContent = line.slice(from, from + length) || ' ';
  backdrop.replaceChildren(before, editorMark, source.slice(before.length + editorMark.textContent.length));
  syncEditor();
}

function tokenLength(line, from) {
  const match = /^(?:[A-Za-z_]\w*|\d+\.?\d*(?:[eE][+-]?\d+)?|\*\*|\S)/.exec(line.slice(from));
  return match ? match[0].length : 1;
}

// Values table: one row an input, kept across runs while the inputs stay the same so a slider keeps focus.
function inputsOf(program) {
  const { given, literals } = analyse(program);
  for (const name of given) {
    if (!(name in state.values)) {
      state.values[name] = 1;
    }
  }
  return [...given.map((name) => ({ name, literal: false })), ...literals.map((l) => ({ name: l.name, literal: true, value: l.value }))];
}

function valueOf(input) {
  return input.literal ? analyse(editor.value).literals.find((l) => l.name === input.name)?.value ?? input.value : state.values[input.name];
}

function setValue(name, value) {
  const row = state.rows.get(name);
  if (row?.literal) {
    editor.value = setLiteral(editor.value, name, inputNumber(value));
    syncEditor();
  }
  else {
    state.values[name] = value;
  }
  if (row && document.activeElement !== row.number) {
    row.number.value = inputNumber(value);
  }
}

function buildRows(inputs) {
  if (inputs.map((input) => input.name).join(',') === [...state.rows.keys()].join(',')) {
    state.rows.forEach((row, name) => { row.literal = inputs.find((i) => i.name === name).literal; });
    return;
  }
  valuesBody.replaceChildren();
  state.rows.clear();
  // a typed program trains sensible inputs unless the learner has chosen some that it still has
  const names = inputs.map((input) => input.name);
  const kept = [...state.trainable].filter((name) => names.includes(name));
  state.trainable = new Set(kept.length || state.trainableChosen ? kept : defaultTrainable(names));
  state.trainableChosen = false;
  for (const input of inputs) {
    const row = valuesBody.insertRow();
    row.dataset.input = input.name;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = input.name;
    row.append(name);
    const number = document.createElement('input');
    number.type = 'text';
    number.inputMode = 'decimal';
    number.className = 'values-table__number';
    number.setAttribute('aria-label', t('values.value', { name: input.name }));
    number.dataset.value = input.name;
    number.value = inputNumber(valueOf(input));
    number.addEventListener('change', () => {
      const value = parseNumber(number.value);
      if (Number.isFinite(value)) {
        setValue(input.name, value);
        run({ position: 'end', explicit: true });
      }
    });
    row.insertCell().append(number);
    const grad = row.insertCell();
    grad.className = 'num';
    grad.dataset.grad = input.name;
    const trainable = document.createElement('input');
    trainable.type = 'checkbox';
    trainable.dataset.trainable = input.name;
    trainable.setAttribute('aria-label', t('values.trainable', { name: input.name }));
    trainable.checked = state.trainable.has(input.name);
    trainable.addEventListener('change', () => {
      if (trainable.checked) {
        state.trainable.add(input.name);
      }
      else {
        state.trainable.delete(input.name);
      }
      updateShare();
    });
    row.insertCell().append(trainable);
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.className = 'values-table__slider';
    slider.dataset.slider = input.name;
    slider.setAttribute('aria-label', t('nudge.slider', { name: input.name }));
    slider.addEventListener('input', () => {
      setValue(input.name, Number(slider.value));
      number.value = inputNumber(Number(slider.value));
      scheduleNudge();
    });
    const nudgeRow = valuesBody.insertRow();
    nudgeRow.className = 'values-table__nudge';
    const nudgeCell = nudgeRow.insertCell();
    nudgeCell.colSpan = 4;
    nudgeCell.append(slider);
    state.rows.set(input.name, { literal: input.literal, number, slider, trainable, grad });
  }
}

/** Centres each slider on its input's current value, a range wide enough to see the curve bend. */
function centreSliders() {
  for (const [name, row] of state.rows) {
    const value = row.literal ? valueOf({ name, literal: true }) : state.values[name];
    const half = Math.max(1, Math.abs(value));
    row.slider.min = inputNumber(value - half);
    row.slider.max = inputNumber(value + half);
    row.slider.step = inputNumber(half / 50);
    row.slider.value = inputNumber(value);
    row.slider.setAttribute('aria-valuetext', formatNumber(value));
  }
}

let nudgeTimer = null;
function scheduleNudge() {
  clearTimeout(nudgeTimer);
  nudgeTimer = setTimeout(() => run({ position: 'keep', nudge: true }), 60);
}

/**
 * Runs the editor's program and shows the result.
 *
 * @param {{position?: 'start' | 'end' | 'keep' | number, explicit?: boolean, nudge?: boolean}} [options]
 */
async function run({ position = 'start', explicit = false, nudge = false } = {}) {
  const program = editor.value;
  const inputs = inputsOf(program);
  buildRows(inputs);
  const values = Object.fromEntries(inputs.filter((i) => !i.literal).map((i) => [i.name, state.values[i.name]]));
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  runStatus.textContent = t('run.running');
  app.setAttribute('aria-busy', 'true');
  let graph;
  try {
    graph = await runProgram({ expression: program, values, gradCheck: checkToggle.checked, signal: controller.signal });
  }
  catch (error) {
    if (error.name === 'AbortError') {
      return null;
    }
    app.removeAttribute('aria-busy');
    runStatus.textContent = '';
    if (error instanceof ProgramProblem) {
      showError(error);
    }
    else {
      showError({ message: error.message, line: null, column: null });
    }
    return null;
  }
  if (controller !== state.controller) {
    return null;
  }
  app.removeAttribute('aria-busy');
  clearError();
  state.graph = graph;
  runStatus.dataset.output = String(graph.output.value);
  const shown = position === 'keep' && !(explorer.stepper?.position > 0) ? 'end' : position;
  explorer.show(graph, { source: program, position: shown });
  warningsBox.replaceChildren(...graph.warnings.map((w) => {
    const p = document.createElement('p');
    p.textContent = w.message;
    return p;
  }));
  if (!nudge) {
    state.base = snapshot(graph);
    centreSliders();
    nudgeStatus.textContent = t('nudge.idle');
  }
  else {
    showNudge(graph);
  }
  if (explicit) {
    resetHistory(graph);
  }
  renderCheck(graph);
  updateShare();
  pytorchCode.textContent = toPyTorch(editor.value, state.values);
  return graph;
}

/**
 * Numbers outside the graph follow the stepper too: the output's value once the forward pass has computed it, and
 * an input's gradient once the backward pass has reached it (or when the learner asked to see everything).
 *
 * @param {import('./stepper.js').StepState} step
 */
function showRevealed(step) {
  const graph = state.graph;
  if (!graph) {
    return;
  }
  const outName = graph.nodes[graph.output.id]?.name ?? graph.output.name;
  if (step.valuesShown.has(graph.output.id)) {
    runStatus.textContent = t('run.done', { out: outName, value: formatNumber(graph.output.value) });
    runStatus.title = exactNumber(graph.output.value);
  }
  else {
    runStatus.textContent = t('run.ready', { out: outName });
    runStatus.title = '';
  }
  for (const input of graph.inputs) {
    const row = state.rows.get(input.name);
    if (row) {
      const known = step.gradsShown.has(input.nodeId);
      row.grad.textContent = known ? formatNumber(input.grad) : t('node.unknown');
      row.grad.title = known ? exactNumber(input.grad) : '';
    }
  }
  updateShare();
}

function snapshot(graph) {
  return { output: graph.output.value, inputs: new Map(graph.inputs.map((i) => [i.name, { value: i.value, grad: i.grad }])) };
}

function showNudge(graph) {
  const base = state.base;
  if (!base) {
    return;
  }
  const out = graph.nodes[graph.output.id]?.name ?? 'out';
  let predicted = 0;
  const deltas = [];
  for (const input of graph.inputs) {
    const before = base.inputs.get(input.name);
    if (before && input.value !== before.value) {
      const delta = input.value - before.value;
      predicted += before.grad * delta;
      deltas.push({ grad: before.grad, delta });
    }
  }
  const actual = graph.output.value - base.output;
  const gradText = deltas.length === 1 ? formatNumber(deltas[0].grad) : 'Σ';
  const deltaText = deltas.length === 1 ? formatNumber(deltas[0].delta) : '…';
  nudgeStatus.replaceChildren();
  const a = document.createElement('span');
  a.dataset.actual = '';
  a.textContent = t('nudge.actual', { out, value: signed(actual) });
  const p = document.createElement('span');
  p.textContent = t('nudge.predicted', { grad: gradText, delta: deltaText, value: signed(predicted) });
  nudgeStatus.append(a, ' · ', p);
}

function signed(value) {
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text;
}

// Gradient descent
function resetHistory(graph) {
  state.history = [graph.output.value];
  state.historyStart = { values: { ...state.values }, program: editor.value };
  descentStatus.textContent = '';
  drawLineChart(chart, state.history, graph.nodes[graph.output.id]?.name ?? 'out');
}

async function descentStep() {
  const graph = state.graph;
  const rate = parseNumber(rateInput.value);
  if (!graph || !Number.isFinite(rate)) {
    return false;
  }
  if (!graph.inputs.some((input) => state.trainable.has(input.name))) {
    descentStatus.textContent = t('descent.none');
    return false;
  }
  for (const [name, value] of Object.entries(descend(graph.inputs, state.trainable, rate))) {
    setValue(name, value);
  }
  const next = await run({ position: 'keep' });
  if (!next) {
    return false;
  }
  state.history.push(next.output.value);
  const out = next.nodes[next.output.id]?.name ?? 'out';
  descentStatus.textContent = t('descent.step', { n: state.history.length - 1, out, value: formatNumber(next.output.value) });
  drawLineChart(chart, state.history, out);
  centreSliders();
  return true;
}

const stepButton = $('[data-descent-step]');
const runStepsButton = $('[data-descent-run]');
stepButton.addEventListener('click', () => descentStep());
runStepsButton.addEventListener('click', async () => {
  stepButton.disabled = true;
  runStepsButton.disabled = true;
  try {
    for (let i = 0; i < 20; i++) {
      if (!(await descentStep())) {
        break;
      }
    }
  }
  finally {
    stepButton.disabled = false;
    runStepsButton.disabled = false;
  }
});
$('[data-descent-reset]').addEventListener('click', () => {
  if (state.historyStart) {
    state.values = { ...state.historyStart.values };
    editor.value = state.historyStart.program;
    syncEditor();
    state.rows.forEach((row, name) => { row.number.value = inputNumber(valueOf({ name, literal: row.literal })); });
    run({ position: 'end', explicit: true });
  }
});

// Gradient check
checkToggle.addEventListener('change', () => run({ position: 'keep' }));
function renderCheck(graph) {
  checkBox.replaceChildren();
  if (!checkToggle.checked) {
    return;
  }
  if (!graph.inputs.some((input) => input.numeric !== null || input.relativeError !== null)) {
    checkBox.textContent = t('check.unavailable');
    return;
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['check.input', 'check.analytic', 'check.numeric', 'check.error', '']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = key ? t(key) : '';
    head.append(th);
  }
  const body = table.createTBody();
  for (const input of graph.inputs) {
    const row = body.insertRow();
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = input.name;
    row.append(name);
    for (const value of [input.grad, input.numeric, input.relativeError]) {
      const cell = row.insertCell();
      cell.className = 'num';
      cell.textContent = formatNumber(value);
      cell.title = exactNumber(value);
    }
    const ok = input.relativeError !== null && input.relativeError < 1e-4;
    const verdict = row.insertCell();
    verdict.className = ok ? 'check--ok' : 'check--bad';
    verdict.textContent = `${ok ? '✓' : '✗'} ${t(ok ? 'check.ok' : 'check.bad')}`;
  }
  checkBox.append(table);
}

// Share and PyTorch: a link keeps the program, the values, the trainable inputs, the learning rate and the step
function shareLink() {
  const params = new URLSearchParams();
  params.set('program', editor.value);
  const values = {};
  for (const [name, row] of state.rows) {
    if (!row.literal) {
      values[name] = Number(inputNumber(state.values[name]));
    }
  }
  params.set('values', JSON.stringify(values));
  params.set('trainable', [...state.trainable].join(','));
  params.set('rate', rateInput.value);
  params.set('step', String(explorer.stepper?.position ?? 0));
  const url = new URL(window.location.href);
  url.search = params.toString();
  url.hash = '';
  return url.toString();
}

function updateShare() {
  const link = shareLink();
  history.replaceState(null, '', link);
  shareUrl.value = link;
}

async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    runStatus.textContent = t(done);
    return true;
  }
  catch {
    return false;
  }
}

$('[data-share]').addEventListener('click', async () => {
  const link = shareLink();
  shareField.hidden = false;
  shareUrl.value = link;
  if (!(await copy(link, 'share.copied'))) {
    shareUrl.focus();
    shareUrl.select();
    runStatus.textContent = t('share.copyFailed');
  }
});
$('[data-pytorch]').addEventListener('click', async () => {
  const code = toPyTorch(editor.value, state.values);
  pytorchCode.textContent = code;
  const panel = $('[data-pytorch-panel]');
  panel.open = true;
  if (!(await copy(code, 'pytorch.copied'))) {
    panel.querySelector('summary').focus();
  }
});

// Presets
function loadPreset(key) {
  const preset = PRESETS[key];
  if (!preset) {
    return;
  }
  editor.value = preset.program;
  state.values = { ...preset.values };
  state.trainable = new Set(preset.trainable);
  state.trainableChosen = true;
  rateInput.value = String(preset.rate);
  state.rows.clear();
  syncEditor();
  clearError();
  showPresetNote();
  run({ position: 'start', explicit: true });
}
presetSelect.addEventListener('change', () => loadPreset(presetSelect.value));
rateInput.addEventListener('change', () => updateShare());

/** What the chosen preset is for, in the slot under the menu. */
function showPresetNote() {
  const key = presetSelect.value;
  presetNote.textContent = key ? t(`preset.${key}.note`) : '';
}

// Start: a shared link, a preset named in the address, or the worked example
function start() {
  app.hidden = false;
  const params = new URLSearchParams(window.location.search);
  const program = params.get('program');
  if (program === null) {
    const key = Object.hasOwn(PRESETS, params.get('preset') ?? '') ? params.get('preset') : 'worked';
    presetSelect.value = key;
    loadPreset(key);
    return;
  }
  editor.value = program;
  // values come as one JSON object (the lab's and the lessons' links) or as name=number pairs (older links)
  try {
    Object.entries(JSON.parse(params.get('values') || '{}')).forEach(([name, value]) => {
      if (Number.isFinite(Number(value))) {
        state.values[name] = Number(value);
      }
    });
  }
  catch {
    // not JSON: ignore it, the pairs below may still give the values
  }
  for (const [name, raw] of params) {
    const value = parseNumber(raw);
    if (!RESERVED_PARAMS.has(name) && Number.isFinite(value)) {
      state.values[name] = value;
    }
  }
  const preset = presetOf(program);
  presetSelect.value = preset;
  showPresetNote();
  if (params.has('trainable')) {
    state.trainable = new Set(params.get('trainable').split(',').filter(Boolean));
    state.trainableChosen = true;
  }
  else if (preset) {
    state.trainable = new Set(PRESETS[preset].trainable);
    state.trainableChosen = true;
  }
  const rate = parseNumber(params.get('rate') ?? '');
  if (Number.isFinite(rate) && rate >= 0) {
    rateInput.value = inputNumber(rate);
  }
  else if (preset) {
    rateInput.value = String(PRESETS[preset].rate);
  }
  const step = Number(params.get('step'));
  syncEditor();
  run({ position: Number.isInteger(step) && step > 0 ? step : 'start', explicit: true });
}
start();
