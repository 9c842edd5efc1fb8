// The single neuron and the training loop of AI Sprouts lessons 3 and 4, loaded by lesson-interactives.js only on
// a page that has one, so other lessons do not carry their weight. Every number comes from POST /api/autograd.

import { runProgram } from './autograd-client.js';
import { drawLineChart } from './chart.js';
import { defaultTrainable, descend } from './descent.js';
import { formatNumber } from './format.js';
import { button, element, labelled } from './dom.js';
import { t } from './messages.js';

const ACTIVATION = /\b(relu|tanh|sigmoid)\s*\(/;

/** The program with its one activation replaced by another. */
export function withActivation(program, activation) {
  return program.replace(ACTIVATION, `${activation}(`);
}

/** A statement with each input's name replaced by its value, as a learner checks the sum by hand. */
export function substituted(statement, values) {
  return statement.replace(/\b[A-Za-z_]\w*\b/g, (name) => {
    if (!(name in values)) {
      return name;
    }
    const shown = formatNumber(values[name]);
    return values[name] < 0 ? `(${shown})` : shown;
  }).replace(/\*/g, ' × ').replace(/ {2,}/g, ' ');
}

/** The named statements of a graph other than its output, in order: a training loop's predictions. */
function namedStatements(graph) {
  return graph.nodes.filter((node) => node.variable && node.id !== graph.output.id && node.op !== 'input');
}

export function mountNeuron(program, values, controls, readout, id) {
  const names = defaultTrainable(Object.keys(values));
  const fixed = Object.keys(values).filter((name) => !names.includes(name));
  let timer = null;
  let activation = (program.match(ACTIVATION) || [])[1] ?? 'sigmoid';
  const sum = element('span', 'neuron__sum');
  sum.dataset.neuronSum = '';
  const output = element('span', 'neuron__output');
  output.dataset.neuronOutput = '';
  readout.replaceChildren(sum, output);
  const update = async () => {
    const source = withActivation(program, activation);
    const graph = await runProgram({ expression: source, values });
    const out = graph.nodes.find((node) => node.id === graph.output.id);
    const inner = out && graph.nodes.find((node) => node.id === out.operands[0]);
    const sumLine = source.split('\n').find((line) => inner?.variable && line.trim().startsWith(`${inner.variable} `));
    const sumName = inner?.variable ?? 'z';
    const expression = sumLine ? sumLine.slice(sumLine.indexOf('=') + 1).trim() : '';
    sum.textContent = t('neuron.sum', { name: sumName, expression, numbers: substituted(expression, values), value: formatNumber(inner?.value) });
    output.textContent = t('neuron.output', { name: graph.output.name ?? 'y', activation, sum: sumName, value: formatNumber(graph.output.value) });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => update().catch(() => {}), 60);
  };
  for (const name of names) {
    const slider = element('input');
    slider.type = 'range';
    slider.min = '-3';
    slider.max = '3';
    slider.step = '0.1';
    slider.value = String(values[name]);
    slider.id = `${id}-${name}`;
    slider.dataset.neuronInput = name;
    const shown = element('output', 'interactive__depth', formatNumber(values[name]));
    shown.htmlFor = slider.id;
    slider.addEventListener('input', () => {
      values[name] = Number(slider.value);
      shown.textContent = formatNumber(values[name]);
      later();
    });
    controls.append(labelled(name, slider), shown);
  }
  const choice = element('fieldset', 'neuron__activations');
  choice.append(element('legend', '', t('neuron.activation')));
  for (const option of ['relu', 'tanh', 'sigmoid']) {
    const radio = element('input');
    radio.type = 'radio';
    radio.name = `${id}-activation`;
    radio.value = option;
    radio.checked = option === activation;
    radio.addEventListener('change', () => {
      activation = option;
      later();
    });
    const label = element('label', 'neuron__activation');
    label.append(radio, element('span', '', option));
    choice.append(label);
  }
  controls.append(choice);
  if (fixed.length) {
    controls.append(element('p', 'interactive__note', t('neuron.inputs', {
      inputs: fixed.map((name) => `${name} = ${formatNumber(values[name])}`).join(', '),
    })));
  }
  return update();
}

