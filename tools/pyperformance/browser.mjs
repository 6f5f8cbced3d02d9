// Programs Pave has not seen, in the browser: pyperformance's pure-Python benchmarks, each
// run in headless Chromium (Debian's, through playwright-core) by the playground's own
// Python worker, once with the JIT off and once with it on under an objects policy
// (`--objects`, as `pave run --objects`; default loops), each in a fresh worker and session.
// Prints, per benchmark, the wall time of each run as the page measures it (the request to
// the worker and back, output included), the on/off ratio, the tier-1 compile time the
// tier report gives (the last compile of each function, summed) and whether the two runs
// printed the same (they must). The browser counterpart of tools/pyperformance/run.sh,
// which downloads the benchmarks: run it first (or point PAVE_PYPERF_DIR at its work
// directory); this script reads `$PAVE_PYPERF_DIR/run/bm_NAME.py` (default
// /tmp/pave-pyperformance) and tools/pyperformance/pyperf.py.
//
//   node tools/pyperformance/browser.mjs [--objects loops|budgeted|all|off]
//        [--threshold N] [--runs N] [--timeout S] [BENCH…]     (after `make web`)
//
// How a program runs: the playground (index.html) is opened, and each run borrows a worker
// of its own (`Runner.isolated`, as Compare tiers does), terminated afterwards. In it, one
// kept session first runs a prelude that registers pyperf.py's source as the module
// `pyperf` (`sys.modules`; the page has no files to import from), then the benchmark
// itself, unchanged, under its own file name, which is the run that is timed. A program
// that fails, crashes the VM or runs longer than the timeout (default 600 s) is reported
// as such in its row. One browser at a time, one run at a time. `--runs N` (default 1)
// runs each tier N times, alternating, and shows the median wall times (on a loaded
// machine one run is noisy); every run's output must equal the first JIT-off run's.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, startServer } from '../../tests/browser/harness.mjs';

const DEFAULT_NAMES = ['chaos', 'comprehensions', 'coroutines', 'deepcopy', 'deltablue', 'fannkuch',
  'float', 'generators', 'go', 'hexiom', 'json_dumps', 'json_loads', 'logging', 'meteor_contest',
  'nbody', 'nqueens', 'pidigits', 'pprint', 'raytrace', 'regex_dna', 'regex_effbot', 'regex_v8',
  'richards', 'richards_super', 'scimark', 'spectral_norm', 'typing_runtime_protocols',
  'unpack_sequence'];
const POLICIES = ['loops', 'budgeted', 'all', 'off'];

function parseArgs(argv) {
  const options = { objects: 'loops', threshold: 50, runs: 1, timeoutS: 600, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--objects') options.objects = value();
    else if (arg === '--threshold') options.threshold = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--timeout') options.timeoutS = Number(value());
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.names.push(arg);
  }
  if (!POLICIES.includes(options.objects)) throw new Error(`--objects takes ${POLICIES.join(', ')}`);
  if (!Number.isInteger(options.threshold) || options.threshold < 0) throw new Error('--threshold takes a count');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs takes a count');
  if (!(options.timeoutS > 0)) throw new Error('--timeout takes seconds');
  if (!options.names.length) options.names = DEFAULT_NAMES;
  return options;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error(`browser.mjs: ${err.message}`);
  process.exit(2);
}
const work = path.join(process.env.PAVE_PYPERF_DIR ?? '/tmp/pave-pyperformance', 'run');
const pyperfSource = fs.readFileSync(path.join(ROOT, 'tools', 'pyperformance', 'pyperf.py'), 'utf8');

// Run in the kept session before the benchmark: `import pyperf` then finds the stand-in.
const prelude = `import sys as _sys, types as _types
_pyperf = _types.ModuleType('pyperf')
_pyperf.__file__ = 'pyperf.py'
exec(compile(${JSON.stringify(pyperfSource)}, 'pyperf.py', 'exec'), _pyperf.__dict__)
_sys.modules['pyperf'] = _pyperf
del _sys, _types, _pyperf
`;

/**
 * In the page: run `source` in a worker of its own, after `prelude`, with JIT settings
 * `jit`; resolves to `{status, wallMs, elapsedMs, compileMs, compiled, output, detail}`.
 */
