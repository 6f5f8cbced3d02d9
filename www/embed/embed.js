// The embeddable widget: one `<script type="module" src=".../www/dist/embed.js">` on any
// page turns every `<pave-snippet>` into a small runnable Python editor (the element's text
// is the code): Run, the output, a turtle drawing under the code when the program draws
// (www/core/ui/drawing.js, as in the playground: clicks and keys go to the program), a tier
// badge per function, and "open in playground" (a share link, www/core/share.js). The
// widgets on a page share one Python worker, started on the first Run (none is loaded
// before); each widget has a session of its own in it, so snippets never see each other's
// globals. Runs take turns: Stop on a widget whose run waits only takes it out of the
// queue. Output is an OutputLog (www/core/ui/output-log.js): rendered once per animation
// frame, the last MAX_OUTPUT_CHARS characters kept.
// Attributes: `threshold` (JIT threshold, default 50), `nojit`.
//
// The host page's Content-Security-Policy (measured in Chromium 156): without
// 'wasm-unsafe-eval' the page may not compile WebAssembly, but a worker's policy is the one
// of the worker script's own response, not the page's, and instantiating a module compiled
// elsewhere is allowed. So when the page may not compile the VM, the worker compiles it
// (sent as bytes); when the worker may not compile either, nothing can run and the widget
// says why; when only the worker's policy forbids it, tier 0 runs and tier 1 is off (the
// worker reports that, see www/core/worker.js).

import { startLoading } from '../core/boot.js';
import { ResetError, Runner } from '../core/runner.js';
import { createEditor } from '../core/ui/editor.js';
import { OutputLog } from '../core/ui/output-log.js';
import { DrawingView } from '../core/ui/drawing.js';
import { el, formatMs, shownState, tierBadge, whyNotCompiled } from '../core/ui/tiers.js';
import { encodeShare } from '../core/share.js';

/** How much output a widget keeps (the oldest goes first, and the widget says so). */
const MAX_OUTPUT_CHARS = 100_000;
// Relative to the bundle, www/dist/embed.js (tools/bundle.mjs), not to this file.
const WASM_URL = new URL('../../pkg/pave_bg.wasm', import.meta.url);
const PLAYGROUND_URL = new URL('../../index.html', import.meta.url).href;

/** The widgets' shared Python, started by the first Run. */
let python = null;
/** The widget whose program runs now (gets the output and reports). */
let current = null;
/** Runs are one at a time: each waits for the one before. */
let queue = Promise.resolve();

/** Start the shared worker; resolves to `{runner, notes}` (notes: what the policy blocked). */
function startPython() {
  const notes = [];
  const boot = startLoading();
  // A page whose CSP forbids compiling WebAssembly: let the worker compile the VM.
  const module = boot.module.catch(async (err) => {
    if (!(err instanceof WebAssembly.CompileError) || !/Content Security/i.test(err.message)) throw err;
    notes.push("this page's Content-Security-Policy forbids compiling WebAssembly ('wasm-unsafe-eval'), so the worker compiled Python itself");
    const response = await fetch(WASM_URL);
    if (!response.ok) throw new Error(`cannot load ${WASM_URL.pathname} (HTTP ${response.status})`);
    return response.arrayBuffer();
  });
  const runner = new Runner({
    output: (stream, text) => current?.write(stream, text),
    // A snippet has no input line: answer end of input (EOFError) rather than wait forever.
    inputRequest: () => {
      current?.write('stderr', '\n[input() is not available in a snippet; open it in the playground]\n');
      runner.sendInput(null);
    },
    reset: (message) => current?.write('stderr', `\n${message}\n`),
    draw: (numbers, strings) => current?.drawing.draw(numbers, strings),
    spareReady: () => {},
    report: (report) => current?.showTiers(report, true),
  }, { spare: false });
  return runner.start({ ...boot, module }).then((info) => {
    if (info.tier1 && !info.tier1.available) notes.push(`tier 1 is off: ${info.tier1.reason}`);
    return { runner, notes, info };
  });
}

