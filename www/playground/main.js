// The playground page: wires the editor, the console with its REPL line, the turtle drawing
// pane, the toolbar, the Tiers panel (live tier report, generated code, Compare tiers, JIT
// settings), share links and the status line to the Runner (www/core/runner.js), which owns
// the Python workers. The page itself never runs Python, so it stays responsive whatever
// the program does.

import { startLoading } from '../core/boot.js';
import { ResetError, Runner } from '../core/runner.js';
import { isolationProblem } from '../core/control.js';
import { createEditor } from '../core/ui/editor.js';
import { ConsoleView } from './ui/console.js';
import { DrawingView } from '../core/ui/drawing.js';
import { Repl } from './ui/repl.js';
import { EXAMPLES } from './ui/examples.js';
import { StatusLine } from './ui/status.js';
import { setupTheme } from './ui/theme.js';
import { TiersPanel, el, shownState, summarizeReport } from '../core/ui/tiers.js';
import { CodeView } from './ui/codeview.js';
import { renderComparison, summarizeRun } from './ui/compare.js';
import { ShareDialog } from './ui/share-dialog.js';
import { ShareLinkError, decodeShare, environment, isShareFragment } from '../core/share.js';

const CODE_KEY = 'pave.code';
const JIT_KEY = 'pave.jit';
const $ = (selector) => document.querySelector(selector);

const status = new StatusLine($('.status'));
const consoleView = new ConsoleView($('.console'));
const buttons = { run: $('#run'), stop: $('#stop'), clear: $('#clear'), compare: $('#compare'), share: $('#share') };
const jitInputs = { enabled: $('#jit-enabled'), threshold: $('#jit-threshold') };
const banner = $('.tiers-banner');
const extra = $('.tiers-extra');
setupTheme($('#theme'));

let state = 'loading';
let facts = { version: '?', loadMs: 0, compileMs: 0, startMs: 0, spareMs: null };

function setState(next) {
  state = next;
  document.body.dataset.state = next;
  buttons.run.disabled = next !== 'idle';
  buttons.stop.disabled = next !== 'running' && next !== 'input';
  buttons.compare.disabled = next !== 'idle';
}

/**
 * The code a share link put in the editor (or '' for a damaged link), until the user edits
 * it: it is not saved over the user's own program, which a reload brings back.
 */
let fromLink = isShareFragment(location.hash) ? '' : null;
const editor = createEditor($('#editor'), {
  doc: fromLink ?? loadCode() ?? EXAMPLES[0].code,
  onRun: () => runProgram(),
  onChange: debounce((code) => keepCode(code), 300),
});

/** Save the editor's code, unless it is still what a link brought. */
function keepCode(code) {
  if (fromLink !== null && code === fromLink) return;
  fromLink = null;
  saveCode(code);
}

const codeView = new CodeView();
const tiers = new TiersPanel($('#tiers'), {
  jump: (line) => editor.jumpTo(line),
  showCode: (f) => showCode(f),
});
/** The last program run here: `{code, results}` (compact, see www/playground/ui/compare.js). */
let lastRun = null;
/** What a share link brought: `{results}` of the sender, shown beside a "Run here". */
let shared = null;
let runStarted = 0;

const drawing = new DrawingView($('#drawing'), {
  onEvent: (event) => runner.sendEvent(event),
  onShow: (shown) => $('.side-pane').classList.toggle('has-drawing', shown),
});

const runner = new Runner({
  output: (stream, text) => consoleView.write(stream, text),
  draw: (numbers, strings) => drawing.draw(numbers, strings),
  inputRequest: () => {
    setState('input');
    status.set('input', 'Waiting for input…');
    repl.setMode('input');
  },
  reset: (message) => consoleView.note(message, 'reset'),
  report: (report) => {
    tiers.update(report, { live: true, elapsedMs: performance.now() - runStarted });
    markTiers(report);
  },
  spareReady: (ms) => {
    facts.spareMs = ms;
    showFacts();
  },
});