async function runInPage({ prelude: setup, source, filename, jit, timeoutMs }) {
  const runner = window.pave.runner;
  const listener = runner.listener;
  let output = '';
  const notes = [];
  runner.listener = { ...listener, output: (stream, text) => { output += text; }, reset: (m) => notes.push(m) };
  let timer = 0;
  try {
    return await runner.isolated(async () => {
      const worker = runner.borrowed;
      const fresh = { jit, profile: false };
      const request = (src, file) => worker.request('run', { source: src, filename: file, fresh, keep: 'pyperformance' });
      const before = await request(setup, 'pyperf_prelude.py');
      if (before.outcome.error) {
        return { status: 'prelude failed', output, detail: before.outcome.error.traceback ?? before.outcome.error.message };
      }
      output = '';
      // On time-out the task ends and `isolated` terminates the worker, program and all.
      const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      });
      const t0 = performance.now();
      const done = await Promise.race([request(source, filename), timedOut]);
      const wallMs = performance.now() - t0;
      if (!done) return { status: 'timeout', wallMs, output };
      const { outcome, report } = done;
      const functions = Array.isArray(report?.functions) ? report.functions : [];
      const compileMs = functions.reduce((sum, f) => sum + (f.compile?.total_ms ?? 0), 0);
      const compiled = functions.filter((f) => f.state?.kind === 'compiled').length;
      const error = outcome.error;
      return {
        status: error ? `${error.type}` : outcome.exit_code ? `exit ${outcome.exit_code}` : 'ok',
        wallMs, elapsedMs: outcome.elapsed_ms, compileMs, compiled, output,
        detail: error?.traceback ?? '',
      };
    });
  } catch (err) {
    return { status: 'crashed', output, detail: `${err.message} ${notes.join(' ')}` };
  } finally {
    clearTimeout(timer);
    runner.listener = listener;
  }
}

/** The run of median wall time among `runs` (the first one that failed, if any did). */
function median(runs) {
  const failed = runs.find((r) => r.status !== 'ok');
  if (failed) return failed;
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[(runs.length - 1) >> 1];
}

const server = await startServer();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-pyperf-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PAVE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (err) => console.error(`page: uncaught ${err.message}`));
  await page.goto(server.url);
  await page.evaluate(() => window.pave.ready);
  const facts = await page.evaluate(() => ({ version: window.pave.facts().version, ua: navigator.userAgent }));
  const load = os.loadavg().map((v) => v.toFixed(2)).join(' ');
  console.log(`Pave ${facts.version} in ${facts.ua}`);
  console.log(`JIT on: --objects ${options.objects}, threshold ${options.threshold}; `
    + `${options.runs > 1 ? `median of ${options.runs} runs; ` : ''}load average ${load}`);
  console.log(`${'benchmark'.padEnd(26)} ${'off s'.padStart(8)} ${'on s'.padStart(8)} ${'on/off'.padStart(7)} `
    + `${'compile ms'.padStart(10)} ${'fns'.padStart(4)}  output`);
  const fmt = (r) => (r.status === 'ok' ? (r.wallMs / 1000).toFixed(2) : r.status).padStart(8);
  const problems = [];
  for (const name of options.names) {
    const file = path.join(work, `bm_${name}.py`);
    if (!fs.existsSync(file)) {
      console.log(`${name.padEnd(26)} missing: ${file} (run tools/pyperformance/run.sh once)`);
      continue;
    }
    const source = fs.readFileSync(file, 'utf8');
    const run = (jit) => page.evaluate(runInPage, {
      prelude, source, filename: `bm_${name}.py`, jit, timeoutMs: options.timeoutS * 1000,
    }).catch((err) => ({ status: 'failed', output: '', detail: err.message }));
    const offs = [];
    const ons = [];
    for (let k = 0; k < options.runs; k++) {
      offs.push(await run({ enabled: false, threshold: options.threshold }));
      ons.push(await run({ enabled: true, threshold: options.threshold, objects: options.objects }));
    }
    const off = median(offs);
    const on = median(ons);
    const both = off.status === 'ok' && on.status === 'ok';
    const ratio = both ? (on.wallMs / off.wallMs).toFixed(2) : '-';
    const differing = [...offs, ...ons].find((r) => r.output !== offs[0].output || r.status !== offs[0].status);
    const same = differing ? 'TIERS DIFFER' : 'tiers agree';
    const compile = on.compileMs === undefined ? '-' : on.compileMs.toFixed(1);
    console.log(`${name.padEnd(26)} ${fmt(off)} ${fmt(on)} ${ratio.padStart(7)} ${compile.padStart(10)} `
      + `${String(on.compiled ?? '-').padStart(4)}  ${same}`);
    for (const [tier, r] of [['off', off], ['on', on]]) {
      if (r.status !== 'ok') problems.push(`${name} (JIT ${tier}): ${r.status}\n${r.detail ?? ''}`.trimEnd());
    }
    if (differing) {
      const a = offs[0].output.split('\n');
      const b = differing.output.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      problems.push(i < 0 ? `${name}: same output, but the runs ended ${offs[0].status} and ${differing.status}`
        : `${name}: first difference at output line ${i + 1}:\n  off: ${a[i]}\n  on:  ${b[i] ?? '(none)'}`);
    }
  }
  if (problems.length) console.log(`\n${problems.join('\n\n')}`);
} finally {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
  server.close();
}
