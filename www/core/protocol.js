// The messages between the page (www/core/runner.js) and the Python worker
// (www/core/worker.js).
// Shared by every page that runs Python through Runner (the playground, the widget).
//
// Every message is a plain object `{kind, ...}`. Both sides dispatch through `dispatch`,
// which insists on a handler for each kind it receives: an unknown kind is a bug in Pave
// and is reported as a `ProtocolError`, never silently dropped.

/** Page → worker. */
export const ToWorker = Object.freeze({
  /** `{kind, module: WebAssembly.Module, stdlib: {index, core: ArrayBuffer, base}|null,
   *  control: SharedArrayBuffer|null, output: SharedArrayBuffer|null, isolationNote: string}`:
   *  instantiate the VM and start a session. Sent once, first. `stdlib` is the standard
   *  library the module leaves out (see www/core/worker.js), `control`
   *  www/core/control.js's buffer, `output` the ring of www/core/output-ring.js; the last
   *  two are null on a page that is not cross-origin isolated. */
  INIT: 'init',
  /** `{kind, id, source, filename, fresh?: {jit: {enabled, threshold, objects?}, profile?:
   *  boolean}, keep?: string}`: run a program in the session's `__main__`; with `fresh`, in
   *  another session with those JIT settings instead (the session's globals are untouched):
   *  a new throwaway one (Compare), or with `keep` the one kept under that name, made on
   *  first use (a widget's). `profile` keeps per-function times with the JIT off. `objects`
   *  is as in CONFIGURE. */
  RUN: 'run',
  /** `{kind, id, name}`: the generated code of function `name` as compiled in the session:
   *  answered with CODE. */
  CODE: 'code',
  /** `{kind, id, source}`: is this REPL input complete? Answered with CHECKED. */
  REPL_CHECK: 'repl-check',
  /** `{kind, id, source}`: run REPL input, echoing expression values. */
  REPL_RUN: 'repl-run',
  /** `{kind, jit: {enabled: boolean, threshold: number, objects?: string}}`: session
   *  settings, kept by the page and sent again to every replacement worker. No answer.
   *  `objects`, optional, is tier 1's objects policy (`loops`, `budgeted`, `all`, `off`;
   *  `pave run --objects`); without it the session keeps its own (loops by default). */
  CONFIGURE: 'configure',
});

/** Worker → page. */
export const FromWorker = Object.freeze({
  /** `{kind, version, startMs, tier1: {available: boolean, reason: string}}`: the session
   *  exists; `startMs` is the worker's own set-up time; `tier1` says whether this worker
   *  may compile new WebAssembly modules (its Content-Security-Policy may forbid it). */
  READY: 'ready',
  /** `{kind, stream: 'stdout'|'stderr', text}`: output, sent as it is written when there
   *  is no output ring (the page turns ring records into the same message). */
  OUTPUT: 'output',
  /** `{kind, prompt}`: `input()` is waiting for a line (see www/core/control.js for the reply). */
  INPUT_REQUEST: 'input-request',
  /** `{kind, numbers: Float64Array, strings: string[]}`: turtle drawing commands in the
   *  order they were made, in the wire form of src/drawing.rs (read by
   *  www/core/ui/drawing-model.js). Batched: at most about one a frame while a program draws. */
  DRAW: 'draw',
  /** `{kind, id, outcome, report?}`: a RUN or REPL_RUN finished; `outcome` is the Rust
   *  `Outcome` (`{elapsed_ms, error: {kind, type, message, line, frames, traceback}|null,
   *  exit_code}`); `report` is the tier report once the JIT provides one. */
  DONE: 'done',
  /** `{kind, id, report}`: the tier report so far, posted a few times a second while a
   *  RUN or REPL_RUN is running (the final one comes with DONE). */
  REPORT: 'report',
  /** `{kind, id, wat: string|null, ir: string|null}`: answer to ToWorker.CODE. */
  CODE: 'code',
  /** `{kind, id, status: 'complete'|'incomplete'|'invalid'}`: answer to REPL_CHECK. */
  CHECKED: 'checked',
  /** `{kind, message}`: the VM is broken (a panic, a trap, the JS stack overflowed) or
   *  could not start; the page must replace this worker. */
  FATAL: 'fatal',
});

/** A message whose kind the receiver does not know, or which lacks a field. */
export class ProtocolError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/**
 * Call `handlers[msg.kind](msg)`. Throws `ProtocolError` for a message that is not an
 * object with a string `kind`, or whose kind has no handler.
 * @param {unknown} msg
 * @param {Record<string, (msg: any) => unknown>} handlers
 */
export function dispatch(msg, handlers) {
  if (msg === null || typeof msg !== 'object' || typeof msg.kind !== 'string') {
    throw new ProtocolError(`malformed message: ${JSON.stringify(msg)}`);
  }
  if (!Object.hasOwn(handlers, msg.kind)) {
    throw new ProtocolError(`unknown message kind "${msg.kind}"`);
  }
  return handlers[msg.kind](msg);
}

/**
 * Check that every kind in `kinds` (one of the enums above) has a handler, so that adding
 * a kind without handling it fails at start-up rather than at the first such message.
 * @param {Readonly<Record<string, string>>} kinds
 * @param {Record<string, unknown>} handlers
 */
export function assertExhaustive(kinds, handlers) {
  for (const kind of Object.values(kinds)) {
    if (typeof handlers[kind] !== 'function') {
      throw new ProtocolError(`no handler for message kind "${kind}"`);
    }
  }
  for (const kind of Object.keys(handlers)) {
    if (!Object.values(kinds).includes(kind)) {
      throw new ProtocolError(`handler for unknown message kind "${kind}"`);
    }
  }
}
