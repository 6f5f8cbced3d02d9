// The playground page: wires the editor, the console with its REPL line, the toolbar and
// the status line to the Runner (www/runner.js), which owns the Python workers. The page
// itself never runs Python, so it stays responsive whatever the program does.

import { startLoading } from './boot.js';
import { ResetError, Runner } from './runner.js';
import { isolationProblem } from './control.js';
import { createEditor } from './ui/editor.js';
import { ConsoleView } from './ui/console.js';
import { Repl } from './ui/repl.js';
import { EXAMPLES } from './ui/examples.js';
import { StatusLine } from './ui/status.js';
import { setupTheme } from './ui/theme.js';
import { showReport, summarizeReport } from './ui/tiers.js';

const CODE_KEY = 'pave.code';
const $ = (selector) => document.querySelector(selector);

const status = new StatusLine($('.status'));
const consoleView = new ConsoleView($('.console'));
const buttons = { run: $('#run'), stop: $('#stop'), clear: $('#clear') };
setupTheme($('#theme'));

let state = 'loading';
let facts = { version: '?', loadMs: 0, compileMs: 0, startMs: 0, spareMs: null };

function setState(next) {
  state = next;
  document.body.dataset.state = next;
  buttons.run.disabled = next !== 'idle';
  buttons.stop.disabled = next !== 'running' && next !== 'input';
}

const editor = createEditor($('#editor'), {
  doc: loadCode() ?? EXAMPLES[0].code,
  onRun: () => runProgram(),
  onChange: debounce((code) => saveCode(code), 300),
});

const runner = new Runner({
  output: (stream, text) => consoleView.write(stream, text),
  inputRequest: () => {
    setState('input');
    status.set('input', 'Waiting for input…');
    repl.setMode('input');
  },
  reset: (message) => consoleView.note(message, 'reset'),
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

/** Run a program (the editor's code) or a REPL entry and show how it ended. */
async function execute(kind, source) {
  setState('running');
  repl.setMode('busy');
  status.running();
  try {
    const { outcome, report } = kind === 'program'
      ? await runner.run(source, 'main.py')
      : await runner.replRun(source);
    consoleView.flush();
    const error = outcome.error;
    if (error?.traceback) consoleView.error(error.traceback);
    if (outcome.exit_code !== 0 && !error?.traceback) consoleView.note(`exit status ${outcome.exit_code}`);
    if (kind === 'program' && error?.line) editor.markError(error.line);
    const summary = summarizeReport(report);
    if (summary) consoleView.note(summary);
    showReport($('#tiers'), report);
    const took = formatMs(outcome.elapsed_ms);
    status.set(error ? 'error' : 'ready', error ? `${error.type} after ${took}` : `Done in ${took}`);
  } catch (err) {
    if (!(err instanceof ResetError)) throw err;
    status.set('error', 'Session reset');
  } finally {
    setState('idle');
    repl.setMode('repl');
  }
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
  runner.stop();
}

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
window.pave = { editor, console: consoleView, runner, facts: () => ({ ...facts }), ready: boot() };
