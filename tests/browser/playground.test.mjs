// The playground in real headless Chromium: loading, running, the REPL, errors marked in
// the editor, Stop (gentle and by reset), input(), deep recursion, a huge single line of
// output trimmed to the console's limit, and a clean console.
// One browser and one page serve all tests, in order, like one user's session. It also
// saves a screenshot of the console to tests/browser/artifacts/ (the README's screenshots
// come from tiers.test.mjs and embed.test.mjs).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS, consoleText, launchBrowser, openPlayground, runProgram, setCode, startServer,
  typeLine, waitForText, waitIdle,
} from './harness.mjs';

let server;
let browser;
let page;
let errors;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ page, errors } = await openPlayground(browser.context, server.url));
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads and shows the version', async () => {
  const info = await page.textContent('.status-info');
  assert.match(info, /Pave \d+\.\d+\.\d+/);
  assert.match(info, /loaded in/);
  assert.match(info, /\bisolated\b/, 'served with COOP/COEP, the page is cross-origin isolated');
  assert.equal(await page.textContent('.status-state'), 'Ready');
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
});

test('an example runs and its output appears', async () => {
  await page.click('#clear');
  await page.selectOption('#examples', 'primes');
  assert.match(await page.evaluate(() => window.pave.editor.getCode()), /primes_below/);
  await page.click('#run');
  await waitIdle(page);
  const text = await consoleText(page);
  assert.match(text, /1229 primes below 10,000/);
  assert.match(text, /9973\]/);
});

test('output streams while the program still runs', async () => {
  await page.click('#clear');
  await setCode(page, 'import time\nprint("first", flush=True)\ntime.sleep(1.5)\nprint("second")\n');
  await page.click('#run');
  await waitForText(page, 'first');
  assert.equal(await page.getAttribute('body', 'data-state'), 'running');
  assert.doesNotMatch(await consoleText(page), /second/);
  await waitIdle(page);
  assert.match(await consoleText(page), /second/);
});

test('a REPL line keeps state, and sees the program\'s globals', async () => {
  await runProgram(page, 'greeting = "hi"\n');
  await typeLine(page, 'x = 41');
  await waitIdle(page);
  await typeLine(page, 'x + 1');
  await waitForText(page, '\n42\n');
  await typeLine(page, 'greeting * 2');
  await waitForText(page, "'hihi'");
});

test('a multi-line REPL block uses ... and runs on an empty line', async () => {
  await typeLine(page, 'def double(a):');
  await page.waitForFunction(() => document.querySelector('.console-prompt').textContent === '... ');
  await typeLine(page, '    return a * 2');
  await typeLine(page, '');
  await waitIdle(page);
  await typeLine(page, 'double(21)');
  await waitForText(page, '>>> double(21)\n42\n');
  // History: the up arrow brings back the last line.
  await page.locator('.console-input').press('ArrowUp');
  assert.equal(await page.inputValue('.console-input'), 'double(21)');
  await page.fill('.console-input', '');
});

test('a syntax error shows a traceback and marks its line', async () => {
  const text = await runProgram(page, 'x = 1\nif x\n    print(x)\n');
  assert.match(text, /SyntaxError/);
  assert.match(text, /line 2/);
  assert.equal(await page.evaluate(() => window.pave.editor.markedLine()), 2);
  assert.equal(await page.locator('.cm-error-line').count(), 1);
  assert.equal(await page.locator('.cm-error-marker').count(), 1);
});

test('a runtime error shows the traceback in red and marks the raising line', async () => {
  const text = await runProgram(page, 'def f(d):\n    return 1 / d\n\nprint("before")\nf(0)\n');
  assert.match(text, /before\nTraceback \(most recent call last\):/);
  assert.match(text, /ZeroDivisionError: division by zero/);
  assert.equal(await page.evaluate(() => window.pave.editor.markedLine()), 2);
  assert.ok(await page.locator('.out-error').count() >= 1);
  // Editing the code clears the mark.
  await page.evaluate(() => window.pave.editor.setCode('print(1)\n'));
  assert.equal(await page.evaluate(() => window.pave.editor.markedLine()), null);
});

test('Stop interrupts a printing loop with KeyboardInterrupt and keeps the session', async () => {
  await runProgram(page, 'kept = 7\n');
  await setCode(page, 'i = 0\nwhile True:\n    i += 1\n    print(i)\n');
  await page.click('#run');
  await waitForText(page, '\n100\n');
  const start = Date.now();
  await page.click('#stop');
  await waitIdle(page);
  assert.ok(Date.now() - start < 1000, `stopped in ${Date.now() - start} ms`);
  const text = await consoleText(page);
  assert.match(text, /KeyboardInterrupt/);
  assert.doesNotMatch(text, /session was reset/);
  await typeLine(page, 'kept');
  await waitForText(page, '>>> kept\n7\n');
});