const repl = new Repl(consoleView, {
  check: (source) => runner.replCheck(source),
  run: (source) => execute('repl', source),
  sendInput: (line) => {
    setState('running');
    status.running();
    runner.sendInput(line);
  },
  stop: () => stop(),
});

/**
 * Run `task` with the page busy (Run disabled, the REPL line waiting) and idle again after
 * it; a worker reset while it ran ends it with `resetStatus`, a bug in Pave with its message.
 */
async function whileBusy(task, resetStatus = 'Session reset') {
  setState('running');
  repl.setMode('busy');
  status.running();
  try {
    await task();
  } catch (err) {
    if (!(err instanceof ResetError)) {
      status.set('error', `Pave failed: ${err.message}`);
      throw err;
    }
    status.set('error', resetStatus);
  } finally {
    setState('idle');
    repl.setMode('repl');
  }
}

/** Run a program (the editor's code) or a REPL entry and show how it ended. */
function execute(kind, source) {
  return whileBusy(async () => {
    runStarted = performance.now();
    drawing.startRun({ clear: kind === 'program' });
    let result;
    try {
      result = kind === 'program' ? await runner.run(source, 'main.py') : await runner.replRun(source);
    } finally {
      drawing.endRun();
    }
    const { outcome, report } = result;
    consoleView.flush();
    const error = outcome.error;
    if (error?.traceback) consoleView.error(error.traceback);
    if (outcome.exit_code !== 0 && !error?.traceback) consoleView.note(`exit status ${outcome.exit_code}`);
    if (kind === 'program' && error?.line) editor.markError(error.line);
    const summary = summarizeReport(report);
    if (summary) consoleView.note(summary);
    tiers.update(report, { elapsedMs: outcome.elapsed_ms });
    markTiers(report);
    if (kind === 'program') {
      lastRun = { code: source, results: summarizeRun(outcome, report, environment()) };
      if (shared?.results && source === shared.code) showShared();
    }
    const took = formatMs(outcome.elapsed_ms);
    status.set(error ? 'error' : 'ready', error ? `${error.type} after ${took}` : `Done in ${took}`);
  });
}

function runProgram() {
  if (state !== 'idle') return;
  editor.clearError();
  consoleView.note(`▶ main.py`, 'run');
  execute('program', editor.getCode());
}

function stop() {
  if (state !== 'running' && state !== 'input') return;
  status.set('running', 'Stopping…');
  drawing.freeze();
  runner.stop();
}

/** Tier marks in the editor's gutter on the `def` lines of the report's functions. */
function markTiers(report) {
  const functions = Array.isArray(report?.functions) ? report.functions : [];
  editor.setTierMarks(functions.map((f) => ({
    line: f.line, state: shownState(f, report).kind, name: f.name,
    label: f.uncounted
      ? `${shownState(f, report).label}, calls not counted`
      : `${shownState(f, report).label}, ${f.calls.interp} calls in tier 0, ${f.calls.jit} in tier 1`,
  })));
}

/** The generated code view for compiled function `f`. */
async function showCode(f) {
  if (state !== 'idle') return;
  try {
    codeView.show(f.name, editor.blockAt(f.line), await runner.code(f.name));
  } catch (err) {
    if (!(err instanceof ResetError)) throw err;
  }
}

/** The JIT settings of the inputs (a threshold out of range is clamped). */
function jitSettings() {
  const threshold = Math.min(100000, Math.max(0, Math.round(Number(jitInputs.threshold.value) || 0)));
  return { enabled: jitInputs.enabled.checked, threshold };
}

/** Apply the inputs' JIT settings; `persist` also keeps them for the next visit. */
function applySettings({ persist = false } = {}) {
  const jit = jitSettings();
  runner.configure({ jit });
  if (!persist) return;
  try {
    localStorage.setItem(JIT_KEY, JSON.stringify(jit));
  } catch {
    // Without storage the settings last for this page only.
  }
}

