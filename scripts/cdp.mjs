// A very small Chrome DevTools Protocol client for scripts: starts Debian's headless Chromium, opens one page,
// evaluates JavaScript in it and takes screenshots. Needs Node 20 or later (node --experimental-websocket on 20).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts Chromium and returns a page: { send, evaluate, goto, viewport, screenshot, close }. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'cdp-chromium-'));
  const child = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        resolve(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`chromium stopped: ${seen}`)));
  });
  const port = new URL(endpoint).port;
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const pageTarget = targets.find((target) => target.type === 'page');
  const socket = new WebSocket(pageTarget.webSocketDebuggerUrl);
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  socket.addEventListener('close', () => {
    for (const { reject } of waiting.values()) {
      reject(new Error('the browser closed the connection'));
    }
    waiting.clear();
  });
  let next = 0;
  const waiting = new Map();
  const listeners = new Map();
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(message.data);
    if (data.id !== undefined && waiting.has(data.id)) {
      const { resolve, reject } = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.error) {
        reject(new Error(data.error.message));
      }
      else {
        resolve(data.result);
      }
    }
    else if (data.method && listeners.has(data.method)) {
      listeners.get(data.method).forEach((listener) => listener(data.params));
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
  const on = (method, listener) => {
    listeners.set(method, [...(listeners.get(method) ?? []), listener]);
  };
  await send('Page.enable');
  await send('Runtime.enable');
  const page = {
    send,
    on,
    async evaluate(expression) {
      const result = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) {
        throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      }
      return result.result.value;
    },
    async goto(url) {
      const loaded = new Promise((resolve) => on('Page.loadEventFired', resolve));
      await send('Page.navigate', { url });
      await loaded;
    },
    async viewport(width, height, dark = false) {
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: width < 600 });
      await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }] });
    },
    async screenshot(file, wholePage = false) {
      const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: wholePage });
      writeFileSync(file, Buffer.from(shot.data, 'base64'));
    },
    async waitFor(expression, timeout = 10000) {
      const until = Date.now() + timeout;
      for (;;) {
        if (await page.evaluate(expression)) {
          return;
        }
        if (Date.now() > until) {
          throw new Error(`timed out waiting for ${expression}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      socket.close();
      const stopped = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await stopped;
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
      catch {
        // a helper process may still be writing its profile; the folder is in the temporary directory
      }
    },
  };
  return page;
}
