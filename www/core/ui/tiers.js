// The Tiers panel: what the JIT did with each function of the program, live while it runs
// (the worker posts the tier report a few times a second) and final at the end. One row per
// function: name and line (a click jumps to the `def`), a tier badge, calls and time in
// each tier, compile time by phase, module size, bailouts with their reasons and, in plain
// words, why it is not compiled; then two charts (www/core/ui/charts.js). The data is
// `telemetry::Report` (src/telemetry.rs) as JSON.
// The panel is the playground's; the widget uses its badges and its reasons in words.

import { tierTimeline, timeBars } from './charts.js';

/**
 * The state to show, `{kind, label}` as the report has it (`TierState` in
 * src/telemetry.rs): with the JIT off every function is `disabled` (tier 0 only).
 */
export function shownState(f, report) {
  if (report && report.jit_enabled === false && f.state.kind === 'interpreted') {
    return { kind: 'disabled', label: 'JIT off' };
  }
  return f.state;
}

/** Compile time of one compile record, by phase: `[label, ms]` pairs. */
export function compilePhases(compile) {
  if (!compile) return [];
  return compile.phases.filter((p) => typeof p.ms === 'number').map((p) => [p.label, p.ms]);
}

/** Total compile time of a record, in ms. */
export function compileMs(compile) {
  return compile ? compile.total_ms : 0;
}

/** Why `f` runs in the interpreter, in plain words, or '' when it is compiled. */
export function whyNotCompiled(f, report) {
  const state = shownState(f, report).kind;
  if (state === 'compiled') return '';
  if (f.reason) return f.reason.detail ? `${f.reason.label}: ${f.reason.detail}` : f.reason.label;
  if (state === 'disabled' || !report?.jit_enabled) return 'the JIT is off (turn it on in the settings)';
  const calls = f.calls.interp + f.calls.jit;
  return `not hot yet: ${calls} call${calls === 1 ? '' : 's'}, compiled after ${report.threshold} (functions with loops at once)`;
}

/** One line describing a tier report, or '' when there is none. */
export function summarizeReport(report) {
  if (report === null || report === undefined) return '';
  if (typeof report === 'string') return report;
  if (typeof report.summary === 'string') return report.summary;
  if (Array.isArray(report.functions)) return summarizeFunctions(report);
  return 'tiers: report received';
}

/** `tiers: fib compiled (24 calls in tier 1), show interpreted (…)`, for a `telemetry::Report`. */
function summarizeFunctions(report) {
  if (!report.jit_enabled) return 'tiers: JIT off';
  if (report.functions.length === 0) return 'tiers: no functions called';
  const parts = report.functions.map((f) => {
    const why = f.reason ? `: ${f.reason.detail || f.reason.label}` : '';
    if (f.uncounted) return `${f.name} ${f.state.label} (calls not counted${why})`;
    return `${f.name} ${f.state.label} (${f.calls.jit} in tier 1, ${f.calls.interp} in tier 0${why})`;
  });
  const total = report.functions.reduce((sum, f) => sum + compileMs(f.compile), 0);
  return `tiers (${report.engine}, compile ${total.toFixed(2)} ms): ${parts.join('; ')}`;
}

/** `1.23 ms`, `45 ms`, `1.20 s`. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** `12 345`-style counts. */
export function formatCount(n) {
  return Number(n).toLocaleString('en-US');
}

/** A small element factory: `el('td', {class: 'x'}, 'text', child)`. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A tier badge for a state `{kind, label}`. */
export function tierBadge(state) {
  return el('span', { class: `tier-badge tier-${state.kind}` }, state.label);
}

/**
 * The panel. `root` is the `#tiers` section; `actions.jump(line)` moves the editor to a
 * line, `actions.showCode(f)` opens the generated code of a compiled function.
 */
export class TiersPanel {
  constructor(root, actions) {
    this.root = root;
    this.actions = actions;
    this.summary = root.querySelector('.tiers-summary');
    this.table = root.querySelector('.tiers-table');
    this.charts = root.querySelector('.tiers-charts');
    this.liveTag = root.querySelector('.tiers-live');
    this.report = null;
  }

  /** Show `report`; `live` while the program still runs; `elapsedMs` its run time so far. */
  update(report, { live = false, elapsedMs = null } = {}) {
    this.report = report;
    this.root.dataset.live = live ? 'true' : 'false';
    if (this.liveTag) this.liveTag.hidden = !live;
    this.summary.textContent = summarizeReport(report);
    this.summary.title = this.summary.textContent;
    const functions = Array.isArray(report?.functions) ? report.functions : [];
    this.table.replaceChildren(this.renderTable(functions, report));
    this.charts.replaceChildren(...(functions.length ? [
      el('figure', { class: 'chart' }, el('figcaption', {}, 'Time per tier'), timeBars(functions)),
      el('figure', { class: 'chart' }, el('figcaption', {}, 'When each function tiered up'),
        tierTimeline(functions, elapsedMs)),
    ] : []));
  }

