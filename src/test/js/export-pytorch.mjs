// Translates programs to PyTorch with the lab's own "Copy as PyTorch" code, for the differential tests:
// one JSON request per line on standard input ({"program": "...", "values": {"x": "1.5"}}, numbers as text so
// that -0.0, NaN and the infinities survive), one JSON answer per line on standard output ({"python": "..."}).
// {"presets": true} answers the lab's presets, each with its program, values (as text) and translation.
import { createInterface } from 'node:readline';

import { PRESETS } from '../../main/resources/static/js/presets.js';
import './support.js';
import { toPyTorch } from '../../main/resources/static/js/program.js';

const number = (text) => ({ nan: NaN, inf: Infinity, '-inf': -Infinity }[text] ?? Number(text));

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) {
    continue;
  }
  const request = JSON.parse(line);
  if (request.presets) {
    const presets = Object.entries(PRESETS).map(([name, preset]) => ({
      name,
      program: preset.program,
      values: Object.fromEntries(Object.entries(preset.values).map(([key, value]) => [key, String(value)])),
      python: toPyTorch(preset.program, preset.values),
    }));
    process.stdout.write(`${JSON.stringify({ presets })}\n`);
    continue;
  }
  const values = Object.fromEntries(Object.entries(request.values).map(([name, value]) => [name, number(value)]));
  let answer;
  try {
    answer = { python: toPyTorch(request.program, values) };
  }
  catch (error) {
    answer = { error: String(error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
