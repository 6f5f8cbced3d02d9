// The standard library in the page (issue 16): every module of stdlib/index.json imported
// in one session (tests/import_all.py: each imports or refuses with a reason, never a
// panic or a reset), programs of the tests/stdlib corpus compared with CPython's output,
// the clocks that used to panic in wasm, threads refused, Stop reaching asyncio's loop,
// unittest.main() ending quietly, and sys.stdin reading from the console.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ROOT, consoleText, launchBrowser, openPlayground, runProgram, setCode, startServer, typeLine,
  waitForText, waitIdle,
} from './harness.mjs';

const CORPUS = path.join(ROOT, 'tests', 'stdlib');

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

/** The console's text without the header line the page writes before each run. */
const output = (text) => text.replace(/^▶ main\.py\n/, '');

/** Run `code` like runProgram, waiting up to `timeout` ms for it to end. */
async function runLong(code, timeout) {
  await page.click('#clear');
  await setCode(page, code);
  await page.click('#run');
  await waitIdle(page, timeout);
  return consoleText(page);
}

// First, in a fresh session: unittest.main() collects the TestCase classes of `__main__`,
// and the page keeps a session's globals from one run to the next.
test('unittest.main() with a failing test ends quietly, with its report', async () => {
  const source = fs.readFileSync(path.join(CORPUS, 'unittest_main_fails.py'), 'utf8');
  const text = output(await runProgram(page, source));
  assert.match(text, /^before\n/);
  assert.match(text, /FAIL: test_bad/);
  assert.match(text, /Ran 2 tests in/);
  assert.match(text, /FAILED \(failures=1\)/);
  assert.doesNotMatch(text, /SystemExit/);
  assert.match(text, /exit status 1/);
  const marked = await page.evaluate(() => document.querySelectorAll('.cm-error-line').length);
  assert.equal(marked, 0);
});

test('every module of the stdlib index imports or says why not, in one session', async () => {
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'stdlib', 'index.json'), 'utf8'));
  const names = Object.keys(index.modules ?? index);
  assert.ok(names.length > 400, `${names.length} modules in the index`);
  const program = `NAMES = ${JSON.stringify(names)}\n${fs.readFileSync(path.join(ROOT, 'tests', 'import_all.py'), 'utf8')}`;
  const start = Date.now();
  const text = await runLong(program, 240_000);
  const summary = text.match(/imported (\d+), refused with a reason (\d+), bad (\d+)/);
  assert.ok(summary, `no summary: the session did not finish\n${text.slice(-2000)}`);
  assert.doesNotMatch(text, /session was reset|BAD /, text.slice(-4000));
  assert.ok(Number(summary[1]) > 400, summary[0]);
  console.log(`${summary[0]} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
});

for (const name of ['asyncio_tasks', 'unittest_report', 'doctest_module', 'logging_basics',
  'inspect_source', 'uuid_zoneinfo', 'os_path', 'signal_names', 'clocks_dates']) {
  test(`${name}.py prints what CPython prints`, async () => {
    const source = fs.readFileSync(path.join(CORPUS, `${name}.py`), 'utf8');
    const expected = fs.readFileSync(path.join(CORPUS, `${name}.out`), 'utf8');
    const text = output(await runProgram(page, source)).replaceAll('"main.py"', `"${name}.py"`);
    assert.ok(text.startsWith(expected), `expected:\n${expected}\ngot:\n${text}`);
  });
}

test('clocks and now() that read std::time in wasm no longer crash the worker', async () => {
  const text = await runProgram(page, [
    'import time, datetime, queue, logging, uuid',
    'print(time.time_ns() > 0, time.thread_time() >= 0, time.get_clock_info("time").adjustable)',
    'print(datetime.datetime.now().year >= 2024, datetime.date.today().year >= 2024)',
    'q = queue.SimpleQueue()',
    'try:\n    q.get(timeout=0.01)\nexcept queue.Empty:\n    print("empty")',
    'logging.warning("logged")',
    'print(uuid.uuid1().version, uuid.uuid4().version)',
  ].join('\n'));
  assert.match(text, /True True True\nTrue True\nempty\n/);
  assert.match(text, /WARNING:root:logged/);
  assert.match(text, /1 4\n/);
  assert.doesNotMatch(text, /session was reset/);
});

test('threads, sockets and sqlite3 are refused with a reason', async () => {
  const text = await runProgram(page, [
    'import threading, socket',
    'try:\n    threading.Thread(target=print).start()\nexcept RuntimeError as e:\n    print(e)',
    'try:\n    socket.create_connection(("example.com", 80))\nexcept OSError as e:\n    print("OSError", e)',
    'import sqlite3',
  ].join('\n'));
  assert.match(text, /threads are not available in Pave/);
  assert.match(text, /OSError .*not available/);
  assert.match(text, /ModuleNotFoundError: No module named '_sqlite3': sqlite3 is not available in Pave.*browser/);
});

test('Stop reaches a program sleeping in asyncio, and the session is kept', async () => {
  await runProgram(page, 'kept = 11\n');
  await page.click('#clear');
  await setCode(page, 'import asyncio\n\nasync def main():\n    print("waiting")\n    await asyncio.sleep(60)\n\nasyncio.run(main())\n');
  await page.click('#run');
  await waitForText(page, 'waiting');
  const start = Date.now();
  await page.click('#stop');
  await waitIdle(page);
  assert.ok(Date.now() - start < 1000, `stopped in ${Date.now() - start} ms`);
  const text = await consoleText(page);
  assert.match(text, /KeyboardInterrupt/);
  assert.doesNotMatch(text, /session was reset/);
  await typeLine(page, 'kept');
  await waitForText(page, '>>> kept\n11\n');
});

test('sys.stdin reads a line from the console, as input() does', async () => {
  await page.click('#clear');
  await setCode(page, 'import sys\nline = sys.stdin.readline()\nprint(repr(line), line.upper())\n');
  await page.click('#run');
  await page.waitForSelector('body[data-state="input"]');
  await typeLine(page, 'from the console');
  await waitIdle(page);
  assert.match(await consoleText(page), /'from the console\\n' FROM THE CONSOLE\n/);
});

test('the page logged no console errors', () => {
  assert.deepEqual(errors, []);
});
