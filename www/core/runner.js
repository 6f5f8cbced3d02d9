// The page's handle on Python: takes the wasm module compiled once by www/core/boot.js,
// keeps one active worker and one pre-warmed spare (each instantiates that same module),
// sends requests and routes the worker's messages (www/core/protocol.js).
// Used by the playground and by the widget.
//
// Stop: set the shared interrupt flag (www/core/control.js), which the VM turns into
// `KeyboardInterrupt` at its next safe point (output, input(), time.sleep). RustPython on
// wasm32 checks no signals between bytecodes, so a loop that never reaches a safe point
// (`while True: pass`) cannot be interrupted: if the worker is not idle STOP_GRACE_MS after
// Stop, it is terminated and the spare, already started, takes its place. The session's
// globals are lost, and the user is told so. A crashed VM (panic, trap, stack overflow) is
// replaced the same way.
//
// Runs in throwaway sessions (Compare tiers) go to a worker of their own, the spare, which
// is terminated afterwards: a dropped RustPython session does not give back all of its
// wasm memory (about 0.8 MB each, measured), so making them in the active worker grew it
// with every Compare until the page was reloaded.

import { spawnWorker } from './boot.js';
import { PageControl, controlBuffer, isolationProblem } from './control.js';
import { RingReader, outputBuffer } from './output-ring.js';
import { FromWorker, ToWorker, assertExhaustive, dispatch } from './protocol.js';

/** How long Stop waits for the program to reach a safe point before resetting the worker. */
export const STOP_GRACE_MS = 300;
/** How often the page reads the output ring while the worker is busy. */
const DRAIN_INTERVAL_MS = 15;

/** A request that did not finish because its worker was replaced. */
export class ResetError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ResetError';
  }
}

/** One worker with its shared control buffer and outstanding requests. */
class PythonWorker {
  /**
   * @param {WebAssembly.Module} module
   * @param {object|null} stdlib see ToWorker.INIT
   * @param {(worker: PythonWorker, msg: object) => void} onEvent output, input and fatal messages
   * @param {Worker} [worker] an already started worker to use (see www/core/boot.js)
   */
  constructor(module, stdlib, onEvent, worker = spawnWorker()) {
    assertExhaustive(FromWorker, this.handlers);
    this.onEvent = onEvent;
    this.control = new PageControl(controlBuffer());
    const output = outputBuffer(Boolean(this.control.buffer));
    this.reader = output && new RingReader(output);
    this.drainTimer = 0;
    this.pending = new Map();
    this.info = null;
    this.dead = false;
    this.ready = new Promise((resolve, reject) => {
      this.settleReady = { resolve, reject };
    });
    // Unhandled if nobody ever awaits this worker; the fatal path reports it instead.
    this.ready.catch(() => {});
    this.worker = worker;
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.receive({ kind: FromWorker.FATAL, message: `worker error: ${event.message || 'failed to load'}` });
    };
    this.worker.postMessage({
      kind: ToWorker.INIT,
      module,
      stdlib,
      control: this.control.buffer,
      output,
      isolationNote: isolationProblem(),
    });
  }

  get busy() {
    return this.pending.size > 0;
  }

  receive(msg) {
    if (this.dead) return;
    try {
      dispatch(msg, this.handlers);
    } catch (err) {
      this.onEvent(this, { kind: FromWorker.FATAL, message: `page: ${err.message}` });
    }
  }

  handlers = {
    [FromWorker.READY]: (msg) => {
      this.info = msg;
      this.settleReady.resolve(msg);
    },
    [FromWorker.OUTPUT]: (msg) => this.onEvent(this, msg),
    [FromWorker.DRAW]: (msg) => this.onEvent(this, msg),
    [FromWorker.INPUT_REQUEST]: (msg) => {
      this.drain();
      this.onEvent(this, msg);
    },
    [FromWorker.DONE]: (msg) => {
      this.drain();
      this.settle(msg.id, { outcome: msg.outcome, report: msg.report });
    },
    [FromWorker.REPORT]: (msg) => this.onEvent(this, msg),
    [FromWorker.CODE]: (msg) => this.settle(msg.id, { wat: msg.wat, ir: msg.ir }),
    [FromWorker.CHECKED]: (msg) => this.settle(msg.id, msg.status),
    [FromWorker.FATAL]: (msg) => {
      this.settleReady.reject(new ResetError(msg.message));
      this.onEvent(this, msg);
    },
  };

  request(kind, fields) {
    const id = PythonWorker.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.control.clearInterrupt();
      if (this.reader && !this.drainTimer) this.drainTimer = setInterval(() => this.drain(), DRAIN_INTERVAL_MS);
      this.worker.postMessage({ kind, id, ...fields });
    });
  }

  configure(settings) {
    this.worker.postMessage({ kind: ToWorker.CONFIGURE, ...settings });
  }

  settle(id, value) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    if (!this.pending.size) this.stopDraining();
    entry.resolve(value);
  }

  /** Hand the output the worker has written so far to the page. */
  drain() {
    this.reader?.drain((stream, text) => this.onEvent(this, { kind: FromWorker.OUTPUT, stream, text }));
  }

  stopDraining() {
    clearInterval(this.drainTimer);
    this.drainTimer = 0;
  }

  terminate(reason) {
    this.dead = true;
    this.stopDraining();
    this.worker.terminate();
    this.settleReady.reject(new ResetError(reason));
    for (const { reject } of this.pending.values()) reject(new ResetError(reason));
    this.pending.clear();
  }

  static nextId = 1;
}
/**
 * Python for the page. `listener` receives `output(stream, text)`, `inputRequest(prompt)`,
 * `reset(message)` (the session was replaced), `spareReady(ms)` and, optionally,
 * `report(report)` (the live tier report while a program runs) and `draw(numbers,
 * strings)` (a batch of turtle drawing commands). `options.spare: false` keeps no
 * pre-started spare worker (the embeddable widgets share one worker).
 */
