// The embeddable widget (www/embed/embed.js) in real headless Chromium, on the demo lesson
// (www/embed-demo.html): no worker before the first Run, a widget runs and shows its
// output and tier badges, a second widget reuses the same worker, "open in playground"
// carries the code; then the same page served with a Content-Security-Policy that forbids
// 'wasm-unsafe-eval' (on the page only, on the worker script only, on both) to check what
// runs and what the widget says. Output of 3,000 lines and more is fast and trimmed; Stop
// on a queued widget leaves the running one alone. Saves the demo's screenshot for the
// README.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, ROOT, launchBrowser, startServer } from './harness.mjs';

const CSP = "script-src 'self'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream', '.map': 'application/json' };

/**
 * A static server for the CSP cases: `csp(urlPath)` says whether that response carries
 * the policy. 127.0.0.1 only; the repository's www/, pkg/ and stdlib/ only.
 */
function cspServer(csp) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    if (!/^(www|pkg|stdlib)\//.test(rel)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(path.join(ROOT, rel), (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      const headers = { 'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream' };
      if (csp(url.pathname)) headers['Content-Security-Policy'] = CSP;
      res.writeHead(200, headers).end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => server.close(),
    }));
  });
}

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ viewport: { width: 900, height: 1400 } });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Open the demo at `base`; returns `{page, workers, errors}`. */
async function openDemo(base) {
  const page = await browser.context.newPage();
  const workers = [];
  const errors = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${base}www/embed-demo.html`);
  await page.waitForFunction(() => customElements.get('pave-snippet') && window.paveEmbed);
  return { page, workers, errors };
}

/** Press Run in widget `id` and wait until it finished; its status, output, badges, note. */
async function runWidget(page, id) {
  const widget = page.locator(`#${id}`);
  await widget.locator('button.run').click();
  await page.waitForFunction((i) => {
    const root = document.getElementById(i).shadowRoot;
    return /^(done|could not|\w+Error) /.test(root.querySelector('.status').textContent)
      || root.querySelector('.status').textContent === 'could not run';
  }, id, { timeout: 60_000 });
  return page.evaluate((i) => {
    const root = document.getElementById(i).shadowRoot;
    return {
      status: root.querySelector('.status').textContent,
      output: root.querySelector('.out').textContent,
      badges: Object.fromEntries([...root.querySelectorAll('.fn-tier')].map((b) => [b.dataset.fn, b.dataset.state])),
      note: root.querySelector('.note').textContent,
    };
  }, id);
}

test('the demo lesson runs a widget; widgets share one worker started on the first Run', async () => {
  const { page, workers, errors } = await openDemo(server.url);
  assert.equal(await page.locator('pave-snippet').count(), 5);
  assert.equal(await page.evaluate(() => window.paveEmbed.started()), false);
  assert.deepEqual(workers, [], 'no worker before the first Run');

  const fib = await runWidget(page, 'lesson-fib');
  assert.match(fib.status, /^done in /);
  assert.equal(fib.output, '10 55\n20 6765\n25 75025\n');
  assert.equal(fib.badges.fib, 'compiled');
  assert.equal(fib.note, '');

  const loop = await runWidget(page, 'lesson-loop');
  assert.equal(loop.output, '333332833333500000\n');
  assert.equal(loop.badges.sum_squares, 'compiled');
  const mixed = await runWidget(page, 'lesson-mixed');
  assert.match(mixed.output, /longest chain below 20000 has 278 steps/);
  assert.equal(mixed.badges.collatz_steps, 'compiled');
  // A second Run of a widget, in its kept session, prints the same.
  assert.equal((await runWidget(page, 'lesson-fib')).output, fib.output);
  assert.equal(workers.length, 1, `one shared worker: ${workers}`);

  // "open in playground" carries the snippet's code in a share link.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.locator('#lesson-loop').locator('a.open').click(),
  ]);
  await popup.waitForFunction(() => window.pave?.shareOpened);
  await popup.evaluate(() => window.pave.shareOpened);
  assert.match(await popup.evaluate(() => window.pave.editor.getCode()), /def sum_squares\(n\):/);
  await popup.close();

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'embed-demo.png');
  // The lesson's first two widgets, run (the page is 900 px wide).
  await page.locator('#lesson-fib').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 900, height: 1150 } });
  const docs = path.join(ROOT, 'docs', 'embed-demo.png');
  if (process.env.PAVE_SCREENSHOT === '1' || !fs.existsSync(docs)) fs.copyFileSync(shot, docs);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Put `code` in widget `id`'s editor. */
function setWidgetCode(page, id, code) {
  return page.evaluate(([i, c]) => document.getElementById(i).editor.setCode(c), [id, code]);
}

const widgetStatus = (page, id) => page.evaluate((i) => document.getElementById(i).shadowRoot.querySelector('.status').textContent, id);
// The status a click leads to, once the widget shows it (on a busy machine, a frame or
// two after the click returns).
const statusAfterClick = async (page, id, expected) => {
  await page.waitForFunction(([i, text]) => document.getElementById(i).shadowRoot.querySelector('.status').textContent === text, [id, expected], { timeout: 10_000 }).catch(() => {});
  return widgetStatus(page, id);
};