const PHASES = ['forward', 'loss', 'gradients', 'update'];

export function mountTrainingLoop(figure, program, values, live, controls, readout) {
  const rate = Number(figure.dataset.rate || '0.05');
  const start = { ...values };
  const trained = new Set(Object.keys(values));
  const phases = element('ol', 'training__phases');
  const items = PHASES.map((phase) => {
    const item = element('li', '', t(`training.phase.${phase}`));
    phases.append(item);
    return item;
  });
  const next = button('button button--primary button--small', t('training.next'), 'trainingNext');
  const whole = button('button button--small', t('training.whole'), 'trainingWhole');
  const reset = button('button button--small', t('descent.reset'));
  controls.append(next, whole, reset);
  const status = element('p', 'training__status');
  status.dataset.trainingStatus = '';
  const chart = element('div', 'lab-chart');
  live.insertBefore(phases, readout);
  live.append(status, chart);
  let phase = -1;
  let updates = 0;
  let graph = null;
  let losses = [];
  let busy = false;

  const mark = () => {
    items.forEach((item, index) => {
      item.classList.toggle('is-current', index === phase);
      if (index === phase) {
        item.setAttribute('aria-current', 'step');
      }
      else {
        item.removeAttribute('aria-current');
      }
    });
    status.textContent = t('training.status', {
      n: updates,
      params: Object.entries(values).map(([name, value]) => `${name} = ${formatNumber(value)}`).join(', '),
    });
  };

  const advance = async () => {
    phase = (phase + 1) % PHASES.length;
    const current = PHASES[phase];
    if (current === 'forward') {
      graph = await runProgram({ expression: program, values });
      const predictions = namedStatements(graph).map((node) => `${node.variable} = ${formatNumber(node.value)}`);
      readout.textContent = t('training.forward', { predictions: predictions.join(', ') });
    }
    else if (graph && current === 'loss') {
      losses.push(graph.output.value);
      live.dataset.loss = String(graph.output.value);
      readout.textContent = t('training.loss', { name: graph.output.name ?? 'L', value: formatNumber(graph.output.value) });
      drawLineChart(chart, losses, graph.output.name ?? 'L');
    }
    else if (graph && current === 'gradients') {
      const out = graph.output.name ?? 'L';
      readout.textContent = t('training.gradients', {
        gradients: graph.inputs.map((input) => `d${out}/d${input.name} = ${formatNumber(input.grad)}`).join(', '),
      });
    }
    else if (graph) {
      const moved = descend(graph.inputs, trained, rate);
      const steps = graph.inputs.filter((input) => input.name in moved).map((input) => {
        const grad = input.grad < 0 ? `(${formatNumber(input.grad)})` : formatNumber(input.grad);
        return `${input.name} = ${formatNumber(input.value)} − ${formatNumber(rate)} × ${grad} = ${formatNumber(moved[input.name])}`;
      });
      Object.assign(values, moved);
      updates++;
      readout.textContent = t('training.update', { steps: steps.join('; ') });
    }
    mark();
  };

  const guarded = (action) => async () => {
    if (busy) {
      return;
    }
    busy = true;
    try {
      await action();
    }
    finally {
      busy = false;
    }
  };

  next.addEventListener('click', guarded(advance));
  whole.addEventListener('click', guarded(async () => {
    do {
      await advance();
    } while (phase !== PHASES.length - 1);
  }));
  reset.addEventListener('click', guarded(async () => {
    Object.assign(values, start);
    phase = -1;
    updates = 0;
    graph = null;
    losses = [];
    delete live.dataset.loss;
    chart.replaceChildren();
    readout.textContent = t('training.ready');
    mark();
  }));
  readout.textContent = t('training.ready');
  mark();
}

