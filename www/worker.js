// The Python worker: owns one `WebSession` (src/web.rs) and runs Python synchronously,
// so the page never freezes. It receives the compiled `WebAssembly.Module` from the page
// (compiled once, shared by every worker), instantiates it, and answers the messages of
// www/protocol.js. Output goes to the page as it is written, through a shared ring
// (www/output-ring.js; one message per write where there is no shared memory); `input()`,
// Stop and `time.sleep` go through shared memory too (www/control.js), because this thread
// is busy while Python runs.
//
// A JavaScript exception escaping the VM (a Rust panic, a wasm trap, the JS stack
// overflowing) means the instance is broken: the worker reports FATAL and refuses further
// work, and the page replaces it with a fresh one.

import { initSync, WebSession } from '../pkg/pave.js';
import { WorkerControl } from './control.js';
import { RingWriter } from './output-ring.js';
import { FromWorker, ToWorker, assertExhaustive, dispatch } from './protocol.js';

/** @type {WebSession|null} */
let session = null;
/** @type {WorkerControl|null} */
let control = null;
/** @type {RingWriter|null} */
let output = null;
let broken = false;
let lastPanic = '';

const post = (msg) => self.postMessage(msg);

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

/** The host object the VM calls synchronously (see src/web.rs). */
function makeHost(isolationNote) {
  const host = {
    write(stream, text) {
      if (output) output.write(stream, text);
      else post({ kind: FromWorker.OUTPUT, stream, text });
    },
    readline(prompt) {
      if (!control) throw new Error(isolationNote);
      control.expectLine();
      post({ kind: FromWorker.INPUT_REQUEST, prompt });
      return control.waitForLine();
    },
    interrupted() {
      return control !== null && control.takeInterrupt();
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
    broken = true;
    post({ kind: FromWorker.FATAL, message: describeCrash(err) });
  }
}

function describeCrash(err) {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  if (err instanceof RangeError) return `the JavaScript stack overflowed (${what})`;
  if (lastPanic) return `the VM panicked: ${lastPanic.split('\n')[0]}`;
  return `the VM crashed (${what})`;
}

/** Post a run's outcome with the session's tier report (per function: tier, calls, times). */
function finish(id, outcome) {
  let report = null;
  try {
    report = session.report();
  } catch (err) {
    report = { summary: `tier report unavailable: ${err}` };
  }
  post({ kind: FromWorker.DONE, id, outcome, report });
}

const handlers = {
  [ToWorker.INIT]({ module, stdlib: library, control: buffer, output: ring, isolationNote }) {
    const start = performance.now();
    try {
      stdlib = library;
      initSync({ module });
      control = buffer ? new WorkerControl(buffer) : null;
      output = ring ? new RingWriter(ring) : null;
      session = new WebSession(makeHost(isolationNote));
    } catch (err) {
      broken = true;
      post({ kind: FromWorker.FATAL, message: `could not start Python: ${describeCrash(err)}` });
      return;
    }
    post({ kind: FromWorker.READY, version: WebSession.version(), startMs: performance.now() - start });
  },
  [ToWorker.RUN]({ id, source, filename }) {
    guarded((s) => {
      s.resetReport();
      finish(id, s.run(source, filename));
    });
  },
  [ToWorker.REPL_CHECK]({ id, source }) {
    guarded((s) => post({ kind: FromWorker.CHECKED, id, status: s.replCheck(source) }));
  },
  [ToWorker.REPL_RUN]({ id, source }) {
    guarded((s) => finish(id, s.replRun(source)));
  },
  [ToWorker.CONFIGURE]({ jit }) {
    guarded((s) => s.setJit(Boolean(jit.enabled), jit.threshold >>> 0));
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
