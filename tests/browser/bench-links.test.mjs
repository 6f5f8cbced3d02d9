// The bench page's share links at their limits, in headless Chromium (no native build
// needed: the documents are made from the shipped result file). A link of hundreds of tiny
// runs, a few KB long, once froze the page for minutes (every run was one more column,
// and the page was drawn again per run): it is now refused with a message, a link of as
// many runs as allowed is drawn once, and a document beyond the schema's 25 rows is
// refused by name.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { MAX_LINK_RUNS } from '../../www/bench/bench-results.js';
import { ROOT, launchBrowser, startServer } from './harness.mjs';

const SHIPPED = JSON.parse(fs.readFileSync(path.join(ROOT, 'www', 'bench', 'results', 'index.json'), 'utf8')).results;
const TEMPLATE = JSON.parse(fs.readFileSync(path.join(ROOT, 'www', 'bench', 'results', SHIPPED[0]), 'utf8'));

let server;
let browser;
const errors = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The page's link format: base64url(deflate-raw(JSON list of documents)). */
const linkOf = (docs) => `#results=${zlib.deflateRawSync(Buffer.from(JSON.stringify(docs))).toString('base64url')}`;

/** A valid document with `rows` programs named `prefix0`, `prefix1`… */
function docWith(rows, prefix = 'p') {
  const doc = structuredClone(TEMPLATE);
  doc.rows = Array.from({ length: rows }, (_, i) => ({ ...TEMPLATE.rows[0], name: `${prefix}${i}` }));
  return doc;
}

/** The bench page with result files only, opened on `hash`; resolves once it has loaded them. */
async function openBench(hash) {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => errors.push(`page: uncaught ${err.message}`));
  await page.goto(`${server.url}www/bench.html?runs=0${hash}`);
  await page.evaluate(() => window.benchPage.loaded, null, { timeout: 60_000 });
  return page;
}

test('a link of 400 tiny runs is refused at once, with a message', async () => {
  const hash = linkOf(Array(400).fill(docWith(1)));
  assert.ok(hash.length < 4000, `the link is ${hash.length} characters`);
  const started = Date.now();
  const page = await openBench(hash);
  try {
    assert.ok(Date.now() - started < 10_000, 'loaded within 10 s');
    const messages = await page.evaluate(() => window.benchPage.errors());
    assert.deepEqual(messages, [`share link: refused, it carries 400 runs and a link may carry at most ${MAX_LINK_RUNS}`]);
    const runs = await page.evaluate(() => window.benchPage.runs());
    assert.deepEqual(runs.map((r) => r.source), SHIPPED.map((n) => `shipped: results/${n}`));
  } finally {
    await page.close();
  }
});

test('a link of as many runs as allowed, of 25 programs each, is drawn once', async () => {
  const docs = Array.from({ length: MAX_LINK_RUNS }, (_, i) => docWith(25, `r${i}_`));
  const started = Date.now();
  const page = await openBench(linkOf(docs));
  try {
    assert.ok(Date.now() - started < 30_000, 'loaded within 30 s');
    assert.deepEqual(await page.evaluate(() => window.benchPage.errors()), []);
    const runs = await page.evaluate(() => window.benchPage.runs());
    assert.equal(runs.filter((r) => r.source === 'share link').length, MAX_LINK_RUNS);
    assert.equal(await page.evaluate(() => window.benchPage.renders()), 1, 'one drawing for the whole load');
    const programs = new Set(runs.flatMap((r) => r.doc.rows.map((row) => row.name)));
    assert.equal(await page.locator('#times tbody tr').count(), programs.size + 1, 'a row per program, and the mean');
    // The page shows more runs than a link may carry now: sharing says so instead.
    await page.click('#share');
    assert.match(await page.textContent('#share-status'),
      new RegExp(`A link carries at most ${MAX_LINK_RUNS} runs and ${runs.length} are shown: remove some first\\.`));
  } finally {
    await page.close();
  }
});

test('a document of more than 25 programs is refused by name', async () => {
  const page = await openBench(linkOf([docWith(26)]));
  try {
    assert.deepEqual(await page.evaluate(() => window.benchPage.errors()),
      ['share link, run 1: not a valid pave-bench/1 file: /rows must NOT have more than 25 items']);
  } finally {
    await page.close();
  }
});

test('the bench pages raised no uncaught errors', () => {
  assert.deepEqual(errors, []);
});
