// Share links opened in the playground, in real headless Chromium: a link without results
// (what the widget's "open in playground" makes) runs with Run and the page returns to
// idle; a decompression bomb is refused quickly with a message.

import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { encodeShare } from '../../www/share.js';
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

const code = (page) => page.evaluate(() => window.pave.editor.getCode());

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