export class Runner {
  constructor(listener, { spare = true } = {}) {
    this.useSpare = spare;
    this.stdlib = null;
    this.listener = listener;
    this.module = null;
    this.active = null;
    this.spare = null;
    /** The worker of `isolated()` while it runs: it gets output, input and Stop. */
    this.borrowed = null;
    this.stopTimer = 0;
    this.spareFailures = 0;
    this.settings = null;
  }

  /** Session settings (see ToWorker.CONFIGURE), applied now and to every later worker. */
  configure(settings) {
    this.settings = settings;
    for (const worker of [this.active, this.spare]) worker?.configure(settings);
  }

  /**
   * Start the active worker once the VM is compiled, then a spare; resolves when the
   * active one is ready. `boot` is what www/core/boot.js's `startLoading()` began.
   */
  async start(boot) {
    [this.module, this.stdlib] = await Promise.all([boot.module, boot.stdlib]);
    this.active = this.spawn(boot.worker);
    const info = await this.active.ready;
    if (this.useSpare) this.spare = this.spawnSpare();
    return { ...info, compileMs: boot.compileMs() };
  }

  get busy() {
    return Boolean(this.active && this.active.busy);
  }

  /**
   * Run a program; resolves to `{outcome, report}`, rejects with ResetError. With
   * `{fresh: {jit: {enabled, threshold}, profile}}` it runs in a new throwaway session, and
   * with `keep: name` too in the session kept under that name (see ToWorker.RUN).
   */
  async run(source, filename = 'main.py', { fresh, keep } = {}) {
    const worker = await this.readyWorker();
    return worker.request(ToWorker.RUN, fresh ? { source, filename, fresh, keep } : { source, filename });
  }

  /**
   * Run `task(run)` in a worker of its own, terminated afterwards with all its memory.
   * `run(source, filename, fresh)` runs in a new session of that worker, like `run` with
   * `{fresh}`. The playground's session is untouched; Stop and `input()` go to that worker
   * while the task runs, and if it must be reset the task fails with a ResetError.
   */
  async isolated(task) {
    const worker = this.spare ?? this.spawn();
    this.spare = null;
    this.borrowed = worker;
    try {
      await worker.ready;
      return await task((source, filename, fresh) => worker.request(ToWorker.RUN, { source, filename, fresh }));
    } finally {
      this.borrowed = null;
      if (!worker.dead) worker.terminate('the throwaway sessions are done');
      if (this.useSpare) this.spare = this.spawnSpare();
    }
  }

  /** The generated code of compiled function `name`: `{wat, ir}` (null when not compiled). */
  async code(name) {
    const worker = await this.readyWorker();
    return worker.request(ToWorker.CODE, { name });
  }