  renderTable(functions, report) {
    if (!functions.length) {
      return el('p', { class: 'tiers-empty' }, report ? 'No Python function was called.' : 'Run a program to see its functions here.');
    }
    const head = el('thead', {}, el('tr', {},
      el('th', {}, 'Function'), el('th', {}, 'Tier'),
      el('th', { class: 'num', title: 'calls in tier 0 (interpreter) / tier 1 (compiled wasm)' }, 'Calls t0/t1'),
      el('th', { class: 'num', title: 'time in tier 0 / tier 1, outermost calls, callees included' }, 'Time t0/t1'),
      el('th', { class: 'num', title: 'compile time by phase; load = engine compile + instantiate' }, 'Compile'),
      el('th', { class: 'num' }, 'Wasm'),
      el('th', { class: 'num', title: 'bailouts: compiled calls handed back to the interpreter' }, 'Bails')));
    const rows = functions.map((f) => this.renderRow(f, report));
    return el('table', { class: 'tiers-grid' }, head, el('tbody', {}, rows));
  }

  /** The function's row, and under it a row of details (why, kinds, phases, bailouts). */
  renderRow(f, report) {
    const why = whyNotCompiled(f, report);
    const phases = compilePhases(f.compile);
    const bails = f.bails ?? [];
    const bailCount = bails.reduce((sum, b) => sum + b.count, 0) + (f.guard_failures ?? 0);
    const name = el('button', {
      class: 'fn-link', type: 'button', title: `go to line ${f.line}`,
      onclick: () => this.actions.jump(f.line),
    }, f.name, el('span', { class: 'fn-line' }, `:${f.line}`));
    const code = f.compile ? el('button', {
      class: 'code-link', type: 'button', title: 'show the WebAssembly and IR generated for it',
      onclick: () => this.actions.showCode(f),
    }, 'code') : null;
    const state = shownState(f, report);
    const main = el('tr', { class: 'fn-row', dataset: { fn: f.name, state: state.kind } },
      el('td', { class: 'fn' }, name, code),
      el('td', {}, tierBadge(state)),
      f.uncounted
        ? el('td', { class: 'num', title: 'tier 1 never runs it: its calls are not counted' }, '– / –')
        : el('td', { class: 'num', title: f.settled ? 'settled in tier 0: later calls go straight to its body, uncounted' : null },
          `${formatCount(f.calls.interp)}${f.settled ? '+' : ''} / ${formatCount(f.calls.jit)}`),
      el('td', { class: 'num', title: report?.timing ?? null }, `≈${formatMs(f.time_ms.interp)} / ≈${formatMs(f.time_ms.jit)}`),
      el('td', { class: 'num' }, f.compile ? [formatMs(compileMs(f.compile)), f.compiles > 1 ? ` ×${f.compiles}` : ''] : '–'),
      el('td', { class: 'num' }, f.compile ? `${formatCount(f.compile.wasm_bytes)} B` : '–'),
      el('td', { class: 'num' }, bailCount ? formatCount(bailCount) : '–'));
    const details = [
      why ? el('div', { class: 'why' }, why) : null,
      f.inside ? el('div', { class: 'inside', title: 'called straight from compiled code, not through its own entry: those calls are not counted' },
        `runs compiled inside ${f.inside}'s module, called from there`) : null,
      f.compile?.arg_kinds ? el('div', { class: 'kinds' },
        `specialised for (${f.compile.arg_kinds.join(', ')}) → ${f.compile.returns}`,
        f.compile.functions?.length > 1 ? `, with ${f.compile.functions.slice(1).join(', ')} in the same module` : '') : null,
      phases.length ? el('div', { class: 'phases' }, 'compile: ',
        phases.map(([p, ms]) => `${p} ${ms.toFixed(2)} ms`).join(' · '),
        f.compile.reused ? ' (identical module reused)' : '') : null,
      ...bails.map((b) => el('div', { class: 'bail', title: b.kind }, `bailed out ${formatCount(b.count)} × on ${b.label}`)),
      f.resumes ? el('div', { class: 'bail', title: 'resumed: the interpreter went on from where compiled code stopped, nothing was run twice' },
        `${formatCount(f.resumes)} × the call went on in the interpreter mid-way`) : null,
      f.guard_failures ? el('div', { class: 'bail' }, `${formatCount(f.guard_failures)} × entry refused: a global it relies on changed`) : null,
    ].filter(Boolean);
    if (!details.length) return [main];
    return [main, el('tr', { class: 'detail-row', dataset: { detailFor: f.name } }, el('td', { colspan: 7 }, details))];
  }
}