test('Stop ends `while True: pass` within 1 s and the page runs code again', async () => {
  await page.click('#clear');
  await setCode(page, 'while True:\n    pass\n');
  await page.click('#run');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('body', 'data-state'), 'running');
  const start = Date.now();
  await page.click('#stop');
  await waitIdle(page);
  const elapsed = Date.now() - start;
  assert.ok(elapsed < 1000, `stopped in ${elapsed} ms`);
  assert.match(await consoleText(page), /session was reset/);
  const text = await runProgram(page, 'print("alive", 6 * 7)\n');
  assert.match(text, /alive 42/);
});

test('input() round trip through the console', async () => {
  await page.click('#clear');
  await setCode(page, 'name = input("Your name? ")\nprint(f"Hello, {name}!")\n');
  await page.click('#run');
  await page.waitForSelector('body[data-state="input"]');
  await waitForText(page, 'Your name? ');
  await typeLine(page, 'Ada Lovelace');
  await waitIdle(page);
  assert.match(await consoleText(page), /Your name\? Ada Lovelace\nHello, Ada Lovelace!/);
});

test('Stop while input() waits raises KeyboardInterrupt', async () => {
  await page.click('#clear');
  await setCode(page, 'input("waiting> ")\n');
  await page.click('#run');
  await page.waitForSelector('body[data-state="input"]');
  await page.click('#stop');
  await waitIdle(page);
  const text = await consoleText(page);
  assert.match(text, /KeyboardInterrupt/);
  assert.doesNotMatch(text, /session was reset/);
});

test('deep recursion gives RecursionError and the page still works', async () => {
  const text = await runProgram(page, 'def f(n):\n    return f(n + 1)\n\nf(0)\n');
  assert.match(text, /RecursionError/);
  assert.doesNotMatch(text, /session was reset/);
  assert.equal(await page.evaluate(() => window.pave.editor.markedLine()), 2);
  const ok = await runProgram(page, 'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\nprint(depth(200))\n');
  assert.match(ok, /^200$/m);
});

test('the stdlib outside the core set loads on first import; unknown modules fail cleanly', async () => {
  const fetched = [];
  const onRequest = (request) => {
    if (request.url().includes('/stdlib/mod/')) fetched.push(request.url().replace(/.*\/stdlib\/mod\//, ''));
  };
  browser.context.on('request', onRequest);
  try {
    const common = await runProgram(page, 'import json, re, dataclasses, random, collections\nprint(json.dumps({"a": [1, 2]}))\n');
    assert.match(common, /\{"a": \[1, 2\]\}/);
    assert.deepEqual(fetched, [], 'the common modules come with the page (stdlib/core.bin)');
    const rare = await runProgram(page, 'import calendar\nprint(calendar.isleap(2024), calendar.__file__)\n');
    assert.match(rare, /True stdlib\/calendar\.py/);
    assert.ok(fetched.includes('calendar.bin'), `fetched: ${fetched}`);
    const codec = await runProgram(page, 'print("é".encode("cp1252"))\n');
    assert.match(codec, /b'\\xe9'/);
    assert.ok(fetched.includes('encodings.cp1252.bin'), `fetched: ${fetched}`);
  } finally {
    browser.context.off('request', onRequest);
  }
  const missing = await runProgram(page, 'import no_such_module\n');
  assert.match(missing, /ModuleNotFoundError: No module named 'no_such_module'/);
});

test('a 100 MB single-line print keeps only the tail of the console, quickly', async () => {
  await page.click('#clear');
  await setCode(page, 'print("head" + "x" * 100_000_000 + "END")\nprint("after")\n');
  const started = Date.now();
  await page.click('#run');
  await waitIdle(page, 60_000);
  assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  const text = await consoleText(page);
  assert.ok(text.length < 401_000, `${text.length} characters in the console`);
  assert.match(text, /^\[earlier output trimmed: only the last 400,000 characters are kept\]\n/);
  assert.match(text, /xxxxEND\nafter\n/);
  assert.doesNotMatch(text, /head/);
  // The page answers, and the next run prints normally.
  assert.match(await runProgram(page, 'print("small", 1 + 1)\n'), /small 2/);
});

test('the top bar links to the bench page and the embed demo', async () => {
  const links = await page.$$eval('.topbar .links a', (as) => as.map((a) => [a.textContent, a.href]));
  assert.deepEqual(links.map(([text]) => text), ['Bench', 'Embed']);
  for (const [, href] of links) {
    const response = await page.request.get(href);
    assert.equal(response.status(), 200, href);
  }
});

test('screenshot of the console (test artifact)', async () => {
  await page.click('#clear');
  await page.selectOption('#examples', 'mandelbrot');
  await page.click('#run');
  await waitIdle(page);
  await typeLine(page, 'WIDTH * HEIGHT');
  await waitForText(page, "1440");
  await page.locator('.console-input').blur();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'screenshot.png');
  await page.screenshot({ path: shot });
  assert.ok(fs.statSync(shot).size > 0);
});

test('the page logged no console errors', () => {
  assert.deepEqual(errors, []);
});