test('a widget printing 3,000 lines finishes quickly and shows the last line', async () => {
  const { page, errors } = await openDemo(server.url);
  await setWidgetCode(page, 'lesson-fib', 'for i in range(3000):\n    print("line", i)\n');
  const started = Date.now();
  const result = await runWidget(page, 'lesson-fib');
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  assert.match(result.status, /^done in /);
  assert.ok(result.output.startsWith('line 0\nline 1\n'));
  assert.ok(result.output.endsWith('line 2999\n'), result.output.slice(-40));
  // Far more than a widget keeps: the oldest output goes, and the widget says so.
  await setWidgetCode(page, 'lesson-fib', 'for i in range(20000):\n    print("line", i, "." * 20)\n');
  const flood = await runWidget(page, 'lesson-fib');
  assert.ok(flood.output.endsWith(`line 19999 ${'.'.repeat(20)}\n`));
  assert.match(flood.output, /^\[earlier output trimmed: only the last 100,000 characters are kept\]\n/);
  assert.ok(flood.output.length < 100_200, `${flood.output.length} characters kept`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Stop on a queued widget takes its run out of the queue and leaves the running one alone', async () => {
  const { page, errors } = await openDemo(server.url);
  // A runs 3 s, so that B is still queued when the clicks on it are handled, even on
  // a busy machine (with 1 s, B once found A finished and ran at once).
  await setWidgetCode(page, 'lesson-fib', 'import time\nfor i in range(60):\n    print("A", i)\n    time.sleep(0.05)\nprint("A done")\n');
  await setWidgetCode(page, 'lesson-loop', 'print("B ran")\n');
  const button = (id) => page.locator(`#${id}`).locator('button.run');
  await button('lesson-fib').click();
  await page.waitForFunction((i) => document.getElementById(i).shadowRoot.querySelector('.out').textContent.includes('A 0'), 'lesson-fib', { timeout: 60_000 });
  await button('lesson-loop').click();
  assert.equal(await statusAfterClick(page, 'lesson-loop', 'waiting…'), 'waiting…');
  await button('lesson-loop').click();
  assert.equal(await statusAfterClick(page, 'lesson-loop', 'stopped before it ran'), 'stopped before it ran');
  assert.equal((await button('lesson-loop').textContent()).trim(), '▶ Run');
  await page.waitForFunction((i) => /^done in /.test(document.getElementById(i).shadowRoot.querySelector('.status').textContent), 'lesson-fib');
  const a = await page.evaluate(() => document.getElementById('lesson-fib').shadowRoot.querySelector('.out').textContent);
  assert.match(a, /A 59\nA done\n$/);
  assert.doesNotMatch(a, /KeyboardInterrupt/);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.getElementById('lesson-loop').shadowRoot.querySelector('.out').textContent), '', 'B never ran');
  assert.equal(await widgetStatus(page, 'lesson-loop'), 'stopped before it ran');
  // B runs when asked again; Stop on a running widget still stops it.
  assert.equal((await runWidget(page, 'lesson-loop')).output, 'B ran\n');
  await button('lesson-fib').click();
  await page.waitForFunction((i) => document.getElementById(i).shadowRoot.querySelector('.out').textContent.includes('A 0'), 'lesson-fib');
  await button('lesson-fib').click();
  await page.waitForFunction((i) => /^KeyboardInterrupt in /.test(document.getElementById(i).shadowRoot.querySelector('.status').textContent), 'lesson-fib');
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page whose CSP forbids 'wasm-unsafe-eval': the worker compiles Python, tier 1 works", async () => {
  const csp = await cspServer((p) => p.endsWith('.html'));
  try {
    const { page, errors } = await openDemo(csp.url);
    const fib = await runWidget(page, 'lesson-fib');
    assert.equal(fib.output, '10 55\n20 6765\n25 75025\n');
    assert.match(fib.note, /page's Content-Security-Policy forbids compiling WebAssembly .* the worker compiled Python itself/);
    assert.equal(fib.badges.fib, 'compiled');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    csp.close();
  }
});

test("a worker whose CSP forbids 'wasm-unsafe-eval': tier 0 runs and the widget says tier 1 is off", async () => {
  const csp = await cspServer((p) => p.endsWith('/worker.js'));
  try {
    const { page, errors } = await openDemo(csp.url);
    const fib = await runWidget(page, 'lesson-fib');
    assert.equal(fib.output, '10 55\n20 6765\n25 75025\n');
    assert.match(fib.note, /tier 1 is off: .*'wasm-unsafe-eval'/);
    assert.equal(fib.badges.fib, 'disabled');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    csp.close();
  }
});

test("CSP without 'wasm-unsafe-eval' on the page and the worker: the widget says Python cannot start", async () => {
  const csp = await cspServer(() => true);
  try {
    const { page } = await openDemo(csp.url);
    const fib = await runWidget(page, 'lesson-fib');
    assert.equal(fib.status, 'could not run');
    assert.match(fib.note, /Python could not start: .*Content Security/);
    await page.close();
  } finally {
    csp.close();
  }
});
