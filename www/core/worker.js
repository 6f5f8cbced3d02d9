// The Python worker: owns one `WebSession` (src/web.rs) and runs Python synchronously, so
// the page never freezes. It receives the compiled `WebAssembly.Module` from the page
// (compiled once, shared by every worker), instantiates it, and answers the messages of
// www/core/protocol.js. Output goes to the page as it is written, through a shared ring
// (www/core/output-ring.js; one message per write where there is no shared memory);
// `input()`, Stop and `time.sleep` go through shared memory too (www/core/control.js),
// because this thread is busy while Python runs. Turtle drawings arrive from the VM in
// batches (`draw`) and go to the page as DRAW messages; clicks and keys come back through
// the control buffer.
// One script for every page that runs Python (the playground and the widget, via Runner).
//
// A JavaScript exception escaping the VM (a Rust panic, a wasm trap, the JS stack
// overflowing) means the instance is broken: the worker reports FATAL and refuses further
// work, and the page replaces it with a fresh one.

import { initSync, WebSession } from '../../pkg/pave.js';
import { WorkerControl } from './control.js';
import { describeCrash } from './crash.js';
import { RingWriter } from './output-ring.js';
import { FromWorker, ProtocolError, ToWorker, assertExhaustive, dispatch } from './protocol.js';

/** @type {WebSession|null} */
let session = null;
/** @type {WorkerControl|null} */
let control = null;
/** @type {RingWriter|null} */
let output = null;
let broken = false;
let lastPanic = '';
/** Whether this worker may compile new WebAssembly modules (tier 1), and if not, why. */
let tier1 = { available: true, reason: '' };
/** The request running now, for the live tier reports: `{id, session, lastReport}`. */
let running = null;
/** Sessions kept by name for RUN's `keep` (one per widget). */
const kept = new Map();
/** Why input() cannot work here (no shared memory), for the sessions made later. */
let hostNote = '';

/** How often the tier report is posted while a program runs. */
const LIVE_REPORT_MS = 250;

const post = (msg, transfer = []) => self.postMessage(msg, transfer);

// console_error_panic_hook reports a Rust panic through console.error just before the
// trap; keep its text so the page can say what broke.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  lastPanic = args.map(String).join(' ');
  consoleError(...args);
};

/**
 * The stdlib the wasm module leaves out (tools/stdlib.mjs): `index.modules[name]` says
 * whether `name` is a package and, for the core set, where its code is in `core`; the rest
 * is fetched from `base + 'mod/NAME.bin'` on first import, with a synchronous request
 * (allowed in workers; the VM cannot wait for a promise).
 * @type {{index: {modules: Record<string, {package: boolean, core?: [number, number]}>},
 *          core: ArrayBuffer, base: string}|null}
 */
let stdlib = null;

function stdlibModule(name) {
  const entry = stdlib && Object.hasOwn(stdlib.index.modules, name) ? stdlib.index.modules[name] : null;
  if (!entry) return null;
  if (entry.core) return { code: new Uint8Array(stdlib.core, entry.core[0], entry.core[1]), package: entry.package };
  const request = new XMLHttpRequest();
  request.open('GET', `${stdlib.base}mod/${name}.bin`, false);
  request.responseType = 'arraybuffer';
  try {
    request.send();
  } catch (err) {
    throw new Error(`could not download module ${name}: ${err.message}`);
  }
  if (request.status !== 200) throw new Error(`could not download module ${name} (HTTP ${request.status})`);
  return { code: new Uint8Array(request.response), package: entry.package };
}

/**
 * Post the tier report of the running program if the last one is LIVE_REPORT_MS old.
 * Called from the host callbacks the VM makes while it runs: output, and the interrupt
 * checks that interpreted calls and compiled loops make. A report that cannot be taken at
 * this instant (records being updated) is simply skipped.
 */
function liveReport() {
  if (!running) return;
  const now = performance.now();
  if (now - running.lastReport < LIVE_REPORT_MS) return;
  running.lastReport = now;
  try {
    const report = running.session.liveReport();
    if (report) post({ kind: FromWorker.REPORT, id: running.id, report });
  } catch {
    // A live report is a nicety; the final one comes with DONE.
  }
}

/**
 * Can this worker compile a new WebAssembly module? Its Content-Security-Policy (that of
 * the worker script's own response, not the page's; measured in Chromium 156) may lack
 * 'wasm-unsafe-eval', which blocks compiling while still allowing instantiating a module
 * compiled elsewhere (the VM, compiled by the page).
 */
function probeTier1() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return { available: true, reason: '' };
  } catch (err) {
    return {
      available: false,
      reason: "the Content-Security-Policy of this page's Python worker does not allow " +
        "'wasm-unsafe-eval', so hot functions cannot be compiled to new WebAssembly modules; " +
        `everything runs in the interpreter (${err.message.split('.')[0]})`,
    };
  }
}

/**
 * Apply JIT settings, keeping tier 1 off where it cannot work. `jit.objects`, optional,
 * names which hot functions on objects tier 1 takes (`WebSession.setObjects`: loops,
 * budgeted, all, off); without it the session keeps its policy (a new one: loops). An
 * unknown name is the page's bug, not a broken VM: a ProtocolError (see `guarded`).
 */
function applyJit(s, jit) {
  s.setJit(Boolean(jit.enabled) && tier1.available, jit.threshold >>> 0);
  if (jit.objects !== undefined) {
    try {
      s.setObjects(String(jit.objects));
    } catch (err) {
      throw new ProtocolError(`jit.objects: ${err.message}`);
    }
  }
  // Without tier 1, still show each function's calls and times (and that the JIT is off).
  if (!tier1.available) s.setProfile(true);
}

