// The tier view in real headless Chromium: the Tiers panel fills live while a program runs
// and shows fib compiled at the end (badge, gutter mark on its `def`, click jumps to it),
// the generated code view shows WebAssembly text and the IR, Compare tiers runs the program
// twice in fresh sessions and shows both (in a throwaway worker each time, so the
// playground's worker does not grow), a share link restores code, settings and the
// sender's figures in a fresh page without running anything, and a damaged link says so
// and leaves an empty playground that works. Saves the playground screenshot for the README.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS, ROOT, consoleText, launchBrowser, openPlayground, setCode, startServer, waitIdle,
} from './harness.mjs';

let server;
let browser;
let page;
let errors;
/** The link the share test made (the damaged-link test cuts it short). */
let sentLink = null;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  ({ page, errors } = await openPlayground(browser.context, server.url));
});

after(async () => {
  await browser?.close();
  server?.close();
});

const FIB = `def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def show(x):
    print("result", x)

for n in (18, 20, 22):
    show(fib(n))
`;

/** A program that runs long enough (a second or more) for live reports to arrive. */
const LONG = `import time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(15):
    total += fib(18)
    print(i, total)
    time.sleep(0.1)
print("done", total)
`;

/** The screenshot's program: a compiled function, a deoptimised one, a lifted loop. */
const SHOWCASE = `import math

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def norm(x, y):
    return math.sqrt(x * x + y * y)

def risky(a, b):
    return abs(a // b)

total = 0.0
for i in range(20000):
    total += norm(i, i + 1) % 3
print(fib(24), round(total, 3))
for b in range(200):
    try:
        risky(10, b % 3)
    except ZeroDivisionError:
        pass
`;

async function run(code) {
  await page.click('#clear');
  await setCode(page, code);
  await page.click('#run');
  await waitIdle(page, 60_000);
}

test('the tiers panel updates live and shows fib compiled at the end', async () => {
  await setCode(page, LONG);
  await page.click('#clear');
  await page.click('#run');
  // While it runs: the panel is marked live and already lists fib.
  await page.waitForSelector('#tiers[data-live="true"] tr[data-fn="fib"]', { timeout: 30_000 });
  await waitIdle(page, 60_000);
  assert.equal(await page.getAttribute('#tiers', 'data-live'), 'false');

  await run(FIB);
  const row = page.locator('#tiers tr[data-fn="fib"]');
  assert.equal(await row.getAttribute('data-state'), 'compiled');
  assert.equal((await row.locator('.tier-badge').textContent()).trim(), 'compiled');
  const cells = await row.locator('td').allTextContents();
  assert.match(cells[2], /^[\d,]+ \/ [\d,]+$/, 'calls per tier');
  assert.match(cells[4], /ms/, 'compile time');
  assert.match(cells[5], /^[\d,]+ B$/, 'wasm bytes');
  const details = await page.textContent('#tiers tr[data-detail-for="fib"]');
  assert.match(details, /decode .* lower .* infer .* emit .* load/, 'compile time by phase');
  assert.match(details, /specialised for \(int\) → int/);
  // `show` is called 3 times, below the threshold: the panel says why in words.
  const show = page.locator('#tiers tr[data-fn="show"]');
  assert.equal(await show.getAttribute('data-state'), 'interpreted');
  assert.match(await page.textContent('#tiers tr[data-detail-for="show"] .why'), /not hot yet: 3 calls/);
  // Two charts, with a bar per function and a tier-up mark for fib.
  assert.equal(await page.locator('#tiers .chart-svg').count(), 2);
  assert.ok(await page.locator('#tiers .bar-t1').count() >= 1);
  assert.ok(await page.locator('#tiers .lane-mark').count() >= 1);
  // The gutter mark on `def fib` (line 1) and a click that jumps there.
  const marks = await page.evaluate(() => window.pave.editor.tierMarks());
  assert.deepEqual(marks.find((m) => m.line === 1), { line: 1, state: 'compiled' });
  await page.evaluate(() => window.pave.editor.jumpTo(9));
  await row.locator('.fn-link').click();
  const cursorLine = await page.evaluate(() => {
    const { view } = window.pave.editor;
    return view.state.doc.lineAt(view.state.selection.main.head).number;
  });
  assert.equal(cursorLine, 1);
  // The old summary line stays in the panel (and in the console).
  assert.match(await page.textContent('#tiers .tiers-body'), /fib compiled/);
});