  /** 'complete' | 'incomplete' | 'invalid' for REPL input. */
  async replCheck(source) {
    const worker = await this.readyWorker();
    return worker.request(ToWorker.REPL_CHECK, { source });
  }

  /** Run REPL input; like `run`. */
  async replRun(source) {
    const worker = await this.readyWorker();
    return worker.request(ToWorker.REPL_RUN, { source });
  }

  /** Answer the pending `input()` with a line, or end of input with null. */
  sendInput(line) {
    (this.borrowed ?? this.active)?.control.reply(line);
  }

  /** A click or key in the drawing, for the running program (see PageControl.sendEvent). */
  sendEvent(event) {
    const worker = this.borrowed ?? this.active;
    return Boolean(worker?.busy && worker.control.sendEvent(event));
  }

  /** Stop the running code: interrupt it, and replace the worker if it does not stop. */
  stop() {
    const worker = this.borrowed ?? this.active;
    if (!worker || !worker.busy) return;
    if (!worker.control.buffer) {
      this.reset(worker, `Stopped: without cross-origin isolation Pave cannot interrupt Python, so ${this.lost(worker)}.`);
      return;
    }
    worker.control.interrupt();
    // Only the requests running now are being stopped; a later one must not be reset.
    const stopping = [...worker.pending.keys()];
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => {
      if (!worker.dead && stopping.some((id) => worker.pending.has(id))) {
        this.reset(worker, `Stopped: the program reached no safe point within ${STOP_GRACE_MS} ms, so ${this.lost(worker)}.`);
      }
    }, STOP_GRACE_MS);
  }

  async readyWorker() {
    if (!this.active) throw new ResetError('Python is not loaded yet');
    const worker = this.active;
    await worker.ready;
    return worker;
  }

  spawn(started = undefined) {
    const worker = new PythonWorker(this.module, this.stdlib, (w, msg) => this.onWorkerEvent(w, msg), started);
    if (this.settings) worker.configure(this.settings);
    return worker;
  }

  spawnSpare() {
    const t0 = performance.now();
    const spare = this.spawn();
    spare.ready.then(
      () => {
        this.spareFailures = 0;
        this.listener.spareReady?.(performance.now() - t0);
      },
      () => {},
    );
    return spare;
  }

  onWorkerEvent(worker, msg) {
    if (msg.kind === FromWorker.FATAL) {
      if (worker === this.active && !worker.info) {
        // It never started (the VM cannot be compiled or instantiated here): a replacement
        // would fail the same way; `start` reports the message.
        worker.terminate(msg.message);
      } else if (worker === this.active || worker === this.borrowed) {
        this.reset(worker, `The Python VM stopped working (${msg.message}); ${this.lost(worker)}.`);
      } else if (worker === this.spare) {
        worker.terminate(msg.message);
        this.spare = ++this.spareFailures < 3 ? this.spawnSpare() : null;
      }
      return;
    }
    if (worker !== (this.borrowed ?? this.active)) return;
    if (msg.kind === FromWorker.OUTPUT) this.listener.output(msg.stream, msg.text);
    else if (msg.kind === FromWorker.DRAW) this.listener.draw?.(msg.numbers, msg.strings);
    else if (msg.kind === FromWorker.REPORT) this.listener.report?.(msg.report);
    else if (msg.kind === FromWorker.INPUT_REQUEST) this.listener.inputRequest(msg.prompt);
  }

  /** What resetting `worker` costs, in the user's words. */
  lost(worker) {
    return worker === this.borrowed ? 'the throwaway sessions were dropped (your session is untouched)'
      : 'the session was reset (globals are lost)';
  }

  /**
   * Replace `worker` (the active one) by the spare and start a new spare; a borrowed worker
   * (see `isolated`) is only terminated, the playground's session lives on.
   */
  reset(worker, message) {
    clearTimeout(this.stopTimer);
    // What the program printed before it broke is still in the ring: show it first.
    worker.drain();
    this.listener.reset(message);
    if (worker === this.borrowed) {
      worker.terminate(message);
      return;
    }
    worker.terminate(message);
    this.active = this.spare ?? this.spawn();
    this.spare = this.useSpare ? this.spawnSpare() : null;
  }
}
