// Browser benchmark of the Neural Network Playground's Play (not a test): how many updates a second the page keeps
// for a 2-8-8-1 network on 200 points, in Debian's headless Chromium against a running copy of the site. It sets the
// page up through its own controls (circle, 200 points, two hidden layers of 8), presses Play for the given number
// of seconds and counts the answers drawn. It watches every request the page sends (their time and status, so a 429
// shows), the frames the page paints and the longest task. The reference, timed in the same run, is the same
// request sent in a loop by a bare script with nothing drawn: the most updates a second the server allows, which
// a slower or faster machine moves as much as the page.
//
//   java -jar target/ai-educademy-*.jar --server.port=8186 &     # or any running copy of the site
//   node --experimental-websocket scripts/playground-benchmark.mjs [http://localhost:8080] [seconds] [rounds]
//
// Node 22 and later need no flag. Results go to standard output.

import { openBrowser } from './cdp.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const seconds = Number(process.argv[3] ?? 10);
const rounds = Number(process.argv[4] ?? 1);

// Runs in the page: sets up 2-8-8-1 on 200 points through the controls, then plays for the given time.
const PLAY = `
async (seconds) => {
  const app = document.querySelector('[data-playground]');
  const settle = async () => {
    for (let i = 0; i < 400 && (app.dataset.busy === 'true' || !app.dataset.updates); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  const set = (selector, value) => {
    const input = app.querySelector(selector);
    input.value = String(value);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  if (!window.benchmarkReady) {
    set('[data-dataset]', 'circle');
    set('[data-points]', 200);
    const layers = () => [...app.querySelectorAll('[data-layers] li')];
    while (layers().length < 2) {
      app.querySelector('[data-layer-add]').click();
    }
    for (let l = 0; l < 2; l++) {
      for (let guard = 0; guard < 16 && !/\\b8\\b/.test(layers()[l].querySelector('span').textContent); guard++) {
        const [fewer, more] = layers()[l].querySelectorAll('button');
        (/\\b(\\d+)\\b/.exec(layers()[l].querySelector('span').textContent)[1] > 8 ? fewer : more).click();
      }
    }
    window.benchmarkReady = true;
  }
  app.querySelector('[data-reset]').click();
  await settle();

  // every request the page sends: start, end, status and the body (for the reference loop)
  const requests = [];
  const realFetch = window.fetch;
  window.fetch = async (url, init) => {
    const entry = { start: performance.now(), end: 0, status: 0, body: init?.body };
    requests.push(entry);
    const response = await realFetch(url, init);
    entry.status = response.status;
    const copy = response.clone();
    await copy.arrayBuffer();
    entry.end = performance.now();
    entry.bytes = Number(response.headers.get('Content-Length') ?? 0);
    return response;
  };
  const frames = [];
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longest = Math.max(longest, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let playing = true;
  const countFrames = (now) => {
    frames.push(now);
    if (playing) {
      requestAnimationFrame(countFrames);
    }
  };
  requestAnimationFrame(countFrames);
  const updatesBefore = Number(app.dataset.updates);
  const lossBefore = Number(app.querySelector('[data-train-loss]').dataset.value);
  app.querySelector('[data-play]').click();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  app.querySelector('[data-play]').click();
  playing = false;
  observer.disconnect();
  const updates = Number(app.dataset.updates) - updatesBefore;
  window.fetch = realFetch;
  await settle();
  const done = requests.filter((r) => r.end > 0);
  const durations = done.map((r) => r.end - r.start).sort((a, b) => a - b);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const at = (xs, q) => xs.length ? xs[Math.min(xs.length - 1, Math.floor(xs.length * q))] : NaN;

  // the reference: the same request in a loop, nothing drawn
  const body = done.find((r) => r.status === 200)?.body;
  let served = 0;
  let refused = 0;
  const until = performance.now() + seconds * 1000;
  let state = JSON.parse(body).state;
  while (performance.now() < until) {
    const request = JSON.parse(body);
    request.state = state;
    const response = await realFetch('/api/playground/train', { method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(request) });
    const answer = await response.json();
    if (response.ok) {
      served++;
      state = answer.state;
    } else {
      refused++;
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('Retry-After') ?? 1)));
    }
  }
  return {
    updates, perSecond: updates / seconds,
    requests: requests.length, refused: done.filter((r) => r.status === 429).length,
    statuses: [...new Set(done.map((r) => r.status))],
    requestMedian: at(durations, 0.5), requestP90: at(durations, 0.9), bytes: at(done.map((r) => r.bytes), 0.5),
    frames: frames.length, frameMedian: at(gaps, 0.5), frameP99: at(gaps, 0.99), framesOver50: gaps.filter((g) => g > 50).length,
    longestTask: longest,
    lossBefore, lossAfter: Number(app.querySelector('[data-train-loss]').dataset.value),
    referencePerSecond: served / seconds, referenceRefused: refused,
    status: app.querySelector('[data-status]').textContent,
  };
}`;

const page = await openBrowser();
try {
  await page.viewport(1280, 900, false);
  await page.goto(`${base}/lab/playground`);
  await page.waitFor("!!document.querySelector('[data-playground]')?.dataset.updates");
  for (let round = 0; round < rounds; round++) {
    const r = await page.evaluate(`(${PLAY})(${seconds})`);
    const ms = (x) => `${x.toFixed(1)} ms`;
    console.log(`round ${round + 1}: ${r.updates} updates in ${seconds} s of Play: ${r.perSecond.toFixed(1)} a second`
      + ` (train loss ${r.lossBefore.toFixed(3)} -> ${r.lossAfter.toFixed(3)});`
      + ` reference (the same request looped, nothing drawn) ${r.referencePerSecond.toFixed(1)} a second,`
      + ` ratio ${(r.perSecond / r.referencePerSecond).toFixed(2)}`);
    console.log(`  ${r.requests} requests, ${r.refused} refused with 429 (statuses ${r.statuses.join(', ')}),`
      + ` reference refused ${r.referenceRefused}; request median ${ms(r.requestMedian)}, 90th percentile`
      + ` ${ms(r.requestP90)}, ${r.bytes} bytes; ${r.frames} frames, median ${ms(r.frameMedian)} apart,`
      + ` 99th percentile ${ms(r.frameP99)}, ${r.framesOver50} over 50 ms; longest task ${ms(r.longestTask)}`);
    console.log(`  status line: ${r.status}`);
  }
}
finally {
  await page.close();
}