const STYLE = `
:host { display: block; margin: 1.2em 0; font: 14px/1.45 system-ui, sans-serif; color: var(--fg);
  --sans: system-ui, sans-serif; --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --code-size: 13.5px; --bg: #f6f7fa; --panel: #fff; --editor-bg: #fff; --fg: #1d2433; --muted: #6b7385;
  --border: #dde1e8; --accent: #2f6fdb; --accent-fg: #fff; --active-line: #f4f6fa; --selection: #cfe0ff;
  --error: #c62828; --error-line: #fdecec; --tok-keyword: #8a3ab9; --tok-string: #1f7a3a; --tok-number: #b15c00;
  --tok-comment: #8b93a3; --tok-function: #2455b3; --tok-class: #9a6700; --tok-self: #c2185b;
  --tok-punct: #4b5366; --tok-meta: #0b7285; }
.box { border: 1px solid var(--border); border-radius: 8px; overflow: hidden; background: var(--panel); }
.bar { display: flex; align-items: center; gap: 8px; padding: 6px 10px; background: var(--bg); border-bottom: 1px solid var(--border); font-size: 12px; }
.bar .title { flex: 1; color: var(--muted); font-weight: 600; }
button { font: inherit; height: 28px; padding: 0 12px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); font-weight: 600; cursor: pointer; }
button:disabled { opacity: 0.5; cursor: default; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
.editor .cm-editor { max-height: 30em; } .editor .cm-editor.cm-focused { outline: none; }
.out { margin: 0; padding: 8px 10px; max-height: 14em; overflow: auto; border-top: 1px solid var(--border); font: 13px/1.45 var(--mono); white-space: pre-wrap; background: var(--bg); }
.out:empty { display: none; }
.out > .chunk { content-visibility: auto; contain-intrinsic-size: auto 10em; }
.out-stderr { color: var(--error); }
.trimmed-note { color: var(--muted); font-style: italic; }
.tiers { display: flex; flex-wrap: wrap; gap: 6px 12px; padding: 6px 10px; border-top: 1px solid var(--border); font-size: 12px; }
.tiers:empty { display: none; }
.fn { font-family: var(--mono); }
.tier-badge { margin-left: 4px; padding: 1px 7px; border-radius: 10px; font-size: 11px; font-weight: 600; background: #eef1f6; color: var(--muted); }
.tier-compiled { background: var(--accent); color: var(--accent-fg); }
.tier-deoptimised { background: #c77700; color: #fff; }
.tier-not_compilable { background: transparent; border: 1px dashed var(--muted); }
.note { padding: 6px 10px; border-top: 1px solid var(--border); color: #9a5b00; font-size: 12px; }
.note:empty { display: none; }
.status { color: var(--muted); font-size: 12px; }
.drawing { border-top: 1px solid var(--border); }
.drawing[hidden] { display: none; }
.pane-title { display: flex; align-items: center; gap: 8px; padding: 4px 10px; font-size: 11px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.5px; background: var(--bg); border-bottom: 1px solid var(--border); }
.drawing-title { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.drawing-hint { font-weight: 400; text-transform: none; letter-spacing: 0; color: var(--accent); }
.drawing-actions { display: flex; gap: 6px; }
.drawing-save { height: 22px; padding: 0 8px; font-size: 11px; background: var(--panel); color: var(--accent); }
.drawing-stage { position: relative; height: 320px; background: var(--bg); outline: none; touch-action: none; }
.drawing-stage:focus-visible { box-shadow: inset 0 0 0 2px var(--accent); }
.drawing-stage canvas { position: absolute; inset: 0; width: 100%; height: 100%; }
`;

