// The bench page: runs the suite in this browser through www/bench/bench-worker.js (tier 0
// and tier 1 alternating, so both see the same machine load) and shows it beside any number
// of native result files (`pave bench --json FILE`): the ones shipped in
// www/bench/results/, files picked by the user, and the runs carried by a share link. Every
// run is a pave-bench/1 document (www/bench/results/schema.json), the browser's own
// included, so a browser run can be saved and shared like a native one.
//
// `window.benchResults` resolves to this browser's figures (for tools/bench-jit.mjs), or to
// null with `?runs=0`, which shows the loaded files only. `window.benchPage` is for tests.

import {
  FORMAT, MAX_LINK_RUNS, ResultsError, checkResults, decodeShare, encodeShare, loadShipped, parseResults,
} from './bench-results.js';
import { letter, renderChart, renderRatios, renderRuns, renderTimes } from './bench-view.js';

const params = new URLSearchParams(location.search);
const runs = Math.max(0, Number(params.get('runs') ?? 3) || 0);
const only = params.get('only');
// `?objects=all`: tier 1 takes every hot function on objects (`pave bench --jit-objects`).
const jitObjects = params.get('objects') === 'all';
const $ = (selector) => document.querySelector(selector);
$('#runs').textContent = String(runs || 3);
const status = $('#status');

// ---- The runs on the page --------------------------------------------------------------

const shown = [];
let baseline = 0;
/** How many times the tables were drawn (once per load, not once per document). */
let renders = 0;

function render() {
  renders++;
  renderRuns($('#runs-table'), shown, (run) => {
    shown.splice(shown.indexOf(run), 1);
    baseline = Math.min(baseline, Math.max(shown.length - 1, 0));
    render();
  });
  renderTimes($('#times'), shown);
  const select = $('#baseline');
  select.replaceChildren(...shown.map((run, i) => new Option(`${letter(i)}: ${run.source}`, String(i), false, i === baseline)));
  renderRatios($('#ratios'), shown, baseline);
  renderChart($('#chart'), shown, $('#metric').value);
  $('#comparison').hidden = shown.length === 0;
  $('#share').disabled = shown.length === 0;
}

/** Show `runs` (`{doc, source, removable}`), drawing the page once for all of them. */
function add(runs) {
  if (!runs.length) return;
  shown.push(...runs);
  render();
}

function report(message) {
  $('#errors').append(Object.assign(document.createElement('li'), { textContent: message }));
}

$('#baseline').addEventListener('change', (e) => {
  baseline = Number(e.target.value);
  render();
});
$('#metric').addEventListener('change', render);

$('#files').addEventListener('change', async (e) => {
  const picked = [];
  for (const file of e.target.files) {
    try {
      picked.push({ doc: parseResults(await file.text(), file.name), source: file.name, removable: true });
    } catch (err) {
      report(err instanceof ResultsError ? err.message : `${file.name}: ${err.message}`);
    }
  }
  e.target.value = '';
  add(picked);
});

$('#share').addEventListener('click', async () => {
  const link = new URL(location.href);
  if (shown.length > MAX_LINK_RUNS) {
    $('#share-status').textContent = `A link carries at most ${MAX_LINK_RUNS} runs and ${shown.length} are shown: remove some first.`;
    return;
  }
  link.hash = await encodeShare(shown.map((run) => run.doc));
  const field = $('#share-link');
  field.value = link.href;
  field.hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(link.href);
    $('#share-status').textContent = `Copied (${link.href.length} characters).`;
  } catch {
    $('#share-status').textContent = 'Copy the link above.';
  }
});

// Shipped files and a share link load at once, beside the browser run as it proceeds.
const loaded = (async () => {
  const shipped = await loadShipped();
  const runs = shipped.docs.map(({ doc, source }) => ({ doc, source: `shipped: ${source}`, removable: true }));
  shipped.errors.forEach(report);
  try {
    for (const doc of await decodeShare(location.hash)) runs.push({ doc, source: 'share link', removable: true });
  } catch (err) {
    report(err.message);
  }
  add(runs);
})();

// ---- This browser's run -----------------------------------------------------------------

let worker = null;
let nextId = 0;
const pending = new Map();
function ask(kind, fields = {}) {
  if (!worker) {
    worker = new Worker(new URL('bench-worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      const settle = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) settle.reject(new Error(data.error));
      else settle.resolve(data.result);
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ kind, id, ...fields });
  });
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** What the browser says about its machine: it cannot see the CPU model. */
async function browserMachine() {
  let arch = 'unknown';
  let os = navigator.userAgentData?.platform || navigator.platform || 'unknown';
  try {
    const hints = await navigator.userAgentData?.getHighEntropyValues(['architecture', 'bitness', 'platformVersion']);
    if (hints?.architecture === 'x86') arch = hints.bitness === '64' ? 'x86_64' : 'x86';
    else if (hints?.architecture === 'arm') arch = hints.bitness === '64' ? 'aarch64' : 'arm';
  } catch { /* no client hints: fall back to the user agent string */ }
  if (arch === 'unknown') {
    if (/x86_64|x64|amd64|Win64/i.test(navigator.userAgent)) arch = 'x86_64';
    else if (/aarch64|arm64/i.test(navigator.userAgent)) arch = 'aarch64';
  }
  if (!/\S/.test(os)) os = 'unknown';
  return { arch, cpu_model: null, cores: Math.max(1, navigator.hardwareConcurrency || 1), os, emulated: false };
}

