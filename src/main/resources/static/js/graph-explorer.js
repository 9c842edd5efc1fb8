// The graph component the lab and the lessons share: step controls, the drawing, the table, and a polite
// announcement of each step.

import { GraphView } from './graph-view.js';
import { nameNodes } from './graph-model.js';
import { t } from './messages.js';
import { Stepper } from './stepper.js';

/**
 * @typedef {import('./stepper.js').StepState} StepState
 * @typedef {import('./format.js').TextPart} TextPart
 */

/**
 * Writes an explanation into element: its words as text, its numbers as spans whose title is the exact value.
 *
 * @param {HTMLElement} element
 * @param {TextPart[]} parts
 */
function writeParts(element, parts) {
  element.replaceChildren(...parts.map((part) => {
    if (typeof part === 'string') {
      return part;
    }
    const span = document.createElement('span');
    span.className = 'num';
    span.textContent = part.shown;
    if (part.exact !== part.shown) {
      span.title = part.exact;
    }
    return span;
  }));
}

/** @type {[string, number][]} */
const SPEEDS = [['controls.slow', 1600], ['controls.normal', 800], ['controls.fast', 300]];

function button(key, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `button button--small ${className}`;
  element.textContent = t(key);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Builds the component inside root and returns its handle: show(graph, {source, position}) draws a graph from
 * autograd-client.js and puts the stepper at 'start', 'end' or (same shape only) 'keep'. onStep, when given, hears
 * every state, so that the page can show a number outside the graph only once the stepper has revealed it.
 *
 * @param {HTMLElement} root
 * @param {{tableToggle?: boolean, onStep?: (state: StepState) => void}} [options]
 */
export function createGraphExplorer(root, { tableToggle = true, onStep = undefined } = {}) {
  root.classList.add('graph-explorer');
  root.tabIndex = -1;
  const controls = document.createElement('div');
  controls.className = 'step-controls';
  controls.setAttribute('role', 'toolbar');
  controls.setAttribute('aria-label', t('controls.keys'));
  const status = document.createElement('p');
  status.className = 'step-status';
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('data-step-status', '');
  const counter = document.createElement('span');
  counter.className = 'step-counter';
  const view = new GraphView(document.createElement('div'));
  let stepper = null;
  let timer = null;

  const update = () => {
    if (!stepper) {
      return;
    }
    const state = stepper.state();
    view.update(state);
    writeParts(status, state.parts);
    counter.textContent = `${state.position} / ${state.total}`;
    back.disabled = state.position === 0;
    reset.disabled = state.position === 0;
    forward.disabled = stepper.atEnd;
    end.disabled = stepper.atEnd;
    root.dataset.position = String(state.position);
    root.dataset.phase = state.phase;
    onStep?.(state);
  };
  const go = (position) => {
    if (stepper) {
      stepper.go(position);
      update();
    }
  };
  const stop = () => {
    clearInterval(timer);
    timer = null;
    play.textContent = t('controls.play');
    play.setAttribute('aria-pressed', 'false');
  };
  const start = () => {
    if (!stepper) {
      return;
    }
    if (stepper.atEnd) {
      go(0);
    }
    play.textContent = t('controls.pause');
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      go(stepper.position + 1);
      if (stepper.atEnd) {
        stop();
      }
    }, Number(speed.value));
  };

  const reset = button('controls.reset', 'step-reset', () => { stop(); go(0); });
  const back = button('controls.back', 'step-back', () => { stop(); go(stepper.position - 1); });
  const play = button('controls.play', 'step-play', () => (timer ? stop() : start()));
  play.setAttribute('aria-pressed', 'false');
  const forward = button('controls.forward', 'step-forward button--primary', () => { stop(); go(stepper.position + 1); });
  const end = button('controls.end', 'step-end', () => { stop(); go(stepper.total); });
  const speedLabel = document.createElement('label');
  speedLabel.className = 'step-speed';
  const speed = document.createElement('select');
  for (const [key, ms] of SPEEDS) {
    const option = new Option(t(key), String(ms));
    speed.append(option);
  }
  speed.value = '800';
  speed.addEventListener('change', () => {
    if (timer) {
      stop();
      start();
    }
  });
  speedLabel.append(`${t('controls.speed')} `, speed);
  // no spoilers: numbers appear as the passes reach them, unless the learner asks to see everything
  const showAll = button('controls.showAll', 'step-show-all', () => {
    const shown = showAll.getAttribute('aria-pressed') !== 'true';
    showAll.setAttribute('aria-pressed', String(shown));
    if (stepper) {
      stepper.showAll = shown;
      update();
    }
  });
  showAll.setAttribute('aria-pressed', 'false');
  controls.append(reset, back, play, forward, end, speedLabel, counter, showAll);
  let tableButton = null;
  if (tableToggle) {
    tableButton = button('controls.table', 'step-table', () => {
      const shown = !view.tableShown;
      view.showTable(shown);
      tableButton.textContent = t(shown ? 'controls.hideTable' : 'controls.table');
      tableButton.setAttribute('aria-expanded', String(shown));
    });
    tableButton.setAttribute('aria-expanded', 'false');
    controls.append(tableButton);
  }
  const hint = document.createElement('p');
  hint.className = 'step-hint muted';
  hint.textContent = t('controls.keys');
  root.append(controls, status, view.root, hint);

  root.addEventListener('keydown', (/** @type {KeyboardEvent & {target: HTMLElement}} */ event) => {
    if (event.target.closest('input, select, textarea') || event.altKey || event.ctrlKey || event.metaKey || !stepper) {
      return;
    }
    const onButton = event.target.closest('button');
    const actions = {
      ArrowRight: () => { stop(); go(stepper.position + 1); },
      ArrowLeft: () => { stop(); go(stepper.position - 1); },
      Home: () => { stop(); go(0); },
      End: () => { stop(); go(stepper.total); },
      ' ': onButton ? null : () => (timer ? stop() : start()),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  return {
    root,
    view,
    get stepper() {
      return stepper;
    },
    /**
     * @param {import('./autograd-client.js').Graph} graph
     * @param {{source?: string, position?: 'start' | 'end' | 'keep' | number}} [options]
     */
    show(graph, { source = '', position = 'start' } = {}) {
      stop();
      const previous = stepper;
      nameNodes(graph, source);
      stepper = new Stepper(graph);
      stepper.showAll = showAll.getAttribute('aria-pressed') === 'true';
      view.render(graph);
      if (position === 'keep' && previous && previous.total === stepper.total) {
        stepper.go(previous.position);
      }
      else if (typeof position === 'number') {
        stepper.go(position);
      }
      else {
        stepper.go(position === 'start' ? 0 : stepper.total);
      }
      update();
    },
    stop,
  };
}