/** One stylesheet for every widget (constructed, so a strict style-src CSP allows it). */
let sheet = null;
function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** Remove the common indentation of the element's text (HTML is usually indented). */
export function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((l) => l.slice(cut)).join('\n')}\n`;
}

export class PaveSnippet extends HTMLElement {
  static count = 0;

  connectedCallback() {
    if (this.shadowRoot) return;
    this.sessionName = `snippet-${++PaveSnippet.count}`;
    /** 'idle', 'queued' (waiting for Python or for the runs before it) or 'running'. */
    this.phase = 'idle';
    /** Which press of Run the queued run belongs to; taking it out of the queue moves on. */
    this.ticket = 0;
    const code = dedent(this.textContent);
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [widgetSheet()];
    this.runButton = el('button', { type: 'button', class: 'run', part: 'run', onclick: () => this.run() }, '▶ Run');
    this.status = el('span', { class: 'status' });
    this.link = el('a', { class: 'open', href: PLAYGROUND_URL, target: '_blank', rel: 'noopener', part: 'link',
      onclick: (e) => this.openInPlayground(e) }, 'open in playground ↗');
    const editorBox = el('div', { class: 'editor' });
    const drawingBox = el('section', { class: 'drawing', part: 'drawing', 'aria-label': 'Drawing', hidden: '' });
    this.drawing = new DrawingView(drawingBox, {
      filename: this.id || 'turtle',
      onEvent: (event) => {
        if (current === this) python?.then(({ runner }) => runner.sendEvent(event));
      },
    });
    this.out = el('pre', { class: 'out', part: 'output', 'aria-live': 'polite' });
    this.output = new OutputLog(this.out, this.out, MAX_OUTPUT_CHARS);
    this.tiers = el('div', { class: 'tiers', part: 'tiers' });
    this.note = el('div', { class: 'note', part: 'note' });
    root.append(el('div', { class: 'box' },
      el('div', { class: 'bar' }, this.runButton, el('span', { class: 'title' }, 'Python · Pave'), this.status, this.link),
      editorBox, drawingBox, this.out, this.tiers, this.note));
    this.editor = createEditor(editorBox, { doc: code, onRun: () => this.run(), onChange: () => {} });
  }

  get threshold() {
    const n = Number(this.getAttribute('threshold') ?? 50);
    return Number.isInteger(n) && n >= 0 ? n : 50;
  }

  /** Output of this widget's program: rendered once per animation frame. */
  write(stream, text) {
    this.output.write(stream, text);
  }

  /** A badge per function of the tier report (live while it runs). */
  showTiers(report, live = false) {
    const functions = Array.isArray(report?.functions) ? report.functions : [];
    this.tiers.replaceChildren(...functions.map((f) => el('span', {
      class: 'fn-tier', dataset: { fn: f.name, state: shownState(f, report).kind },
      title: `${f.calls.interp} calls in tier 0, ${f.calls.jit} in tier 1` +
        (whyNotCompiled(f, report) ? `; ${whyNotCompiled(f, report)}` : ''),
    }, el('span', { class: 'fn' }, f.name), tierBadge(shownState(f, report)))));
    this.editor.setTierMarks(functions.map((f) => ({ line: f.line, state: shownState(f, report).kind, name: f.name, label: shownState(f, report).label })));
    if (live) this.status.textContent = 'running…';
  }

  /**
   * The Run button: run, or, while this widget's run waits its turn, take it out of the
   * queue, or, while it runs, stop it. Stop never touches another widget's run.
   */
  async run() {
    if (this.phase === 'queued') {
      this.ticket++;
      this.finish();
      this.status.textContent = 'stopped before it ran';
      return;
    }
    if (this.phase === 'running') {
      if (current === this) {
        this.drawing.freeze();
        python?.then(({ runner }) => runner.stop());
      }
      return;
    }
    this.phase = 'queued';
    const ticket = ++this.ticket;
    this.runButton.textContent = '■ Stop';
    this.output.clear();
    this.editor.clearError();
    this.status.textContent = python ? 'waiting…' : 'loading Python…';
    const done = queue.then(() => this.execute(ticket));
    queue = done.catch(() => {});
    await done;
  }

  /** Run the program once the runs queued before it are done, unless it was taken out. */
  async execute(ticket) {
    if (ticket !== this.ticket) return;
    let loaded;
    try {
      python ??= startPython();
      loaded = await python;
    } catch (err) {
      python = null;
      if (ticket !== this.ticket) return;
      this.status.textContent = 'could not run';
      this.note.textContent = `Python could not start: ${err.message}`;
      this.finish();
      return;
    }
    if (ticket !== this.ticket) return;
    try {
      this.phase = 'running';
      this.note.textContent = loaded.notes.join('; ');
      current = this;
      this.status.textContent = 'running…';
      const jit = { enabled: !this.hasAttribute('nojit'), threshold: this.threshold };
      this.drawing.startRun();
      let result;
      try {
        result = await loaded.runner.run(this.editor.getCode(), 'snippet.py', { fresh: { jit }, keep: this.sessionName });
      } finally {
        this.drawing.endRun();
      }
      const { outcome, report } = result;
      if (outcome.error?.traceback) this.write('stderr', outcome.error.traceback);
      this.output.flush();
      if (outcome.error?.line) this.editor.markError(outcome.error.line);
      this.showTiers(report);
      this.status.textContent = `${outcome.error ? outcome.error.type : 'done'} in ${formatMs(outcome.elapsed_ms)}`;
    } catch (err) {
      if (!(err instanceof ResetError)) throw err;
      this.output.flush();
      this.status.textContent = 'session reset';
    } finally {
      this.finish();
    }
  }

  finish() {
    if (current === this) current = null;
    this.phase = 'idle';
    this.runButton.textContent = '▶ Run';
  }

  /** Open the snippet in the playground (its code in a share link). */
  async openInPlayground(event) {
    event.preventDefault();
    const url = await encodeShare({ code: this.editor.getCode(), jit: { enabled: !this.hasAttribute('nojit'), threshold: this.threshold } }, PLAYGROUND_URL);
    this.link.href = url;
    window.open(url, '_blank', 'noopener');
  }
}

if (!customElements.get('pave-snippet')) customElements.define('pave-snippet', PaveSnippet);

/** For tests: whether the shared worker has been started. */
export function pythonStarted() {
  return python !== null;
}
window.paveEmbed = { started: pythonStarted };
