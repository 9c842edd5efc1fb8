// Browser benchmark of the graph view (not a test): layout plus first render, and stepping, in Debian's headless
// Chromium against a running copy of the site. It asks the site's own API for programs of about 500 and 3,000
// nodes (layers of tanh neurons, as GraphViewBrowserTests generates), draws each with the page's own graph
// explorer, and reports medians; on the 500-node program it also opens every statement and steps through both
// passes, counting the elements each step changes. The reference, timed in the same run, is drawing the same number of bare SVG
// rectangles, so a slower or faster machine moves both.
//
//   ./mvnw spring-boot:run &            # or any running copy of the site
//   node --experimental-websocket scripts/graph-benchmark.mjs [http://localhost:8080] [runs]
//
// Node 22 and later need no flag. Results go to standard output as one line per measurement.

import { openBrowser } from './cdp.mjs';
import { network } from './graph-programs.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const runs = Number(process.argv[3] ?? 5);

const IN_PAGE = `
async (program, runs, full) => {
  const { runProgram } = await import('/js/autograd-client.js');
  const { createGraphExplorer } = await import('/js/graph-explorer.js');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const graph = await runProgram({ expression: program, values: { x1: 0.5, x2: -0.25, x3: 1 } });
  const host = document.createElement('section');
  host.className = 'lab-panel';
  document.querySelector('main').prepend(host);
  const firstRender = [];
  const opened = [];
  let openedItems = 0;
  let drawnItems = 0;
  const reference = [];
  let explorer = null;
  for (let run = 0; run < runs; run++) {
    host.replaceChildren();
    const root = document.createElement('div');
    host.append(root);
    await frame();
    const start = performance.now();
    explorer = createGraphExplorer(root);
    explorer.show(structuredClone(graph), { source: program, position: 'start' });
    root.getBoundingClientRect();
    await frame();
    firstRender.push(performance.now() - start);
    drawnItems = root.querySelectorAll('.graph .gnode').length;
    if (full) {
      // every statement open: the most there is to lay out and draw
      const opening = performance.now();
      root.querySelector('.graph-expand').click();
      root.getBoundingClientRect();
      await frame();
      opened.push(performance.now() - opening);
      openedItems = root.querySelectorAll('.graph .gnode').length;
    }

    // reference: as many bare rectangles as the graph has nodes, with a text each
    host.replaceChildren();
    await frame();
    const begin = performance.now();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '800');
    svg.setAttribute('height', '600');
    for (let i = 0; i < graph.nodes.length; i++) {
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('x', String((i * 13) % 780));
      rect.setAttribute('y', String((i * 7) % 580));
      rect.setAttribute('width', '20');
      rect.setAttribute('height', '10');
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.textContent = String(i);
      svg.append(rect, text);
    }
    host.append(svg);
    host.getBoundingClientRect();
    await frame();
    reference.push(performance.now() - begin);
  }
  // stepping: every forward and backward step, one at a time, as the Step button does; as opened, then all open
  const stepAll = async (open) => {
    host.replaceChildren();
    const root = document.createElement('div');
    host.append(root);
    explorer = createGraphExplorer(root);
    explorer.show(structuredClone(graph), { source: program, position: 'start' });
    if (open) {
      root.querySelector('.graph-expand').click();
    }
    await frame();
    const forward = root.querySelector('.step-forward');
    const times = [];
    let mostTouched = 0;
    const elements = root.querySelectorAll('.graph *').length;
    const observer = new MutationObserver(() => {});
    observer.observe(root.querySelector('.graph'), { subtree: true, childList: true, attributes: true, characterData: true });
    const total = explorer.stepper.total;
    // frames: the time from the animation frame in which a step is clicked to the next one, so the browser's paint
    // and compositing of the step count too; at 60 frames a second a step that keeps its frame gives about 16.7 ms
    const frames = [];
    const frameAt = () => new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
    for (let i = 0; i < total; i++) {
      const shown = await frameAt();
      const start = performance.now();
      forward.click();
      root.getBoundingClientRect();
      times.push(performance.now() - start);
      mostTouched = Math.max(mostTouched, new Set(observer.takeRecords().map((r) => r.target)).size);
      frames.push((await frameAt()) - shown);
    }
    observer.disconnect();
    const sorted = [...times].sort((a, b) => a - b);
    return { steps: times.length, median: median(times), p99: sorted[Math.floor(sorted.length * 0.99)], worst: sorted[sorted.length - 1],
      over16: times.filter((x) => x > 16).length, elements, mostTouched,
      frameMedian: median(frames), frameWorst: Math.max(...frames), framesMissed: frames.filter((x) => x > 16.7 * 1.5).length };
  };
  const stepping = full ? [await stepAll(false), await stepAll(true)] : [];
  // the frames' reference in the same run: as many frames in which one rectangle only changes its width, so that
  // frames missed by the machine itself (other work on its cores) show as such
  let idleFramesMissed = null;
  if (full) {
    host.replaceChildren();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('height', '10');
    svg.append(rect);
    host.append(svg);
    const frameAt = () => new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
    idleFramesMissed = 0;
    for (let i = 0; i < stepping[0].steps; i++) {
      const shown = await frameAt();
      rect.setAttribute('width', String(i % 100));
      if ((await frameAt()) - shown > 16.7 * 1.5) {
        idleFramesMissed++;
      }
    }
  }
  return {
    nodes: graph.nodes.length,
    drawnItems,
    firstRenderMedian: median(firstRender),
    openedMedian: opened.length ? median(opened) : null,
    openedItems,
    referenceMedian: median(reference),
    idleFramesMissed,
    stepping,
  };
}`;

const page = await openBrowser();
try {
  await page.viewport(1280, 900, false);
  await page.goto(`${base}/lab/autograd`);
  await page.waitFor("!!document.querySelector('.graph .gnode')");
  for (const size of [500, 3000]) {
    const result = await page.evaluate(`(${IN_PAGE})(${JSON.stringify(network(size))}, ${runs}, ${size <= 500})`);
    const ms = (x) => `${x.toFixed(1)} ms`;
    console.log(`${result.nodes} nodes (${result.drawnItems} boxes drawn): layout + first render ${ms(result.firstRenderMedian)}`
      + ` (median of ${runs}); reference ${ms(result.referenceMedian)}, ratio ${(result.firstRenderMedian / result.referenceMedian).toFixed(1)}`);
    if (result.openedMedian !== null) {
      console.log(`${result.nodes} nodes: every statement opened (${result.openedItems} boxes and operations): ${ms(result.openedMedian)}`);
    }
    if (result.idleFramesMissed !== null) {
      console.log(`reference: ${result.stepping[0].steps} frames that change one rectangle: ${result.idleFramesMissed} took over 25 ms`);
    }
    result.stepping.forEach((st, i) => {
      console.log(`${result.nodes} nodes, ${i ? 'every statement open' : 'as opened'}: ${st.steps} steps; one step's update + style + layout`
        + ` median ${ms(st.median)}, 99th percentile ${ms(st.p99)}, worst ${ms(st.worst)}, ${st.over16} over 16 ms;`
        + ` at most ${st.mostTouched} of ${st.elements} drawing elements changed by one step`);
      console.log(`  frames from a step's click to the next frame, paint included: median ${ms(st.frameMedian)},`
        + ` worst ${ms(st.frameWorst)}, ${st.framesMissed} of ${st.steps} took over one and a half frames (25 ms)`);
    });
  }
}
finally {
  await page.close();
}
