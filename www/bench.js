// The bench page: drives www/bench-worker.js through the built-in suite, alternating
// tier 0 and tier 1 runs so both see the same machine load, and shows medians and ratios.
// `window.benchResults` resolves to the figures, for tools/bench-jit.mjs.

const params = new URLSearchParams(location.search);
const runs = Math.max(1, Number(params.get('runs') ?? 3));
const only = params.get('only');
document.querySelector('#runs').textContent = String(runs);
const status = document.querySelector('#status');

const worker = new Worker(new URL('bench-worker.js', import.meta.url), { type: 'module' });
let nextId = 0;
const pending = new Map();
worker.onmessage = ({ data }) => {
  const settle = pending.get(data.id);
  pending.delete(data.id);
  if (data.error) settle.reject(new Error(data.error));
  else settle.resolve(data.result);
};
function ask(kind, fields = {}) {
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

function row(cells) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    td.textContent = c;
    tr.append(td);
  }
  return tr;
}

async function main() {
  const { suite, version } = await ask('init');
  const table = document.querySelector('#results');
  table.hidden = false;
  const rows = [];
  for (const { name, about } of suite) {
    if (only && !name.includes(only)) continue;
    status.textContent = `Running ${name} (${about})…`;
    const t0 = [];
    const t1 = [];
    const compile = [];
    const perFunction = [];
    let result = null;
    for (let i = 0; i < runs; i++) {
      const off = await ask('bench', { name, jit: false });
      const on = await ask('bench', { name, jit: true });
      if (off.result !== on.result) throw new Error(`${name}: tiers disagree (${off.result} vs ${on.result})`);
      result = on.result;
      t0.push(off.ms);
      t1.push(on.ms);
      compile.push(on.compile_ms);
      if (on.compiles > 0) perFunction.push(on.compile_ms / on.compiles);
    }
    const r = {
      name, about, result,
      tier0_ms: median(t0), tier1_ms: median(t1),
      compile_ms: median(compile),
      compile_per_function_ms: perFunction.length ? median(perFunction) : null,
    };
    r.speedup = r.tier0_ms / r.tier1_ms;
    rows.push(r);
    table.tBodies[0].append(row([name, r.tier0_ms.toFixed(1), r.tier1_ms.toFixed(2),
      `${r.speedup.toFixed(1)}×`, r.compile_ms.toFixed(3),
      r.compile_per_function_ms === null ? '-' : r.compile_per_function_ms.toFixed(3)]));
  }
  status.textContent = 'Measuring the call path from Rust into compiled code…';
  const calls = await ask('callPaths', { calls: 200_000 });
  const geomean = Math.exp(rows.reduce((a, r) => a + Math.log(r.speedup), 0) / rows.length);
  document.querySelector('#calls').textContent =
    `Call into compiled code: ${calls.table_ns === null ? 'table unavailable' : `${calls.table_ns.toFixed(1)} ns through the function table`}, ` +
    `${calls.apply_ns.toFixed(1)} ns through Function.apply with BigInt arguments.`;
  status.textContent = `Pave ${version}: tier 1 is ${geomean.toFixed(1)}× tier 0 (geometric mean).`;
  return { version, runs, rows, geomean_speedup: geomean, calls, userAgent: navigator.userAgent };
}

window.benchResults = main().catch((err) => {
  status.textContent = `Failed: ${err.message}`;
  throw err;
});
