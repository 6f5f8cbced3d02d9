// Tier 0 (RustPython with the JIT off) in the browser against tier 0 natively and against
// Pyodide (CPython compiled to wasm), from one run so the ratios compare like with like:
//
// - native: `$CARGO_TARGET_DIR/release/pave run --no-jit` (tier 0), a process per run;
// - the same wasm module the playground uses (pkg/), in a module worker in headless
//   Chromium and in this node process: `WebSession.bench(name, false)`, a fresh session
//   per run timing `main()` in-process, as `pave bench` does;
// - Pyodide (npm `pyodide`, served from node_modules, nothing downloaded) in a worker in
//   Chromium and in node: one interpreter, each run a fresh namespace, `main()` timed
//   with `time.perf_counter` the same way;
// - Pyodide's load: navigation to its first output, cold (fresh profile) and warm (second
//   visit), and the brotli size of what it downloads first (the playground's own load is
//   `make bench-web`).
//
// Each figure is the median of --runs runs; the first run of each program is also kept
// ("first"), because in V8 a long call stays in baseline (Liftoff) code until it returns.
//
//   node tools/bench-tier0.mjs [--runs N] [--only NAME] [--pkg DIR] [--no-node]
//                              [--no-chromium] [--no-pyodide] [--no-native] [--json FILE]
//                              [--stat median|min]
//
// --pkg compares another build of the web module (a directory like pkg/).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT } from '../tests/browser/harness.mjs';
import { RELEASE_PAVE } from './paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '3'));
const ONLY = option('--only', '');
const PKG = path.resolve(option('--pkg', path.join(ROOT, 'pkg')));
const JSON_OUT = option('--json', '');
// The statistic over the runs: the median, or the minimum (steadier on a loaded machine).
const STAT = option('--stat', 'median');
const want = (what) => !args.includes(`--no-${what}`);
const PYODIDE = path.join(ROOT, 'node_modules', 'pyodide');

/** Progress on stderr, so a slow step shows where it is. */
const step = (what) => process.stderr.write(`[bench-tier0] ${what}\n`);

/** The suite: bench/*.py, each defining `main()` (the list `pave bench` runs). */
function suite() {
  const dir = path.join(ROOT, 'bench');
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.py') && f.includes(ONLY))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), source: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Python run after a program's source in its namespace: times `main()` like src/bench.rs. */
const TIMING = 'import time as _t\n_s = _t.perf_counter()\nmain()\n_ms = (_t.perf_counter() - _s) * 1000.0\n';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const pick = (xs) => (STAT === 'min' ? Math.min(...xs) : median(xs));
const geomean = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

// One runner for both engines and both hosts (a Chromium worker, or node itself): it is
// serialised into the worker's source, so it uses only what both have.
async function runSuite(engine, programs, runs, urls) {
  const out = {};
  let bench;
  const t0 = performance.now();
  if (engine === 'pave') {
    const pave = await import(urls.paveJs);
    await pave.default({ module_or_path: urls.paveWasm });
    bench = (p) => pave.WebSession.bench(p.name, false).ms;
  } else {
    const { loadPyodide } = await import(urls.pyodideMjs);
    const py = await loadPyodide({ indexURL: urls.pyodideIndex });
    bench = (p) => {
      const ns = py.globals.get('dict')();
      try {
        py.runPython(p.source, { globals: ns });
        py.runPython(urls.timing, { globals: ns });
        return ns.get('_ms');
      } finally {
        ns.destroy();
      }
    };
  }
  const loadMs = performance.now() - t0;
  for (const p of programs) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(bench(p));
    out[p.name] = times;
  }
  return { loadMs, times: out };
}

const WORKER = `const runSuite = ${runSuite.toString()};
self.onmessage = async (e) => {
  try { self.postMessage({ ok: await runSuite(...e.data) }); }
  catch (err) { self.postMessage({ error: String(err && err.stack || err) }); }
};`;

const PAGE = `<!doctype html><meta charset="utf-8"><title>tier 0 bench</title><script>
window.runInWorker = (...a) => new Promise((resolve, reject) => {
  const w = new Worker('/worker.mjs', { type: 'module' });
  w.onmessage = (e) => { w.terminate(); e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.ok); };
  w.onerror = (e) => { w.terminate(); reject(new Error(e.message)); };
  w.postMessage(a);
});
</script>`;

