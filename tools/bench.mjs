// Measures what README.md and docs/measurements.md report about the web build, in one run so
// the ratios compare like with like on this machine:
//
// - size of pkg/pave_bg.wasm raw / gzip / brotli (the served copies);
// - cold load to first output in headless Chromium (fresh profile: nothing cached), and
//   warm load (same profile, second visit);
// - Stop latency: gentle (a printing loop gets KeyboardInterrupt) and by reset
//   (`while True: pass`, the worker is replaced);
// - fib(25) and a 1e6-iteration loop, each timed inside Python with time.perf_counter
//   (median of REPEAT runs), in `python3`, native `pave run --no-jit` (release) and pave
//   in Chromium with the JIT off (tier 0 against tier 0), and then both with the JIT on.
//
// usage: node tools/bench.mjs [--json]     (needs `make web` first; builds native pave)

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { RELEASE_PAVE } from './paths.mjs';

const REPEAT = 5;

const PROGRAMS = {
  fib: `import time
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
for _ in range(${REPEAT}):
    t = time.perf_counter()
    fib(25)
    print("ms", (time.perf_counter() - t) * 1000)
`,
  loop: `import time
for _ in range(${REPEAT}):
    t = time.perf_counter()
    total = 0
    for i in range(1000000):
        total += i
    print("ms", (time.perf_counter() - t) * 1000)
`,
};

/** Progress on stderr, so a slow step shows where it is. */
function step(what) {
  process.stderr.write(`[bench] ${what}\n`);
}

/** `promise`, or an error after `ms`: nothing in a benchmark may wait forever. */
function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median of the `ms <value>` lines a bench program printed. */
function parseTimes(text) {
  const values = [...text.matchAll(/^ms ([\d.e+-]+)$/gm)].map((m) => Number(m[1]));
  if (values.length !== REPEAT) throw new Error(`expected ${REPEAT} timings, got:\n${text}`);
  return median(values);
}

function runNative(command, args, source) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pave-bench-')), 'bench.py');
  fs.writeFileSync(file, source);
  step(`${path.basename(command)} ${args.join(' ')}`);
  return parseTimes(execFileSync(command, [...args, file], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 }));
}

function sizes() {
  const wasm = path.join(ROOT, 'pkg', 'pave_bg.wasm');
  const size = (f) => (fs.existsSync(f) ? fs.statSync(f).size : null);
  return { raw: size(wasm), gzip: size(`${wasm}.gz`), brotli: size(`${wasm}.br`) };
}

/** Load the page in `context`; ms from navigation to ready, and to the first output. */
async function load(context, url) {
  step('loading the page');
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(url);
  return within(60_000, 'loading the page', page.evaluate(async () => {
    await window.pave.ready;
    const ready = performance.now();
    const first = await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (window.pave.console.text().includes('first output')) resolve(performance.now());
      });
      observer.observe(document.querySelector('.console-log'), { childList: true, subtree: true, characterData: true });
      window.pave.editor.setCode('print("first output")\n');
      document.querySelector('#run').click();
    });
    return { ready, firstOutput: first, ...window.pave.facts() };
  }));
}

/** Run `code`, press Stop once `marker` shows, return ms from Stop to idle. */
async function stopLatency(page, code, marker) {
  step(`Stop latency: ${code.split('\n').slice(-2)[0].trim()}`);
  await page.evaluate(() => document.querySelector('#clear').click());
  await page.evaluate((c) => window.pave.editor.setCode(c), code);
  await page.click('#run');
  if (marker) await page.waitForFunction((m) => window.pave.console.text().includes(m), marker);
  else await page.waitForTimeout(500);
  return within(30_000, 'Stop', page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.body.dataset.state === 'idle') {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, { attributes: true });
    document.querySelector('#stop').click();
  })));
}

async function runInBrowser(page, source) {
  step('chromium');
  await page.evaluate(() => document.querySelector('#clear').click());
  await page.evaluate((c) => window.pave.editor.setCode(c), source);
  await page.click('#run');
  await page.waitForSelector('body[data-state="idle"]', { timeout: 120_000 });
  return parseTimes(await page.evaluate(() => window.pave.console.text()));
}

async function main() {
  const result = { sizes: sizes(), loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' ') };
  step('building native pave (release)');
  execFileSync('cargo', ['build', '--release', '--ignore-rust-version', '--bin', 'pave'], { cwd: ROOT, stdio: 'inherit' });
  const pave = RELEASE_PAVE;

  const server = await startServer();
  const browser = await launchBrowser();
  try {
    result.coldLoad = await load(browser.context, server.url);
    result.warmLoad = await load(browser.context, server.url);
    const page = browser.context.pages()[0];
    await page.waitForFunction(() => window.pave.facts().spareMs !== null);
    result.spareMs = await page.evaluate(() => window.pave.facts().spareMs);
    result.stopGentleMs = await stopLatency(page, 'i = 0\nwhile True:\n    i += 1\n    print(i)\n', '\n100\n');
    result.stopResetMs = await stopLatency(page, 'while True:\n    pass\n', null);
    await page.waitForFunction(() => document.body.dataset.state === 'idle');
    result.bench = {};
    for (const [name, source] of Object.entries(PROGRAMS)) {
      result.bench[name] = {
        python3: runNative('python3', [], source),
        native: runNative(pave, ['run', '--no-jit'], source),
        nativeJit: runNative(pave, ['run'], source),
        chromiumJit: await runInBrowser(page, source),
      };
    }
    // Tier 0 in the page, like `--no-jit` natively (the threshold is irrelevant when off).
    await page.evaluate(() => window.pave.runner.configure({ jit: { enabled: false, threshold: 0 } }));
    for (const [name, source] of Object.entries(PROGRAMS)) {
      result.bench[name].chromium = await runInBrowser(page, source);
    }
  } finally {
    await browser.close();
    server.close();
  }
  result.loadavgEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const mb = (b) => (b === null ? 'missing' : `${(b / 1e6).toFixed(2)} MB`);
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(`wasm: raw ${mb(result.sizes.raw)}, gzip ${mb(result.sizes.gzip)}, brotli ${mb(result.sizes.brotli)}`);
  for (const kind of ['coldLoad', 'warmLoad']) {
    const l = result[kind];
    console.log(`${kind}: ready ${ms(l.ready)}, first output ${ms(l.firstOutput)} (wasm compile ${ms(l.compileMs)}, session start ${ms(l.startMs)})`);
  }
  console.log(`spare worker ready in ${ms(result.spareMs)}; Stop → idle: gentle ${ms(result.stopGentleMs)}, by reset ${ms(result.stopResetMs)}`);
  for (const [name, t] of Object.entries(result.bench)) {
    const x = (a, b) => `${(a / b).toFixed(2)}x`;
    console.log(`${name}: python3 ${t.python3.toFixed(1)} ms; pave native tier 0 ${t.native.toFixed(1)} ms (${x(t.native, t.python3)} python3); ` +
      `pave chromium tier 0 ${t.chromium.toFixed(1)} ms (${x(t.chromium, t.python3)} python3, ${x(t.chromium, t.native)} native); ` +
      `with the JIT: native ${t.nativeJit.toFixed(1)} ms, chromium ${t.chromiumJit.toFixed(1)} ms`);
  }
  console.log(`load average: ${result.loadavg} → ${result.loadavgEnd}`);
}

await main();
