// Two runs of one program side by side: the totals, per function the time in both runs,
// and the ratio. Used by "Compare tiers" (JIT off, then on, each in a fresh session) and by
// share links (the sender's results beside the ones measured here). A run is kept as the
// compact results of www/core/share.js (`summarizeRun`), which is also what a link carries.

import { compileMs, el, formatCount, formatMs, shownState, tierBadge } from '../../core/ui/tiers.js';

/** The compact results of one run (`outcome` and tier `report` as the worker posts them). */
export function summarizeRun(outcome, report, env = null) {
  const functions = Array.isArray(report?.functions) ? report.functions : [];
  return {
    env,
    elapsed_ms: outcome.elapsed_ms,
    error: outcome.error ? `${outcome.error.type}: ${outcome.error.message}` : null,
    jit_enabled: Boolean(report?.jit_enabled),
    threshold: report?.threshold ?? null,
    engine: report?.engine ?? '',
    functions: functions.map((f) => ({
      name: f.name,
      line: f.line,
      state: shownState(f, report),
      calls: { interp: f.calls.interp, jit: f.calls.jit },
      time_ms: { interp: f.time_ms.interp, jit: f.time_ms.jit },
      compile_ms: f.compile ? compileMs(f.compile) : null,
      wasm_bytes: f.compile ? f.compile.wasm_bytes : null,
    })),
  };
}

/** `a / b` as `3.10×`, or '–' when it means nothing. */
export function ratio(a, b) {
  return a > 0 && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
}

function total(f) {
  return f.time_ms.interp + f.time_ms.jit;
}

function describe(run) {
  const parts = [run.jit_enabled ? `JIT on, threshold ${run.threshold}` : 'JIT off'];
  if (run.env) parts.push(`${run.env.browser}, ${run.env.os}${run.env.cpus ? `, ${run.env.cpus} CPUs` : ''}`);
  if (run.error) parts.push(run.error);
  return parts.join(' · ');
}

/**
 * A table of runs `a` and `b` (`labels: [a, b]`); the ratio column is a's time over b's
 * (how many times faster b is).
 */
export function renderComparison(a, b, { labels, title, ratioTitle = 'a / b' }) {
  const names = [...new Set([...a.functions.map((f) => f.name), ...b.functions.map((f) => f.name)])];
  const find = (run, name) => run.functions.find((f) => f.name === name);
  const cell = (f) => (f ? [formatMs(total(f)), ' ', tierBadge(f.state)] : '–');
  const rows = names.map((name) => {
    const fa = find(a, name);
    const fb = find(b, name);
    return el('tr', { dataset: { fn: name } },
      el('td', { class: 'fn' }, name),
      el('td', { class: 'num' }, cell(fa)),
      el('td', { class: 'num' }, cell(fb)),
      el('td', { class: 'num ratio' }, fa && fb ? ratio(total(fa), total(fb)) : '–'));
  });
  return el('div', { class: 'comparison' },
    el('div', { class: 'comparison-title' }, title),
    el('table', { class: 'tiers-grid' },
      el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', { class: 'num', title: describe(a) }, labels[0]),
        el('th', { class: 'num', title: describe(b) }, labels[1]), el('th', { class: 'num', title: ratioTitle }, 'ratio'))),
      el('tbody', {},
        el('tr', { class: 'total', dataset: { fn: '' } }, el('td', {}, 'whole program'),
          el('td', { class: 'num' }, formatMs(a.elapsed_ms)), el('td', { class: 'num' }, formatMs(b.elapsed_ms)),
          el('td', { class: 'num ratio' }, ratio(a.elapsed_ms, b.elapsed_ms))),
        rows)),
    el('div', { class: 'comparison-notes' },
      el('div', {}, `${labels[0]}: ${describe(a)}`),
      el('div', {}, `${labels[1]}: ${describe(b)}`),
      a.functions.length || b.functions.length ? el('div', {}, `calls in tier 1: ${formatCount(
        a.functions.reduce((s, f) => s + f.calls.jit, 0))} vs ${formatCount(b.functions.reduce((s, f) => s + f.calls.jit, 0))}`) : null));
}