/** Pyodide's own first output: load, then print; the time is read from the page. */
const PYODIDE_PAGE = `<!doctype html><meta charset="utf-8"><title>pyodide load</title>
<pre id="out"></pre><script type="module">
import { loadPyodide } from '/pyodide/pyodide.mjs';
const py = await loadPyodide({ indexURL: '/pyodide/', stdout: (s) => { document.getElementById('out').textContent += s + '\\n'; } });
py.runPython('print("first output")');
window.firstOutput = performance.now();
</script>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.zip': 'application/zip' };

/** A static server on 127.0.0.1 for the bench pages, the module under test and Pyodide. */
function serve() {
  const files = { '/pkg/': PKG, '/pyodide/': PYODIDE };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const generated = { '/': ['text/html', PAGE], '/pyodide.html': ['text/html', PYODIDE_PAGE], '/worker.mjs': ['text/javascript', WORKER] }[url.pathname];
    if (generated) {
      res.writeHead(200, { 'Content-Type': generated[0], 'Cache-Control': 'no-cache' });
      res.end(generated[1]);
      return;
    }
    const prefix = Object.keys(files).find((p) => url.pathname.startsWith(p));
    const rel = prefix && path.posix.normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    const file = rel && !rel.startsWith('..') ? path.join(files[prefix], rel) : null;
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    // Cacheable for a day, so a second visit can use the HTTP cache and V8's code cache.
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=86400' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

async function withBrowser(fn) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-tier0-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PAVE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    return await fn(context, context.pages()[0] ?? await context.newPage());
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function urlsFor(base) {
  return {
    paveJs: `${base}/pkg/pave.js`,
    paveWasm: `${base}/pkg/pave_bg.wasm`,
    pyodideMjs: `${base}/pyodide/pyodide.mjs`,
    pyodideIndex: `${base}/pyodide/`,
    timing: TIMING,
  };
}

async function chromiumSuite(server, engine, programs) {
  step(`chromium: ${engine}`);
  return withBrowser(async (_context, page) => {
    await page.goto(`${server.url}/`);
    return page.evaluate(([e, p, r, u]) => window.runInWorker(e, p, r, u), [engine, programs, RUNS, urlsFor(server.url)]);
  });
}

async function nodeSuite(engine, programs) {
  step(`node: ${engine}`);
  const fileUrls = {
    paveJs: pathToFileURL(path.join(PKG, 'pave.js')).href,
    paveWasm: fs.readFileSync(path.join(PKG, 'pave_bg.wasm')),
    pyodideMjs: pathToFileURL(path.join(PYODIDE, 'pyodide.mjs')).href,
    pyodideIndex: `${PYODIDE}/`,
    timing: TIMING,
  };
  return runSuite(engine, programs, RUNS, fileUrls);
}

/** Natively: `pave run --no-jit` (tier 0), a fresh process per run, timed like the rest. */
function nativeSuite(programs) {
  const exe = RELEASE_PAVE;
  if (!fs.existsSync(exe)) throw new Error(`${exe} is missing: run \`make native\``);
  step('native: pave run --no-jit');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-tier0-'));
  const times = {};
  try {
    for (const p of programs) {
      const file = path.join(dir, `${p.name}.py`);
      fs.writeFileSync(file, `${p.source}\n${TIMING}print('__ms__', _ms)\n`);
      times[p.name] = [];
      for (let i = 0; i < RUNS; i++) {
        const out = execFileSync(exe, ['run', '--no-jit', file], { encoding: 'utf8', timeout: 300_000 });
        const ms = out.match(/^__ms__ ([\d.e+-]+)$/m);
        if (!ms) throw new Error(`${p.name} printed no timing:\n${out}`);
        times[p.name].push(Number(ms[1]));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { times };
}

/** Pyodide in Chromium: ms from navigation to its first output, cold then warm. */
async function pyodideLoad(server) {
  step('chromium: pyodide load, cold and warm');
  return withBrowser(async (_context, page) => {
    const visit = async () => {
      await page.goto(`${server.url}/pyodide.html`);
      await page.waitForFunction(() => window.firstOutput !== undefined, null, { timeout: 120_000 });
      return page.evaluate(() => window.firstOutput);
    };
    const cold = await visit();
    const warm = await visit();
    return { cold, warm };
  });
}

/** Raw and brotli (quality 11, as tools/compress.mjs) bytes of what Pyodide fetches before its first output. */
function pyodideSizes() {
  const files = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
  let raw = 0;
  let brotli = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(PYODIDE, f));
    raw += bytes.length;
    brotli += zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  }
  return { raw, brotli };
}

