// The bench page with native results, in headless Chromium: a file written by
// `pave bench --json` loads through the file picker and shows in the table and chart; the
// shipped files (www/bench/results/) load; the page's loader accepts exactly what the schema allows
// (Ajv's verdict in Node on the same documents, and the generated validator is fresh) and
// names what is wrong in a broken file; a share link carries the runs to another page;
// ratios appear only between runs of the same machine class; this browser's own run is a
// valid document as well.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { check, generate, VALIDATOR_PATH } from '../../tools/bench-schema.mjs';
import { TARGET_DIR } from '../../tools/paths.mjs';
import { ROOT, launchBrowser, startServer } from './harness.mjs';

let server;
let browser;
let doc;
let file;
const errors = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-bench-page-'));

/** The native pave: PAVE_BIN, else the dev build (incremental; `make test` has built it). */
function paveBinary() {
  if (process.env.PAVE_BIN) return process.env.PAVE_BIN;
  execFileSync('cargo', ['build', '--ignore-rust-version', '--bin', 'pave'], {
    cwd: ROOT, stdio: 'ignore', env: { ...process.env, CARGO_TARGET_DIR: TARGET_DIR },
  });
  return path.join(TARGET_DIR, 'debug', 'pave');
}

before(async () => {
  file = path.join(scratch, 'native-gcd.json');
  execFileSync(paveBinary(), ['bench', '--runs', '1', '--filter', 'gc', '--no-python', '--json', file], {
    cwd: ROOT, stdio: 'ignore', timeout: 120_000,
  });
  doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A bench page showing result files only (`runs=0`), with its errors collected. */
async function openBench(hash = '') {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => errors.push(`page: uncaught ${err.message}`));
  await page.goto(`${server.url}www/bench.html?runs=0${hash}`);
  await page.evaluate(() => window.benchPage.loaded);
  return page;
}

const shownRuns = (page) => page.evaluate(() => window.benchPage.runs());
const pageErrors = (page) => page.evaluate(() => window.benchPage.errors());

/** Pick files in the page's file picker, as a user does. */
async function pick(page, files) {
  const before = (await shownRuns(page)).length + (await pageErrors(page)).length;
  await page.setInputFiles('#files', files);
  await page.waitForFunction((n) => window.benchPage.runs().length + window.benchPage.errors().length >= n,
    before + files.length);
}

const named = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

test('the generated validator is what Ajv makes of the schema today', () => {
  assert.equal(fs.readFileSync(VALIDATOR_PATH, 'utf8'), generate(), 'run node tools/bench-schema.mjs');
});

test('pave bench --json output loads through the file picker into the table and chart', async () => {
  assert.equal(check(doc), null, 'the CLI output is valid');
  const page = await openBench();
  try {
    const shipped = (await shownRuns(page)).length;
    await pick(page, [file]);
    const runs = await shownRuns(page);
    assert.equal(runs.length, shipped + 1);
    assert.equal(runs.at(-1).source, 'native-gcd.json');
    assert.deepEqual(runs.at(-1).doc, doc);
    assert.deepEqual(await pageErrors(page), []);
    const times = await page.locator('#times').innerText();
    assert.match(times, /gcd/);
    assert.match(times, new RegExp(`${doc.rows[0].speedup.toFixed(doc.rows[0].speedup >= 10 ? 1 : 2)}×`));
    const machine = await page.locator('#runs-table').innerText();
    assert.match(machine, new RegExp(doc.machine.arch));
    assert.match(machine, /native \(wasmtime\)/);
    // One bar per program of every run.
    const bars = await page.locator('#chart svg rect').count();
    assert.equal(bars, runs.reduce((n, r) => n + r.doc.rows.length, 0));
    assert.match(await page.locator('#chart svg').innerHTML(), /gcd, [A-Z] \(native-gcd\.json\)/);
  } finally {
    await page.close();
  }
});

test('the shipped results load, each one valid and honestly labelled', async () => {
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'www', 'bench', 'results', 'index.json'), 'utf8'));
  assert.ok(index.results.length >= 1, 'at least one result file is shipped');
  const page = await openBench();
  try {
    const runs = await shownRuns(page);
    assert.deepEqual(runs.map((r) => r.source), index.results.map((n) => `shipped: results/${n}`));
    assert.deepEqual(await pageErrors(page), []);
    for (const run of runs) {
      assert.equal(check(run.doc), null);
      assert.equal(run.doc.machine.emulated, false, 'no emulated timings are shipped');
      assert.ok(run.doc.note, 'a shipped file says what machine it ran on');
    }
  } finally {
    await page.close();
  }
});

