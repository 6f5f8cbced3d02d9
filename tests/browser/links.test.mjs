// Share links opened in the playground, in real headless Chromium: a link without results
// (what the widget's "open in playground" makes) runs with Run and the page returns to
// idle; opening a link does not overwrite the program and JIT settings saved here until
// the program is edited; a link pasted into an open tab (hashchange) opens like a fresh
// load; a decompression bomb is refused quickly with a message.

import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { encodeShare } from '../../www/core/share.js';
import { launchBrowser, startServer, waitIdle } from './harness.mjs';

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

const MINE = 'print("my own program")\n';
const SHARED = { code: 'for i in range(3):\n    print("shared", i)\n', jit: { enabled: false, threshold: 7 } };

/** A new tab at `url` once Python is ready and any link in it is opened; errors collected. */
async function open(url) {
  const page = await browser.context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`page: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: uncaught ${err.message}`));
  page.on('worker', (worker) => worker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`worker: ${msg.text()}`);
  }));
  await page.goto(url);
  await page.evaluate(() => window.pave.ready);
  await page.evaluate(() => window.pave.shareOpened);
  await page.waitForSelector('body[data-state="idle"]');
  return page;
}

const saved = (page) => page.evaluate(() => ({ code: localStorage.getItem('pave.code'), jit: JSON.parse(localStorage.getItem('pave.jit')) }));
const code = (page) => page.evaluate(() => window.pave.editor.getCode());
const settings = async (page) => ({ enabled: await page.isChecked('#jit-enabled'), threshold: Number(await page.inputValue('#jit-threshold')) });

/** Type `text` into the editor as a user does (an edit, not a programmatic change). */
async function type(page, text) {
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The user's own program and settings, saved by the page as the user edits. */
async function saveMine() {
  const page = await open(server.url);
  await page.evaluate((c) => window.pave.editor.setCode(c), MINE);
  await page.fill('#jit-threshold', '123');
  await page.dispatchEvent('#jit-threshold', 'change');
  await page.waitForFunction((c) => localStorage.getItem('pave.code') === c, MINE);
  assert.deepEqual((await saved(page)).jit, { enabled: true, threshold: 123 });
  await page.close();
}

test('a link without results opens, and Run runs it and returns to idle', async () => {
  const link = await encodeShare(SHARED, server.url);
  const page = await open(link);
  assert.equal(await code(page), SHARED.code);
  assert.equal(await page.locator('.shared-results').count(), 0, 'no sender figures to show');
  await page.click('#run');
  await page.waitForFunction(() => window.pave.console.text().includes('shared 2'));
  await waitIdle(page);
  assert.match(await page.textContent('.status-state'), /^Done in /);
  // The status line is not still counting.
  await page.waitForTimeout(300);
  assert.match(await page.textContent('.status-state'), /^Done in /);
  await page.close();
  assert.deepEqual(errors, []);
});

test('opening a link keeps the program and settings saved here until the program is edited', async () => {
  await saveMine();
  const page = await open(await encodeShare(SHARED, server.url));
  assert.equal(await code(page), SHARED.code);
  assert.deepEqual(await settings(page), SHARED.jit, "the link's settings apply here");
  assert.deepEqual(await page.evaluate(() => window.pave.runner.settings.jit), SHARED.jit);
  assert.equal(new URL(page.url()).hash, '', 'the fragment is gone, so a reload does not open the link again');
  await page.click('#run');
  await page.waitForFunction(() => window.pave.console.text().includes('shared 2'));
  await waitIdle(page);
  await page.waitForTimeout(600);
  assert.deepEqual(await saved(page), { code: MINE, jit: { enabled: true, threshold: 123 } }, 'nothing saved over');
  await page.reload();
  await page.evaluate(() => window.pave.ready);
  assert.equal(await code(page), MINE, 'a reload brings back my own program');
  assert.deepEqual(await settings(page), { enabled: true, threshold: 123 });
  await page.close();

  // Edited, the shared program is the user's own.
  const edited = await open(await encodeShare(SHARED, server.url));
  await type(edited, 'print("edited")\n');
  await edited.waitForFunction(() => localStorage.getItem('pave.code')?.includes('print("edited")'));
  await edited.reload();
  await edited.evaluate(() => window.pave.ready);
  assert.equal(await code(edited), `${SHARED.code}print("edited")\n`);
  assert.deepEqual(await settings(edited), { enabled: true, threshold: 123 }, 'settings from a link are not kept');
  await edited.close();
  assert.deepEqual(errors, []);
});

test('a link pasted into an open tab opens like a fresh load', async () => {
  await saveMine();
  const page = await open(server.url);
  assert.equal(await code(page), MINE);
  await type(page, '# typed just before the link\n');
  const link = await encodeShare({ ...SHARED, code: 'print("pasted")\n' }, server.url);
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.waitForFunction(() => window.pave.editor.getCode() === 'print("pasted")\n');
  await page.evaluate(() => window.pave.shareOpened);
  assert.match(await page.evaluate(() => window.pave.console.text()), /Opened a shared program\. Nothing has run yet\./);
  assert.deepEqual(await settings(page), SHARED.jit);
  assert.equal(new URL(page.url()).hash, '');
  assert.equal((await saved(page)).code, `${MINE}# typed just before the link\n`, 'what was typed before is saved');
  // A damaged link pasted next says so; a good one after it clears the message.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash.slice(0, 30));
  await page.waitForSelector('.share-error:not([hidden])');
  assert.equal(await code(page), '');
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.waitForFunction(() => window.pave.editor.getCode() === 'print("pasted")\n');
  assert.equal(await page.isHidden('.share-error'), true);
  await page.click('#run');
  await page.waitForFunction(() => window.pave.console.text().includes('pasted'));
  await waitIdle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('a link that unpacks to 512 MB is refused quickly with a message', async () => {
  // 512 repeats of a non-final deflate block of 1 MB of zeros, then an empty final block.
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array(512).fill(block), Buffer.from([0x03, 0x00])]);
  const started = Date.now();
  const page = await open(`${server.url}#pave=1.${data.toString('base64url')}`);
  assert.ok(Date.now() - started < 15_000, `refused in ${Date.now() - started} ms`);
  assert.match(await page.textContent('.share-error'),
    /This share link cannot be opened: the link unpacks to more than 1 MB, the most a Pave link may carry\./);
  await page.evaluate(() => window.pave.editor.setCode('print(6 * 7)\n'));
  await page.click('#run');
  await page.waitForFunction(() => window.pave.console.text().includes('42'));
  await page.close();
  assert.deepEqual(errors, []);
});