/** The JIT settings saved by an earlier visit, put in the inputs. */
function loadSettings() {
  try {
    const saved = JSON.parse(localStorage.getItem(JIT_KEY) ?? 'null');
    if (saved && typeof saved.enabled === 'boolean' && Number.isInteger(saved.threshold)) {
      jitInputs.enabled.checked = saved.enabled;
      jitInputs.threshold.value = String(saved.threshold);
    }
  } catch {
    // Unreadable settings: keep the defaults.
  }
}
if (!isShareFragment(location.hash)) loadSettings();
// Settings the user picks are kept; those a share link brings last for this page only.
jitInputs.enabled.addEventListener('change', () => applySettings({ persist: true }));
jitInputs.threshold.addEventListener('change', () => applySettings({ persist: true }));

/**
 * Run the program with the JIT off, then on, each in a fresh session, and compare. Both
 * run in a worker of their own, dropped after (see Runner.isolated), so repeated Compares
 * do not grow the playground's worker.
 */
async function compareTiers() {
  if (state !== 'idle') return;
  const source = editor.getCode();
  editor.clearError();
  const threshold = jitSettings().threshold;
  await whileBusy(() => runner.isolated(async (run) => {
    const runs = [];
    for (const enabled of [false, true]) {
      consoleView.note(`▶ main.py, fresh session, JIT ${enabled ? `on (threshold ${threshold})` : 'off'}`, 'run');
      status.running();
      runStarted = performance.now();
      drawing.startRun();
      let result;
      try {
        result = await run(source, 'main.py', { jit: { enabled, threshold }, profile: true });
      } finally {
        drawing.endRun();
      }
      const { outcome, report } = result;
      consoleView.flush();
      if (outcome.error?.traceback) consoleView.error(outcome.error.traceback);
      tiers.update(report, { elapsedMs: outcome.elapsed_ms });
      if (outcome.error?.type === 'KeyboardInterrupt') {
        status.set('error', 'Compare stopped');
        return;
      }
      runs.push(summarizeRun(outcome, report, environment()));
    }
    const [off, on] = runs;
    extra.replaceChildren(renderComparison(off, on, {
      labels: ['JIT off', 'JIT on'],
      title: `Compare tiers: tier 1 made the program ${(off.elapsed_ms / on.elapsed_ms).toFixed(2)}× as fast`,
      ratioTitle: 'time with the JIT off / time with it on',
    }));
    status.set('ready', `Compared: ${off.elapsed_ms.toFixed(0)} ms without the JIT, ${on.elapsed_ms.toFixed(0)} ms with it`);
  }), 'Compare stopped');
}

/** The sender's results beside a "Run here" button, or side by side with the run here. */
function showShared() {
  const here = lastRun && lastRun.code === shared.code ? lastRun.results : null;
  const empty = { functions: [], elapsed_ms: NaN, jit_enabled: shared.jit.enabled, threshold: shared.jit.threshold, env: null };
  const button = el('button', { type: 'button', class: 'primary run-here', id: 'run-here' }, here ? 'Run here again' : 'Run here');
  button.addEventListener('click', () => {
    if (editor.getCode() !== shared.code) editor.setCode(shared.code);
    runProgram();
  });
  extra.replaceChildren(el('div', { class: 'shared-results' },
    renderComparison(shared.results, here ?? empty, {
      labels: ['sender', 'here'],
      title: `Results from the link: ${shared.results.env.browser}, ${shared.results.env.os}` +
        `${shared.results.env.cpus ? `, ${shared.results.env.cpus} CPUs` : ''}`,
      ratioTitle: "the sender's time / the time here",
    }), button));
}

/**
 * Restore the state of a share link in the fragment; never runs anything. The user's own
 * program stays saved (see `fromLink`) and the link's settings are not kept.
 */