test('the code view shows the WebAssembly text and the IR of fib', async () => {
  await page.locator('#tiers tr[data-fn="fib"] .code-link').click();
  await page.waitForSelector('#code-view[open]');
  assert.match(await page.textContent('#code-view .code-source'), /^def fib\(n\):/);
  const wat = await page.textContent('#code-view .code-output');
  assert.match(wat, /\(module/);
  assert.match(wat, /\(func/);
  await page.click('#code-view [data-tab="ir"]');
  const ir = await page.textContent('#code-view .code-output');
  assert.notEqual(ir, wat);
  assert.ok(ir.length > 20);
  assert.doesNotMatch(ir, /\(func/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#code-view').open);
});

test('Compare tiers runs the program with the JIT off, then on, and shows both', async () => {
  await setCode(page, FIB);
  await page.click('#clear');
  await page.click('#compare');
  await page.waitForSelector('.tiers-extra .comparison', { timeout: 60_000 });
  await waitIdle(page, 60_000);
  const head = await page.locator('.tiers-extra .comparison thead th').allTextContents();
  assert.deepEqual(head, ['', 'JIT off', 'JIT on', 'ratio']);
  const total = await page.locator('.tiers-extra .comparison tr.total td').allTextContents();
  assert.match(total[1], /ms|s$/);
  assert.match(total[2], /ms|s$/);
  assert.match(total[3], /×$/);
  // Per function: fib interpreted without the JIT, compiled with it.
  const fib = page.locator('.tiers-extra .comparison tr[data-fn="fib"] td');
  assert.match(await fib.nth(1).textContent(), /JIT off/);
  assert.match(await fib.nth(2).textContent(), /compiled/);
  // Both runs printed the same output.
  const out = await consoleText(page);
  assert.equal(out.match(/result 17711/g)?.length, 2);
});

test('repeated Compares run in throwaway workers and do not grow the playground\'s worker', async () => {
  await run('kept_global = 5\n');
  await setCode(page, 'def double(n):\n    return 2 * n\n\nprint(sum(double(i) for i in range(100)))\n');
  await page.click('#clear');
  // The active worker and the spare; the spare is ready once the page says so.
  await page.waitForFunction(() => window.pave.facts().spareMs !== null);
  const memory = (worker) => worker.evaluate(() => self.pave.wasmMemoryBytes());
  const before = page.workers();
  const sizes = new Map(await Promise.all(before.map(async (w) => [w, await memory(w)])));
  const compared = () => page.evaluate(() => window.pave.console.text().split('9900\n').length - 1);
  for (let i = 1; i <= 20; i++) {
    await page.click('#compare');
    await page.waitForFunction((n) => window.pave.console.text().split('9900\n').length - 1 === 2 * n, i, { timeout: 60_000 });
    await waitIdle(page, 60_000);
    assert.match(await page.textContent('.status-state'), /^Compared: /);
  }
  assert.equal(await compared(), 40);
  // Only the playground's own worker is left of those before; it did not grow.
  const alive = before.filter((w) => page.workers().includes(w));
  assert.equal(alive.length, 1, 'the old spare ran a Compare and was dropped');
  const grew = (await memory(alive[0])) - sizes.get(alive[0]);
  assert.ok(grew < 4 << 20, `the playground's worker grew by ${(grew / 2 ** 20).toFixed(1)} MB over 20 Compares`);
  // The throwaway workers are gone: only it and a new spare are left.
  for (let waited = 0; page.workers().length > 2 && waited < 5000; waited += 100) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 2, 'the active worker and a spare');
  // Its session is untouched.
  await page.click('#clear');
  await run('print(kept_global)\n');
  assert.match(await consoleText(page), /^5$/m);
});

test('Stop during Compare drops its throwaway worker and leaves the session alone', async () => {
  await setCode(page, 'while True:\n    pass\n');
  await page.click('#clear');
  await page.click('#compare');
  await page.waitForSelector('body[data-state="running"]');
  await page.waitForTimeout(300);
  const started = Date.now();
  await page.click('#stop');
  await waitIdle(page);
  assert.ok(Date.now() - started < 1500, `stopped in ${Date.now() - started} ms`);
  assert.equal(await page.textContent('.status-state'), 'Compare stopped');
  assert.match(await consoleText(page), /no safe point within 300 ms, so the throwaway sessions were dropped \(your session is untouched\)/);
  await run('print(kept_global)\n');
  assert.match(await consoleText(page), /^5$/m);
});

test('a share link restores code, settings and the sender\'s figures in a fresh page', async () => {
  await page.fill('#jit-threshold', '7');
  await page.dispatchEvent('#jit-threshold', 'change');
  await run(FIB);
  await page.click('#share');
  await page.waitForSelector('#share-dialog[open]');
  await page.waitForFunction(() => document.querySelector('#share-link').value.includes('#pave=1.'));
  const link = await page.inputValue('#share-link');
  sentLink = link;
  assert.ok(await page.isChecked('#share-results'));
  await page.click('#share-dialog .dialog-buttons button:last-child');

  const fresh = await browser.context.newPage();
  const freshErrors = [];
  fresh.on('pageerror', (err) => freshErrors.push(err.message));
  await fresh.goto(link);
  await fresh.evaluate(() => window.pave.ready);
  await fresh.evaluate(() => window.pave.shareOpened);
  await fresh.waitForSelector('body[data-state="idle"]');
  assert.equal(await fresh.evaluate(() => window.pave.editor.getCode()), FIB);
  assert.equal(await fresh.inputValue('#jit-threshold'), '7');
  assert.deepEqual(await fresh.evaluate(() => window.pave.runner.settings.jit), { enabled: true, threshold: 7 });
  // The sender's figures, and nothing ran here.
  const shared = fresh.locator('.shared-results .comparison');
  const head = await shared.locator('thead th').allTextContents();
  assert.deepEqual(head, ['', 'sender', 'here', 'ratio']);
  const total = await shared.locator('tr.total td').allTextContents();
  assert.match(total[1], /\d/);
  assert.equal(total[2], '–');
  assert.match(await shared.locator('tr[data-fn="fib"] td').nth(1).textContent(), /compiled/);
  assert.doesNotMatch(await fresh.evaluate(() => window.pave.console.text()), /result/);
  // Run here: the two runs side by side.
  await fresh.click('#run-here');
  await fresh.waitForSelector('body[data-state="idle"]', { timeout: 60_000 });
  await fresh.waitForFunction(() => /\d/.test(document.querySelectorAll('.shared-results tr.total td')[2]?.textContent ?? ''));
  assert.match(await fresh.evaluate(() => window.pave.console.text()), /result 17711/);
  assert.deepEqual(freshErrors, []);
  await fresh.close();
});

test('a link too long for common limits is flagged before it is copied', async () => {
  // Incompressible code: a comment of pseudo-random letters.
  let seed = 7;
  const noise = Array.from({ length: 4000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(97 + (seed % 26));
  }).join('');
  await setCode(page, `# ${noise}\nprint(1)\n`);
  await page.click('#share');
  await page.waitForSelector('#share-dialog[open] .share-warning');
  assert.match(await page.textContent('#share-dialog .share-warning'), /is [\d,]+ characters long/);
  assert.equal((await page.textContent('#share-copy')).trim(), 'Copy anyway');
  await page.click('#share-dialog .dialog-buttons button:last-child');
});

test('a damaged share link shows a message and an empty playground that works', async () => {
  const damaged = await browser.context.newPage();
  assert.ok(sentLink, 'the share test made a link');
  // Cut short, as a chat app might.
  await damaged.goto(sentLink.slice(0, Math.floor(sentLink.length * 0.7)));
  await damaged.evaluate(() => window.pave.ready);
  await damaged.evaluate(() => window.pave.shareOpened);
  const message = await damaged.textContent('.share-error');
  assert.match(message, /This share link cannot be opened: .+\. Nothing was run/);
  assert.equal(await damaged.evaluate(() => window.pave.editor.getCode()), '');
  assert.doesNotMatch(await damaged.evaluate(() => window.pave.console.text()), /▶/);
  await damaged.evaluate(() => window.pave.editor.setCode('print(6 * 7)\n'));
  await damaged.click('#run');
  await damaged.waitForFunction(() => window.pave.console.text().includes('42'));
  await damaged.close();
});

test('screenshot of the playground with the tiers panel (and a deoptimised function)', async () => {
  await page.fill('#jit-threshold', '50');
  await page.dispatchEvent('#jit-threshold', 'change');
  await page.evaluate(() => document.querySelector('.tiers-extra').replaceChildren());
  await run(SHOWCASE);
  assert.equal(await page.getAttribute('#tiers tr[data-fn="risky"]', 'data-state'), 'deoptimised');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'playground-tiers.png');
  await page.screenshot({ path: shot });
  const docs = path.join(ROOT, 'docs', 'playground-tiers.png');
  if (process.env.PAVE_SCREENSHOT === '1' || !fs.existsSync(docs)) fs.copyFileSync(shot, docs);
});

test('the page logged no console errors', () => {
  assert.deepEqual(errors, []);
});
