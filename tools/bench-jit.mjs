// Runs the tier-1 benchmark suite in headless Chromium (www/bench.html) and prints it
// beside the native figures of `$CARGO_TARGET_DIR/release/pave bench` from the same invocation:
// tier 0 and tier 1 per program, the speed-up, compile time per function, and the cost of
// a call from Rust into compiled code by each path.
//
//   node tools/bench-jit.mjs [--runs N] [--only NAME] [--no-native] [--turbofan-only]
//                            [--jit-objects]
//
// `--jit-objects` lets tier 1 take every hot function on objects, in both builds.
//
// `--turbofan-only` also runs the suite with V8's baseline compiler off
// (`--js-flags=--no-liftoff`): the difference is what single long calls lose by staying in
// Liftoff code, since V8 switches to optimised code only between calls.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, startServer } from '../tests/browser/harness.mjs';
import { RELEASE_PAVE } from './paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '3'));
const only = option('--only', '');
const native = !args.includes('--no-native');
const turbofanOnly = args.includes('--turbofan-only');
const jitObjects = args.includes('--jit-objects');

async function browserSuite(url, extraArgs) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PAVE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const query = `runs=${runs}${only ? `&only=${encodeURIComponent(only)}` : ''}${jitObjects ? '&objects=all' : ''}`;
    await page.goto(`${url}www/bench.html?${query}`);
    return await page.evaluate(() => window.benchResults, null, { timeout: 0 });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function nativeSuite() {
  const exe = RELEASE_PAVE;
  if (!fs.existsSync(exe)) return null;
  const out = path.join(os.tmpdir(), `pave-bench-${process.pid}.json`);
  const extra = [...(only ? ['--filter', only] : []), ...(jitObjects ? ['--jit-objects'] : [])];
  execFileSync(exe, ['bench', '--runs', String(runs), '--no-python', '--json', out, ...extra], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  return report;
}

const server = await startServer();
try {
  const load = os.loadavg().map((v) => v.toFixed(2)).join(' ');
  const web = await browserSuite(server.url, []);
  const fast = turbofanOnly ? await browserSuite(server.url, ['--js-flags=--no-liftoff']) : null;
  const nat = native ? nativeSuite() : null;
  console.log(`Pave ${web.version}, median of ${runs} runs, load average ${load}`);
  console.log(web.userAgent);
  const head = ['program', 'web t0 ms', 'web t1 ms', 'web t0/t1', 'compile/fn ms'];
  if (fast) head.push('t1 no-liftoff');
  if (nat) head.push('native t0 ms', 'native t1 ms', 'native t0/t1', 'web/native t1');
  console.log(head.map((h, i) => (i ? h.padStart(14) : h.padEnd(11))).join(''));
  for (const r of web.rows) {
    const cells = [r.name.padEnd(11), r.tier0_ms.toFixed(1), r.tier1_ms.toFixed(2),
      `${r.speedup.toFixed(1)}×`, r.compile_per_function_ms?.toFixed(3) ?? '-'];
    if (fast) cells.push(fast.rows.find((f) => f.name === r.name)?.tier1_ms.toFixed(2) ?? '-');
    if (nat) {
      const n = nat.rows.find((x) => x.name === r.name);
      cells.push(n ? n.tier0_ms.toFixed(1) : '-', n ? n.tier1_ms.toFixed(2) : '-',
        n ? `${n.speedup.toFixed(1)}×` : '-', n ? `${(r.tier1_ms / n.tier1_ms).toFixed(2)}×` : '-');
    }
    console.log(cells.map((c, i) => (i ? String(c).padStart(14) : c)).join(''));
  }
  console.log(`geometric mean speed-up: web ${web.geomean_speedup.toFixed(1)}×` +
    (nat ? `, native ${nat.geomean_speedup.toFixed(1)}×` : ''));
  const perFn = web.rows.map((r) => r.compile_per_function_ms).filter((v) => v !== null).sort((a, b) => a - b);
  if (perFn.length) console.log(`compile per function in Chromium: median ${perFn[Math.floor(perFn.length / 2)].toFixed(3)} ms`);
  const c = web.calls;
  console.log(`call into compiled code from Rust: function table ${c.table_ns?.toFixed(1) ?? 'n/a'} ns, ` +
    `Function.apply with BigInt ${c.apply_ns.toFixed(1)} ns (${c.calls} calls)`);
} finally {
  server.close();
}