async function openShareLink() {
  if (!isShareFragment(location.hash)) return;
  // Edits typed just before a link is pasted into this tab are saved first.
  keepCode(editor.getCode());
  try {
    const state = await decodeShare(location.hash);
    fromLink = state.code;
    editor.setCode(state.code);
    jitInputs.enabled.checked = state.jit.enabled;
    jitInputs.threshold.value = String(state.jit.threshold);
    applySettings();
    shared = state;
    banner.hidden = true;
    if (state.results) showShared();
    else extra.replaceChildren();
    consoleView.note('Opened a shared program. Nothing has run yet. Your own program stays saved here until you edit this one.', 'info');
  } catch (err) {
    if (!(err instanceof ShareLinkError)) throw err;
    fromLink = '';
    shared = null;
    editor.setCode('');
    extra.replaceChildren();
    banner.hidden = false;
    banner.setAttribute('role', 'alert');
    banner.className = 'tiers-banner share-error';
    banner.textContent = `This share link cannot be opened: ${err.message}. Nothing was run; the playground is empty and ready. Ask the sender for the link again.`;
    consoleView.note(`Share link: ${err.message}.`, 'error');
  }
  // A reload shows what is saved here (the shared code once edited), not the link again.
  history.replaceState(null, '', location.pathname + location.search);
}

// A link pasted into this tab's address bar opens like a fresh load.
window.addEventListener('hashchange', () => {
  if (isShareFragment(location.hash)) window.pave.shareOpened = openShareLink();
});

const shareDialog = new ShareDialog(() => ({
  code: editor.getCode(),
  jit: jitSettings(),
  results: lastRun && lastRun.code === editor.getCode() ? lastRun.results : null,
}));

buttons.compare.addEventListener('click', compareTiers);
buttons.share.addEventListener('click', () => shareDialog.open());
buttons.run.addEventListener('click', runProgram);
buttons.stop.addEventListener('click', stop);
buttons.clear.addEventListener('click', () => {
  consoleView.clear();
  editor.clearError();
  repl.cancelBlock();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    runProgram();
  }
});

const examples = $('#examples');
for (const example of EXAMPLES) examples.add(new Option(example.title, example.id));
examples.addEventListener('change', () => {
  const example = EXAMPLES.find((x) => x.id === examples.value);
  examples.value = '';
  if (!example) return;
  fromLink = null;
  editor.setCode(example.code);
  saveCode(example.code);
  editor.focus();
});

function showFacts() {
  const isolated = !isolationProblem();
  status.setInfo([
    [`Pave ${facts.version}`, 'RustPython 0.6 compiled to WebAssembly, running in a Web Worker'],
    [`loaded in ${formatMs(facts.loadMs)}`,
      `from navigation to a ready session: wasm compile ${formatMs(facts.compileMs)}, ` +
      `session start ${formatMs(facts.startMs)}` +
      (facts.spareMs === null ? '' : `; spare session ready in ${formatMs(facts.spareMs)}`)],
    [isolated ? 'isolated' : 'not isolated',
      isolated ? 'cross-origin isolated: input() and Stop work fully' : isolationProblem()],
  ]);
}

async function boot() {
  setState('loading');
  status.set('loading', 'Loading Python…');
  try {
    const info = await runner.start(window.paveBoot ?? startLoading());
    facts = { ...facts, version: info.version, compileMs: info.compileMs, startMs: info.startMs, loadMs: performance.now() };
  } catch (err) {
    status.set('error', `Python could not start: ${err.message}`);
    consoleView.note(`Python could not start: ${err.message}`, 'error');
    return;
  }
  applySettings();
  showFacts();
  status.set('ready', 'Ready');
  setState('idle');
  repl.setMode('repl');
  if (isolationProblem()) consoleView.note(`Note: ${isolationProblem()}.`, 'info');
}

function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function loadCode() {
  try {
    return localStorage.getItem(CODE_KEY);
  } catch {
    return null;
  }
}

function saveCode(code) {
  try {
    localStorage.setItem(CODE_KEY, code);
  } catch {
    // Without storage the code lasts for this page only.
  }
}

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// For the browser tests and for poking around in devtools.
window.pave = {
  editor, console: consoleView, runner, tiers, drawing, facts: () => ({ ...facts }), shareOpened: openShareLink(), ready: boot(),
};
