// Looks inside the graph's step frames (not a test, not a benchmark): records a DevTools trace through CDP while it
// steps the 500-node program of graph-benchmark.mjs, then says per step how much CPU the browser spent rasterising
// and which steps did the most, with what changed in them (the drawing moved on the page, the view panned, the legend
// changed). Thread CPU time is counted, not wall time, so the numbers mean something on a busy machine too.
//
//   node --experimental-websocket scripts/graph-trace.mjs [http://localhost:8080] [first step] [steps] [open]
//
// "open" opens every statement first. The whole trace is written to graph-trace.json in the temporary folder, for
// Chromium's DevTools (Performance, Load profile) or https://ui.perfetto.dev.

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './cdp.mjs';
import { network } from './graph-programs.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const first = Number(process.argv[3] ?? 0);
const count = Number(process.argv[4] ?? 100000);
const open = process.argv[5] === 'open';

const SETUP = `async (program, first, open) => {
  const { runProgram } = await import('/js/autograd-client.js');
  const { createGraphExplorer } = await import('/js/graph-explorer.js');
  const graph = await runProgram({ expression: program, values: { x1: 0.5, x2: -0.25, x3: 1 } });
  const host = document.createElement('section');
  host.className = 'lab-panel';
  document.querySelector('main').prepend(host);
  const root = document.createElement('div');
  host.append(root);
  const explorer = createGraphExplorer(root);
  explorer.show(structuredClone(graph), { source: program, position: first });
  if (open) {
    root.querySelector('.graph-expand').click();
  }
  window.traced = { root, explorer };
  return root.querySelectorAll('.graph *').length;
}`;

// steps as the benchmark does, one click per frame and a mark around each, and notes what moved
const STEP = `async (count) => {
  const { root, explorer } = window.traced;
  const forward = root.querySelector('.step-forward');
  const frameAt = () => new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
  const seen = () => ({
    top: root.querySelector('.graph-viewport').getBoundingClientRect().top,
    pan: root.querySelector('.graph-scene').getAttribute('transform'),
    legend: root.querySelector('.graph-legend').textContent,
  });
  const steps = [];
  let before = seen();
  const n = Math.min(count, explorer.stepper.total - explorer.stepper.position);
  for (let i = 0; i < n; i++) {
    const shown = await frameAt();
    performance.mark('step-start-' + i);
    forward.click();
    const next = await frameAt();
    performance.mark('step-end-' + i);
    const now = seen();
    steps.push({ position: explorer.stepper.position, phase: root.dataset.phase, frame: next - shown,
      moved: now.top !== before.top, panned: now.pan !== before.pan, legend: now.legend !== before.legend });
    before = now;
  }
  return steps;
}`;

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing', 'v8', 'blink', 'cc'];
const WATCHED = ['ProxyMain::BeginMainFrame', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize',
  'DisplayItemList::Raster'];

const page = await openBrowser();
const events = [];
page.on('Tracing.dataCollected', (data) => events.push(...data.value));
const complete = new Promise((resolve) => page.on('Tracing.tracingComplete', resolve));
try {
  await page.viewport(1280, 900, false);
  await page.goto(`${base}/lab/autograd`);
  await page.waitFor("!!document.querySelector('.graph .gnode')");
  const elements = await page.evaluate(`(${SETUP})(${JSON.stringify(network(500))}, ${first}, ${open})`);
  await page.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  const steps = await page.evaluate(`(${STEP})(${count})`);
  await page.send('Tracing.end');
  await complete;
  const file = join(tmpdir(), 'graph-trace.json');
  writeFileSync(file, JSON.stringify({ traceEvents: events }));

  const marks = new Map();
  for (const e of events) {
    if (e.cat?.includes('user_timing') && e.name.startsWith('step-')) {
      marks.set(e.name, e.ts);
    }
  }
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const totals = new Map();
  const rasterOf = new Array(steps.length).fill(0);
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !WATCHED.includes(e.name)) {
      continue;
    }
    totals.set(e.name, (totals.get(e.name) ?? 0) + cpu(e));
    if (e.name === 'DisplayItemList::Raster') {
      const i = steps.findIndex((_, k) => e.ts >= marks.get(`step-start-${k}`) && e.ts <= marks.get(`step-end-${k}`));
      if (i >= 0) {
        rasterOf[i] += cpu(e);
      }
    }
  }
  const ms = (x) => `${x.toFixed(2)} ms`;
  const missed = steps.filter((s) => s.frame > 16.7 * 1.5).length;
  console.log(`${elements} drawing elements; ${steps.length} steps from ${first}${open ? ', every statement open' : ''}; ${missed} frames over 25 ms`);
  console.log(`CPU per step: ${[...totals].map(([name, total]) => `${name} ${ms(total / steps.length)}`).join(', ')}`);
  const ranked = steps.map((s, i) => ({ ...s, raster: rasterOf[i] })).sort((a, b) => b.raster - a.raster);
  console.log(`raster per step: median ${ms(ranked[Math.floor(ranked.length / 2)].raster)}; steps that moved the drawing`
    + ` ${steps.filter((s) => s.moved).length}, panned it ${steps.filter((s) => s.panned).length}, changed the legend ${steps.filter((s) => s.legend).length}`);
  for (const s of ranked.slice(0, 10)) {
    const what = ['moved', 'panned', 'legend'].filter((k) => s[k]).join(' ') || '-';
    console.log(`  step ${s.position} (${s.phase}): raster ${ms(s.raster)}, frame ${ms(s.frame)}, ${what}`);
  }
  console.log(`trace: ${file}`);
}
finally {
  await page.close();
}