/** Documents the schema allows and ones it refuses, all close to a real one. */
function variants(base) {
  const copy = () => structuredClone(base);
  const out = [];
  const set = (label, f) => {
    const d = copy();
    f(d);
    out.push({ label, doc: d });
  };
  out.push({ label: 'as written', doc: copy() });
  for (const key of Object.keys(base)) set(`without ${key}`, (d) => delete d[key]);
  for (const key of Object.keys(base.machine)) set(`without machine.${key}`, (d) => delete d.machine[key]);
  for (const key of Object.keys(base.rows[0])) set(`without rows[0].${key}`, (d) => delete d.rows[0][key]);
  const values = [null, 0, -1, 1.5, 3, '', 'x', true, [], {}];
  for (const v of values) {
    set(`tier1_ms = ${JSON.stringify(v)}`, (d) => { d.rows[0].tier1_ms = v; });
    set(`cores = ${JSON.stringify(v)}`, (d) => { d.machine.cores = v; });
    set(`python = ${JSON.stringify(v)}`, (d) => { d.python = v; });
    set(`cpu_model = ${JSON.stringify(v)}`, (d) => { d.machine.cpu_model = v; });
    set(`compiles = ${JSON.stringify(v)}`, (d) => { d.rows[0].compiles = v; });
    set(`geomean_vs_python = ${JSON.stringify(v)}`, (d) => { d.geomean_vs_python = v; });
  }
  set('format pave-bench/2', (d) => { d.format = 'pave-bench/2'; });
  set('engine browser', (d) => { d.engine = 'browser'; d.user_agent = 'Test/1.0'; });
  set('engine v8', (d) => { d.engine = 'v8'; });
  set('an unknown field', (d) => { d.colour = 'blue'; });
  set('an unknown row field', (d) => { d.rows[0].colour = 'blue'; });
  set('no rows', (d) => { d.rows = []; });
  set('date without a zone', (d) => { d.date = '2026-11-23T10:00:00'; });
  set('date with milliseconds', (d) => { d.date = '2026-11-23T10:00:00.123Z'; });
  set('arch with capitals', (d) => { d.machine.arch = 'X86'; });
  set('blank os', (d) => { d.machine.os = '  '; });
  set('call paths', (d) => { d.call_paths = { table_ns: null, apply_ns: 1200 }; });
  set('call paths without apply_ns', (d) => { d.call_paths = { table_ns: 30 }; });
  set('a note', (d) => { d.note = 'shared VM'; });
  set('note as a number', (d) => { d.note = 7; });
  out.push({ label: 'an array', doc: [base] }, { label: 'null', doc: null }, { label: 'a string', doc: 'pave' });
  return out;
}

test("the page's loader accepts exactly what the schema allows", async () => {
  const cases = variants(doc);
  const page = await openBench();
  try {
    const verdicts = await page.evaluate(async (docs) => {
      const { checkResults } = await import('./bench/bench-results.js');
      return docs.map((d) => {
        try {
          checkResults(d, 'case');
          return null;
        } catch (err) {
          return err.message;
        }
      });
    }, cases.map((c) => c.doc));
    let accepted = 0;
    cases.forEach((c, i) => {
      const ajv = check(c.doc);
      assert.equal(verdicts[i] === null, ajv === null,
        `${c.label}: page ${verdicts[i] ?? 'accepts'}, Ajv ${ajv ?? 'accepts'}`);
      if (ajv === null) accepted++;
      else assert.match(verdicts[i], /^case: /);
    });
    // Both kinds are well represented.
    assert.ok(accepted >= 8 && cases.length - accepted >= 40, `${accepted} of ${cases.length} accepted`);
  } finally {
    await page.close();
  }
});

test('broken files are refused with a message that says what is wrong', async () => {
  const page = await openBench();
  try {
    const shipped = (await shownRuns(page)).length;
    const noMachine = structuredClone(doc);
    delete noMachine.machine;
    const badTime = structuredClone(doc);
    badTime.rows[0].tier1_ms = 'fast';
    const newer = { ...structuredClone(doc), format: 'pave-bench/2' };
    await pick(page, [
      named('truncated.json', JSON.stringify(doc).slice(0, 40)),
      named('no-machine.json', noMachine),
      named('bad-time.json', badTime),
      named('newer.json', newer),
      named('other.json', { hello: 'world' }),
    ]);
    const messages = await pageErrors(page);
    assert.equal((await shownRuns(page)).length, shipped, 'nothing broken is shown');
    const find = (name) => messages.find((m) => m.startsWith(`${name}: `)) ?? `(no message for ${name}: ${messages})`;
    assert.match(find('truncated.json'), /not JSON/);
    assert.match(find('no-machine.json'), /must have required property 'machine'/);
    assert.match(find('bad-time.json'), /\/rows\/0\/tier1_ms must be number/);
    assert.match(find('newer.json'), /format "pave-bench\/2"; this page reads pave-bench\/1/);
    assert.match(find('other.json'), /not a Pave bench file/);
    assert.equal(await page.locator('#errors li').count(), 5);
  } finally {
    await page.close();
  }
});