async function main() {
  const programs = suite();
  const result = { runs: RUNS, pkg: PKG, loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '), programs: programs.map((p) => p.name) };
  const pyodideVersion = JSON.parse(fs.readFileSync(path.join(PYODIDE, 'package.json'), 'utf8')).version;
  result.pyodideVersion = pyodideVersion;
  if (want('native')) result.native = nativeSuite(programs);
  const server = await serve();
  try {
    if (want('chromium')) {
      result.chromium = await chromiumSuite(server, 'pave', programs);
      if (want('pyodide')) {
        result.chromiumPyodide = await chromiumSuite(server, 'pyodide', programs);
        result.pyodideLoad = await pyodideLoad(server);
      }
    }
  } finally {
    server.close();
  }
  if (want('node')) {
    result.node = await nodeSuite('pave', programs);
    if (want('pyodide')) result.nodePyodide = await nodeSuite('pyodide', programs);
  }
  if (want('pyodide')) result.pyodideSizes = pyodideSizes();
  result.loadavgEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(result, null, 2));
  report(result, programs);
}

function report(r, programs) {
  const cols = [];
  const med = (suite, name) => (suite ? pick(suite.times[name]) : NaN);
  if (r.native) cols.push(['native ms', (n) => med(r.native, n)]);
  if (r.chromium) cols.push(['chromium ms', (n) => med(r.chromium, n)], ['chr. first', (n) => r.chromium.times[n][0]]);
  if (r.chromiumPyodide) cols.push(['pyodide chr.', (n) => med(r.chromiumPyodide, n)]);
  if (r.node) cols.push(['node ms', (n) => med(r.node, n)]);
  if (r.nodePyodide) cols.push(['pyodide node', (n) => med(r.nodePyodide, n)]);
  const ratios = [];
  if (r.native && r.chromium) ratios.push(['chr./native', (n) => med(r.chromium, n) / med(r.native, n)]);
  if (r.native && r.node) ratios.push(['node/native', (n) => med(r.node, n) / med(r.native, n)]);
  if (r.chromium && r.chromiumPyodide) ratios.push(['chr./pyodide', (n) => med(r.chromium, n) / med(r.chromiumPyodide, n)]);
  if (r.node && r.nodePyodide) ratios.push(['node/pyodide', (n) => med(r.node, n) / med(r.nodePyodide, n)]);
  console.log(`Tier 0, ${STAT} of ${r.runs} runs (ms); module ${path.relative(ROOT, r.pkg) || r.pkg}; Pyodide ${r.pyodideVersion}; load average ${r.loadavg} → ${r.loadavgEnd}`);
  const w = 13;
  console.log(['program'.padEnd(11), ...cols.map((c) => c[0].padStart(w)), ...ratios.map((c) => c[0].padStart(w))].join(''));
  for (const { name } of programs) {
    console.log([name.padEnd(11), ...cols.map((c) => c[1](name).toFixed(1).padStart(w)), ...ratios.map((c) => `${c[1](name).toFixed(2)}×`.padStart(w))].join(''));
  }
  console.log(['geomean'.padEnd(11), ...cols.map(() => ''.padStart(w)), ...ratios.map((c) => `${geomean(programs.map((p) => c[1](p.name))).toFixed(2)}×`.padStart(w))].join(''));
  if (r.chromium) console.log(`module load in the Chromium worker: pave ${r.chromium.loadMs.toFixed(0)} ms${r.chromiumPyodide ? `, Pyodide ${r.chromiumPyodide.loadMs.toFixed(0)} ms` : ''}`);
  if (r.pyodideLoad) console.log(`Pyodide in Chromium, navigation to first output: cold ${r.pyodideLoad.cold.toFixed(0)} ms, warm ${r.pyodideLoad.warm.toFixed(0)} ms`);
  if (r.pyodideSizes) console.log(`Pyodide download before first output: raw ${(r.pyodideSizes.raw / 1e6).toFixed(2)} MB, brotli ${(r.pyodideSizes.brotli / 1e6).toFixed(2)} MB`);
}

await main();