/** Run `fn(session)` for request `id`, with live tier reports while it runs. */
function withLiveReports(id, s, fn) {
  running = { id, session: s, lastReport: performance.now() };
  try {
    return fn();
  } finally {
    running = null;
  }
}

/** The host object the VM calls synchronously (see src/web.rs). */
function makeHost(isolationNote) {
  const host = {
    write(stream, text) {
      if (output) output.write(stream, text);
      else post({ kind: FromWorker.OUTPUT, stream, text });
      liveReport();
    },
    readline(prompt) {
      if (!control) throw new Error(isolationNote);
      control.expectLine();
      post({ kind: FromWorker.INPUT_REQUEST, prompt });
      return control.waitForLine();
    },
    interrupted() {
      liveReport();
      return control !== null && control.takeInterrupt();
    },
    draw(numbers, strings) {
      post({ kind: FromWorker.DRAW, numbers, strings }, [numbers.buffer]);
    },
    // A click or key in the drawing, null when none came in time, undefined on Stop;
    // false where the page cannot send any (no shared memory).
    nextEvent(timeoutMs) {
      return control ? control.nextEvent(timeoutMs) : false;
    },
    stdlibModule,
  };
  if (control) host.sleep = (ms) => control.sleep(ms);
  return host;
}

/** Run `fn` against the VM; a JS exception means the VM is broken: report it as FATAL. */
function guarded(fn) {
  if (broken || !session) {
    post({ kind: FromWorker.FATAL, message: 'the Python VM is not available' });
    return;
  }
  try {
    fn(session);
  } catch (err) {
    // A malformed request: reported by `onmessage` below, the VM itself is fine.
    if (err instanceof ProtocolError) throw err;
    broken = true;
    post({ kind: FromWorker.FATAL, message: describeCrash(err, lastPanic) });
  }
}

/** Post a run's outcome with the tier report of `s` (per function: tier, calls, times). */
function finish(id, outcome, s = session) {
  let report = null;
  try {
    report = s.report();
  } catch (err) {
    report = { summary: `tier report unavailable: ${err}` };
  }
  post({ kind: FromWorker.DONE, id, outcome, report });
}

/** The IR comment block `WebSession.wat` puts first, removed (the IR has its own tab). */
function watOnly(text) {
  if (typeof text !== 'string') return null;
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith(';;')) i++;
  return lines.slice(i).join('\n');
}

const handlers = {
  [ToWorker.INIT]({ module, stdlib: library, control: buffer, output: ring, isolationNote }) {
    const start = performance.now();
    tier1 = probeTier1();
    try {
      stdlib = library;
      // A compiled `WebAssembly.Module`, or its bytes when the page may not compile (then
      // this worker compiles it, if its own policy allows).
      const vm = initSync({ module });
      // For the browser tests and devtools: how much wasm memory this worker holds.
      self.pave = { wasmMemoryBytes: () => vm.memory.buffer.byteLength };
      control = buffer ? new WorkerControl(buffer) : null;
      output = ring ? new RingWriter(ring) : null;
      session = new WebSession(makeHost(isolationNote));
      if (!tier1.available) applyJit(session, { enabled: false, threshold: 0 });
    } catch (err) {
      broken = true;
      post({ kind: FromWorker.FATAL, message: `could not start Python: ${describeCrash(err, lastPanic)}` });
      return;
    }
    hostNote = isolationNote;
    post({ kind: FromWorker.READY, version: WebSession.version(), startMs: performance.now() - start, tier1 });
  },
  [ToWorker.RUN]({ id, source, filename, fresh, keep }) {
    control?.clearEvents();
    guarded((s) => {
      if (!fresh) {
        s.resetReport();
        finish(id, withLiveReports(id, s, () => s.run(source, filename)));
        return;
      }
      // A session of its own, with the same host: new and thrown away after the run, or,
      // with `keep`, made on first use and kept under that name (a RustPython interpreter
      // that is dropped does not give back all its memory: measured, about 0.8 MB each).
      const other = (keep && kept.get(keep)) || new WebSession(makeHost(hostNote));
      if (keep) kept.set(keep, other);
      try {
        applyJit(other, fresh.jit);
        // Per-function times with the JIT off too (see `WebSession.setProfile`).
        other.setProfile(Boolean(fresh.profile) || !tier1.available);
        other.resetReport();
        finish(id, withLiveReports(id, other, () => other.run(source, filename)), other);
      } finally {
        if (!keep) other.free();
      }
    });
  },
  [ToWorker.CODE]({ id, name }) {
    guarded((s) => post({ kind: FromWorker.CODE, id, wat: watOnly(s.wat(name)), ir: s.ir(name) ?? null }));
  },
  [ToWorker.REPL_CHECK]({ id, source }) {
    guarded((s) => post({ kind: FromWorker.CHECKED, id, status: s.replCheck(source) }));
  },
  [ToWorker.REPL_RUN]({ id, source }) {
    guarded((s) => finish(id, withLiveReports(id, s, () => s.replRun(source))));
  },
  [ToWorker.CONFIGURE]({ jit }) {
    guarded((s) => applyJit(s, jit));
  },
};
assertExhaustive(ToWorker, handlers);

self.onmessage = (event) => {
  try {
    dispatch(event.data, handlers);
  } catch (err) {
    post({ kind: FromWorker.FATAL, message: `worker: ${err.message}` });
  }
};
