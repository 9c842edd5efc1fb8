// The words the graph components write into the page. The server-rendered text of each page comes from
// messages.properties; these are the strings that only exist once JavaScript has built a component.
// A translation adds a table here keyed by the page's <html lang>.
const EN = {
  'step.ready': 'Ready. Step forward to compute the values, then keep going to send gradients back.',
  'step.forwardInput': 'Forward step {n} of {total}: {name} is an input, {value}.',
  'step.forwardConst': 'Forward step {n} of {total}: {name} is a constant, {value}.',
  'step.forwardOp': 'Forward step {n} of {total}: {formula} = {numbers} = {value}.',
  'step.seed': 'Backward step {n} of {total}: d{out}/d{out} = 1, the gradient the backward pass starts from.',
  'step.backward': 'Backward step {n} of {total}: d{out}/d{name} = {terms} = {numbers} = {value}.',
  'step.backwardNone': 'Backward step {n} of {total}: no gradient reaches {name}; it is a constant.',
  'step.done': 'Done: every value and every gradient is known.',
  'state.forward': 'forward',
  'state.backward': 'backward',
  'state.current': 'current step',
  'node.value': 'value',
  'node.grad': 'grad',
  'node.unknown': '?',
  'node.noGrad': 'no gradient',
  'edge.local': 'local {value}',
  'edge.flow': 'back {value}',
  'table.node': 'Node',
  'table.operation': 'Operation',
  'table.value': 'Value',
  'table.gradient': 'Gradient',
  'table.caption': 'The computation graph as a table, one row per node in topological order.',
  'op.input': 'input',
  'op.const': 'constant',
  'graph.label': 'Computation graph of {out}: {count} nodes. The table view lists the same nodes.',
  'graph.tooLarge': 'This graph has {count} nodes, more than the {limit} that can be drawn readably, so the page shows its table instead.',
  'graph.panHint': 'Large graph: drag to pan, use the wheel or the buttons to zoom.',
  'graph.zoomIn': 'Zoom in',
  'graph.zoomOut': 'Zoom out',
  'graph.zoomReset': 'Fit',
  'controls.reset': 'Reset',
  'controls.back': 'Step back',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.forward': 'Step forward',
  'controls.end': 'Jump to end',
  'controls.speed': 'Speed',
  'controls.slow': 'Slow',
  'controls.normal': 'Normal',
  'controls.fast': 'Fast',
  'controls.table': 'Show the graph as a table',
  'controls.hideTable': 'Hide the table',
  'controls.keys': 'Keys: ← and → step, Space plays or pauses, Home resets, End jumps to the end.',
  'error.network': 'The lab could not reach the server. Check your connection and press Run again.',
  'error.server': 'The server could not work this out ({status}).',
  'error.at': 'Line {line}, column {column}',
  'warning.nonFinite': 'not a finite number',
  'nudge.actual': 'Actual change of {out}: {value}',
  'nudge.predicted': 'Prediction, gradient × change: {grad} × {delta} = {value}',
  'nudge.slider': 'Nudge {name}',
  'values.trainable': 'Train {name}',
  'values.value': 'Value of {name}',
  'nudge.idle': 'Move a slider to nudge an input and compare the real change with the gradient’s prediction.',
  'descent.step': 'Step {n}: {out} = {value}',
  'descent.none': 'Choose at least one trainable input.',
  'descent.chart': 'Chart of {out} over {count} gradient descent steps, from {first} to {last}.',
  'descent.stepAxis': 'step',
  'check.input': 'Input',
  'check.analytic': 'Backprop',
  'check.numeric': 'Numeric',
  'check.error': 'Relative error',
  'check.ok': 'agrees',
  'check.bad': 'disagrees',
  'check.unavailable': 'The server did not return a gradient check.',
  'share.copied': 'Link copied.',
  'share.copyFailed': 'Select the link and copy it yourself.',
  'pytorch.copied': 'PyTorch snippet copied.',
  'embed.depth': 'Chain depth',
  'embed.lr': 'Learning rate',
  'embed.step': 'Take a step',
  'embed.reset': 'Start again',
  'embed.loss': 'Loss',
  'embed.failed': 'The live version could not load; the table shows the engine’s result.',
  'run.running': 'Working it out…',
  'run.done': '{out} = {value}. Step through the graph to see how.',
};

const TABLES = { en: EN };

function table() {
  const lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  return TABLES[lang] || EN;
}

/** The message for key with {placeholders} filled in from params. */
export function t(key, params = {}) {
  const template = table()[key] ?? EN[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