const geomeanOf = (values) => Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length);

/** The geometric mean of t0/t1 per suite, in the order the rows come. */
function suitesOf(rows) {
  const names = [...new Set(rows.map((r) => r.suite))];
  return names.map((name) => {
    const of = rows.filter((r) => r.suite === name);
    return { name, programs: of.length, geomean_speedup: geomeanOf(of.map((r) => r.speedup)), geomean_vs_python: null };
  });
}

/** This browser's figures as a pave-bench/1 document. */
async function browserDoc(version, rows, geomean, calls) {
  return checkResults({
    format: FORMAT,
    pave_version: version,
    date: new Date().toISOString(),
    machine: await browserMachine(),
    engine: 'browser',
    user_agent: navigator.userAgent,
    runs,
    python: null,
    rows: rows.map((r) => ({ ...r, python_ms: null, vs_python: null })),
    geomean_speedup: geomean,
    geomean_vs_python: null,
    suites: suitesOf(rows),
    call_paths: { table_ns: calls.table_ns, apply_ns: calls.apply_ns },
  }, 'this browser');
}

async function main() {
  if (runs === 0) {
    status.textContent = 'Not running the suite here (runs=0): showing the loaded results.';
    return null;
  }
  const { suite, version } = await ask('init');
  const table = $('#results');
  table.hidden = false;
  const rows = [];
  for (const { name, about, suite: group } of suite) {
    if (only && !name.includes(only)) continue;
    status.textContent = `Running ${name} (${about})…`;
    const t0 = [];
    const t1 = [];
    const compile = [];
    const perFunction = [];
    let result = null;
    let compiles = 0;
    for (let i = 0; i < runs; i++) {
      const off = await ask('bench', { name, jit: false, jitObjects });
      const on = await ask('bench', { name, jit: true, jitObjects });
      if (off.result !== on.result) throw new Error(`${name}: tiers disagree (${off.result} vs ${on.result})`);
      result = on.result;
      t0.push(off.ms);
      t1.push(on.ms);
      compile.push(on.compile_ms);
      compiles = on.compiles;
      if (on.compiles > 0) perFunction.push(on.compile_ms / on.compiles);
    }
    const r = {
      name, suite: group, about, result,
      tier0_ms: median(t0), tier1_ms: median(t1),
      compile_ms: median(compile), compiles,
      compile_per_function_ms: perFunction.length ? median(perFunction) : null,
    };
    r.speedup = r.tier0_ms / r.tier1_ms;
    rows.push(r);
    const tr = document.createElement('tr');
    for (const c of [name, r.tier0_ms.toFixed(1), r.tier1_ms.toFixed(2), `${r.speedup.toFixed(1)}×`,
      r.compile_ms.toFixed(3), r.compile_per_function_ms === null ? '-' : r.compile_per_function_ms.toFixed(3)]) {
      tr.append(Object.assign(document.createElement('td'), { textContent: c }));
    }
    table.tBodies[0].append(tr);
  }
  status.textContent = 'Measuring the call path from Rust into compiled code…';
  const calls = await ask('callPaths', { calls: 200_000 });
  const geomean = geomeanOf(rows.map((r) => r.speedup));
  $('#calls').textContent =
    `Call into compiled code: ${calls.table_ns === null ? 'table unavailable' : `${calls.table_ns.toFixed(1)} ns through the function table`}, ` +
    `${calls.apply_ns.toFixed(1)} ns through Function.apply with BigInt arguments.`;
  status.textContent = `Pave ${version} in this browser, JIT on / JIT off (geometric mean): ` +
    suitesOf(rows).map((s) => `${s.name} ${s.geomean_speedup.toFixed(2)}×`).join(', ') + '.';
  const doc = await browserDoc(version, rows, geomean, calls);
  await loaded;
  shown.unshift({ doc, source: 'this browser, now', removable: false });
  baseline = 0;
  render();
  const save = $('#save');
  save.disabled = false;
  save.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
    Object.assign(document.createElement('a'), { href: url, download: `pave-bench-browser-${doc.date.slice(0, 10)}.json` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return { version, runs, rows, geomean_speedup: geomean, calls, userAgent: navigator.userAgent, doc };
}

window.benchPage = {
  loaded,
  /** The documents on the page, in column order. */
  runs: () => shown.map((run) => ({ source: run.source, doc: run.doc })),
  errors: () => [...document.querySelectorAll('#errors li')].map((li) => li.textContent),
  renders: () => renders,
};

window.benchResults = main().catch((err) => {
  status.textContent = `Failed: ${err.message}`;
  throw err;
});
