// The bench page's tables and chart, drawn from a list of runs
// (`{doc, source, removable}`, doc a pave-bench/1 document): the runs and their machines,
// the times of every run side by side, ratios against a baseline run (only for runs of the
// same machine class), and the chart.

import { barChart, COLOURS } from './bench-chart.js';
import { describeMachine, sameMachineClass } from './bench-results.js';

/** A column letter per run: A, B, C… */
export const letter = (i) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');

function cell(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function tr(cells) {
  const row = document.createElement('tr');
  row.append(...cells);
  return row;
}

const ms = (v) => (v === null || v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const times = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(v >= 10 ? 1 : 2)}×`);

/** Every program name, in the order the runs list them. */
function programs(runs) {
  const names = new Set();
  for (const { doc } of runs) for (const row of doc.rows) names.add(row.name);
  return [...names];
}

/** Each document's rows by program name, so a table costs runs × programs, not more. */
const rowIndex = new WeakMap();
function rowOf(doc, name) {
  let index = rowIndex.get(doc);
  if (!index) {
    index = new Map(doc.rows.map((r) => [r.name, r]));
    rowIndex.set(doc, index);
  }
  return index.get(name) ?? null;
}

const hasPython = (doc) => doc.rows.some((r) => r.python_ms !== null);

/** A run's column heading: emulated runs say so wherever their times appear. */
function columnName(doc) {
  const name = doc.engine === 'browser' ? 'browser' : doc.machine.arch;
  return doc.machine.emulated ? `${name}, emulated (not performance)` : name;
}

function what(doc) {
  return doc.engine === 'browser' ? `pave ${doc.pave_version} in a browser` : `pave ${doc.pave_version} native (wasmtime)`;
}

/** The runs table: letter, where it came from, engine, machine, date, runs, note. */
export function renderRuns(table, runs, onRemove) {
  const body = table.tBodies[0];
  body.replaceChildren();
  runs.forEach((run, i) => {
    const { doc } = run;
    const label = cell('th', letter(i), { scope: 'row' });
    label.style.borderLeft = `6px solid ${COLOURS[i % COLOURS.length]}`;
    const remove = document.createElement('td');
    if (run.removable) {
      const button = cell('button', 'remove', { type: 'button', 'aria-label': `remove run ${letter(i)}` });
      button.addEventListener('click', () => onRemove(run));
      remove.append(button);
    }
    const note = [doc.note, doc.user_agent].filter(Boolean).join(' — ');
    body.append(tr([label, cell('td', run.source), cell('td', what(doc)), cell('td', describeMachine(doc)),
      cell('td', doc.date.slice(0, 16).replace('T', ' ') + ' UTC'), cell('td', String(doc.runs)),
      cell('td', note), remove]));
  });
  table.hidden = runs.length === 0;
}

/** The times table: per program, tier 0 and tier 1 medians and their ratio for every run. */
export function renderTimes(table, runs) {
  const head = table.tHead;
  head.replaceChildren();
  const top = tr([cell('th', 'program', { rowspan: 2 })]);
  const sub = tr([]);
  const python = runs.map((run) => hasPython(run.doc));
  runs.forEach((run, i) => {
    top.append(cell('th', `${letter(i)}: ${columnName(run.doc)}`, { colspan: python[i] ? 5 : 4 }));
    sub.append(cell('th', 'tier 0 ms'), cell('th', 'tier 1 ms'), cell('th', 't0/t1'), cell('th', 'compile ms'));
    if (python[i]) sub.append(cell('th', 'python3 ms'));
  });
  head.append(top, sub);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const name of programs(runs)) {
    const row = tr([cell('th', name, { scope: 'row' })]);
    runs.forEach((run, i) => {
      const r = rowOf(run.doc, name);
      row.append(cell('td', ms(r?.tier0_ms)), cell('td', ms(r?.tier1_ms)), cell('td', times(r?.speedup)),
        cell('td', ms(r?.compile_ms)));
      if (python[i]) row.append(cell('td', ms(r?.python_ms)));
    });
    body.append(row);
  }
  // One mean per suite (older files, without suites, have one over their numeric rows).
  const suiteNames = [...new Set(runs.flatMap((run) => (run.doc.suites ?? [{ name: 'numeric' }]).map((s) => s.name)))];
  for (const suite of suiteNames) {
    const mean = tr([cell('th', `geometric mean, ${suite}`, { scope: 'row' })]);
    runs.forEach((run, i) => {
      const summary = run.doc.suites
        ? run.doc.suites.find((s) => s.name === suite)
        : (suite === 'numeric' ? { geomean_speedup: run.doc.geomean_speedup } : null);
      mean.append(cell('td', ''), cell('td', ''), cell('td', times(summary?.geomean_speedup)), cell('td', ''));
      if (python[i]) mean.append(cell('td', ''));
    });
    body.append(mean);
  }
  table.hidden = runs.length === 0;
}

/**
 * Tier-1 time of every run relative to the baseline run, program by program: only for runs
 * of the baseline's machine class; the others get a column saying why there is no ratio.
 */
export function renderRatios(table, runs, baseline) {
  const base = runs[baseline];
  table.tHead.replaceChildren();
  table.tBodies[0].replaceChildren();
  if (!base) {
    table.hidden = true;
    return;
  }
  const others = runs.map((run, i) => ({ run, i })).filter(({ i }) => i !== baseline);
  table.tHead.append(tr([cell('th', 'program'), ...others.map(({ i }) => cell('th', `${letter(i)} tier 1 / ${letter(baseline)} tier 1`))]));
  const comparable = others.map(({ run }) => sameMachineClass(run.doc, base.doc));
  for (const name of programs(runs)) {
    const b = rowOf(base.doc, name);
    const row = tr([cell('th', name, { scope: 'row' })]);
    others.forEach(({ run }, k) => {
      const r = rowOf(run.doc, name);
      if (!comparable[k]) row.append(cell('td', 'other machine class: no ratio', { class: 'no-ratio' }));
      else row.append(cell('td', r && b ? times(r.tier1_ms / b.tier1_ms) : '–', { class: 'ratio' }));
    });
    table.tBodies[0].append(row);
  }
  table.hidden = others.length === 0;
}

const METRICS = {
  tier1_ms: { label: 'tier 1 time (median)', unit: ' ms' },
  tier0_ms: { label: 'tier 0 time (median)', unit: ' ms' },
  speedup: { label: 'tier 1 speed-up over tier 0 (within each run)', unit: '×' },
};

/** The chart of one metric for every run. */
export function renderChart(container, runs, metric) {
  const { label, unit } = METRICS[metric];
  const chart = barChart({
    title: label,
    unit,
    series: runs.map((run, i) => ({ label: `${letter(i)} (${run.source}${run.doc.machine.emulated ? ', emulated' : ''})`, colour: COLOURS[i % COLOURS.length] })),
    groups: programs(runs).map((name) => ({ label: name, values: runs.map((run) => rowOf(run.doc, name)?.[metric] ?? null) })),
  });
  container.replaceChildren(chart);
}
