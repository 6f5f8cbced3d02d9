// Shared set-up for the browser tests: starts tools/serve.mjs on a free 127.0.0.1 port,
// launches Debian's Chromium through playwright-core (never a downloaded browser), opens
// the playground and collects every console error, plus helpers that drive the page the
// way a user does (buttons, the console's input line).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'tests', 'browser', 'artifacts');
const CHROMIUM = process.env.PAVE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Start the dev server on a free port; resolves to `{url, close}`. */
export function startServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools', 'serve.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) {
        clearTimeout(timer);
        // Never leave a server behind, even when the test process dies on an error.
        const kill = () => child.kill();
        process.once('exit', kill);
        resolve({ url: match[0], close: kill });
      }
    });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

/** Launch headless Chromium with a fresh profile; resolves to `{context, close}`. */
export async function launchBrowser({ viewport = { width: 1280, height: 760 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Open the playground and wait until Python is ready. `errors` collects console errors and
 * uncaught exceptions from the page and its workers.
 */
export async function openPlayground(context, url) {
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  const onConsole = (where) => (msg) => {
    if (msg.type() === 'error') errors.push(`${where}: ${msg.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('pageerror', (err) => errors.push(`page: uncaught ${err.message}`));
  page.on('worker', (worker) => worker.on('console', onConsole('worker')));
  await page.goto(url);
  await page.evaluate(() => window.pave.ready);
  await page.waitForSelector('body[data-state="idle"]');
  return { page, errors };
}

/** Put `code` in the editor. */
export async function setCode(page, code) {
  await page.evaluate((c) => window.pave.editor.setCode(c), code);
}

/** Wait until the page is idle again (nothing running). */
export async function waitIdle(page, timeout = 20_000) {
  await page.waitForSelector('body[data-state="idle"]', { timeout });
}

/** Everything the console shows. */
export function consoleText(page) {
  return page.evaluate(() => window.pave.console.text());
}

/** Clear the console, run `code` with the Run button and return the console text after it. */
export async function runProgram(page, code) {
  await page.click('#clear');
  await setCode(page, code);
  await page.click('#run');
  await waitIdle(page);
  return consoleText(page);
}

/** Type one line into the console's input line and press Enter. */
export async function typeLine(page, line) {
  const input = page.locator('.console-input');
  await input.fill(line);
  await input.press('Enter');
}

/** Wait until the console shows `text`. */
export async function waitForText(page, text, timeout = 10_000) {
  await page.waitForFunction((t) => window.pave.console.text().includes(t), text, { timeout });
}