test('a share link carries the runs to another page; a damaged one is refused', async () => {
  const page = await openBench();
  let link;
  try {
    await pick(page, [file]);
    await page.click('#share');
    await page.waitForFunction(() => document.querySelector('#share-link').value !== '');
    link = await page.inputValue('#share-link');
  } finally {
    await page.close();
  }
  const hash = new URL(link).hash;
  assert.match(hash, /^#results=[\w-]+$/);
  const opened = await openBench(hash);
  try {
    const shared = (await shownRuns(opened)).filter((r) => r.source === 'share link');
    assert.ok(shared.some((r) => JSON.stringify(r.doc) === JSON.stringify(doc)), 'the picked file came through');
    assert.deepEqual(await pageErrors(opened), []);
  } finally {
    await opened.close();
  }
  const damaged = await openBench(hash.slice(0, hash.length / 2));
  try {
    assert.match((await pageErrors(damaged)).join('\n'), /share link: damaged or cut short/);
  } finally {
    await damaged.close();
  }
});

test('ratios only between runs of the same machine class, and the page says so', async () => {
  const sameClass = { ...structuredClone(doc), date: '2026-01-01T00:00:00Z' };
  sameClass.rows[0].tier1_ms = doc.rows[0].tier1_ms * 2;
  const arm = structuredClone(doc);
  arm.machine = { ...arm.machine, arch: 'aarch64', cpu_model: 'Arm Neoverse N1' };
  const emulated = structuredClone(doc);
  emulated.machine = { ...emulated.machine, arch: 'aarch64', emulated: true };
  const page = await openBench();
  try {
    const shipped = (await shownRuns(page)).length;
    await pick(page, [named('native-gcd.json', doc), named('same.json', sameClass), named('arm.json', arm), named('emulated.json', emulated)]);
    await page.selectOption('#baseline', String(shipped));
    assert.match(await page.locator('#ratio-rule').innerText(), /only for runs of the same\s+machine class/);
    const header = await page.locator('#ratios thead').innerText();
    const cells = await page.locator('#ratios tbody tr').filter({ hasText: 'gcd' }).locator('td').allInnerTexts();
    const column = (letter) => header.split('\t').slice(1).findIndex((h) => h.startsWith(`${letter} tier 1`));
    const letterOf = (i) => String.fromCharCode(65 + i);
    assert.equal(cells[column(letterOf(shipped + 1))], '2.00×', 'same machine, twice the time');
    assert.equal(cells[column(letterOf(shipped + 2))], 'other machine class: no ratio');
    assert.equal(cells[column(letterOf(shipped + 3))], 'other machine class: no ratio');
    assert.match(await page.locator('#runs-table').innerText(), /EMULATED: times are not performance/);
    assert.match(await page.locator('#times thead').innerText(), new RegExp(`${letterOf(shipped + 3)}: aarch64, emulated \\(not performance\\)`));
  } finally {
    await page.close();
  }
});

test("this browser's run is a valid document too, shown first beside the shipped files", async () => {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => errors.push(`page: uncaught ${err.message}`));
  try {
    await page.goto(`${server.url}www/bench.html?runs=1&only=gcd`);
    const results = await page.evaluate(() => window.benchResults, null, { timeout: 120_000 });
    assert.equal(check(results.doc), null, 'the schema allows the browser document');
    assert.equal(results.doc.engine, 'browser');
    assert.equal(results.doc.machine.cpu_model, null, 'a browser cannot see its CPU model');
    assert.equal(results.doc.rows[0].result, doc.rows[0].result, 'the same answer as natively');
    const runs = await shownRuns(page);
    assert.equal(runs[0].source, 'this browser, now');
    assert.ok(runs.slice(1).every((r) => r.source.startsWith('shipped: ')));
  } finally {
    await page.close();
  }
});

test('the bench pages raised no uncaught errors', () => {
  assert.deepEqual(errors, []);
});
