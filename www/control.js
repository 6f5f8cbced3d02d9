// The shared-memory channel between the page and one Python worker, for what cannot wait
// for a message: the worker runs Python synchronously, so it never reads its message queue
// while a program runs. Through one SharedArrayBuffer:
//
// - Stop sets an interrupt flag that the worker's host reads (`Atomics.load`) at every safe
//   point Pave owns (output, `input()`, `time.sleep`); the worker consumes it, once, as a
//   `KeyboardInterrupt`. `time.sleep` blocks on the flag itself (`Atomics.wait`), so Stop
//   wakes it at once.
// - `input()` blocks the worker on `Atomics.wait` until the page writes the typed line into
//   the buffer and flips the input state.
//
// SharedArrayBuffer exists only on a cross-origin isolated page (COOP + COEP headers, as
// tools/serve.mjs sends). Without it, `controlBuffer()` returns null, `input()` raises a
// RuntimeError that says why, and Stop can only terminate the worker.

const INTERRUPT = 0;
const INPUT_STATE = 1;
const INPUT_LENGTH = 2;
const HEADER_BYTES = 16;
/** The longest line `input()` can receive, in UTF-8 bytes; longer lines are cut. */
export const INPUT_CAPACITY = 256 * 1024;

/** Values of the input state word. */
const Input = Object.freeze({ IDLE: 0, WAITING: 1, LINE: 2, EOF: 3 });

/** Why there is no shared memory here, or '' when there is. */
export function isolationProblem() {
  if (typeof SharedArrayBuffer !== 'function' || !globalThis.crossOriginIsolated) {
    return 'this page is not cross-origin isolated, so the Python worker cannot wait for your typing ' +
      '(serve it with tools/serve.mjs, which sends the Cross-Origin-Opener-Policy and ' +
      'Cross-Origin-Embedder-Policy headers)';
  }
  return '';
}

/** A fresh control buffer for one worker, or null without cross-origin isolation. */
export function controlBuffer() {
  return isolationProblem() ? null : new SharedArrayBuffer(HEADER_BYTES + INPUT_CAPACITY);
}

/** The page's side: ask to stop, answer `input()`. */
export class PageControl {
  /** @param {SharedArrayBuffer|null} buffer */
  constructor(buffer) {
    this.buffer = buffer;
    this.words = buffer && new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.bytes = buffer && new Uint8Array(buffer, HEADER_BYTES);
  }

  /** Ask the running code to stop at its next safe point; wakes a sleep or an input(). */
  interrupt() {
    if (!this.words) return;
    Atomics.store(this.words, INTERRUPT, 1);
    Atomics.notify(this.words, INTERRUPT);
    Atomics.notify(this.words, INPUT_STATE);
  }

  /** Forget an unconsumed Stop (called before each run, so it cannot hit the next one). */
  clearInterrupt() {
    if (this.words) Atomics.store(this.words, INTERRUPT, 0);
  }

  /** Give the waiting `input()` its line, or end of input with `null`. */
  reply(line) {
    if (!this.words) return;
    if (line === null) {
      Atomics.store(this.words, INPUT_STATE, Input.EOF);
    } else {
      // encodeInto refuses shared memory: encode, then copy (cut at INPUT_CAPACITY).
      const data = new TextEncoder().encode(line).subarray(0, INPUT_CAPACITY);
      this.bytes.set(data);
      Atomics.store(this.words, INPUT_LENGTH, data.length);
      Atomics.store(this.words, INPUT_STATE, Input.LINE);
    }
    Atomics.notify(this.words, INPUT_STATE);
  }
}

/** The worker's side: the parts of the VM's host object that use shared memory. */
export class WorkerControl {
  /** @param {SharedArrayBuffer} buffer */
  constructor(buffer) {
    this.words = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** True (once) if Stop was pressed since the last call. */
  takeInterrupt() {
    return Atomics.exchange(this.words, INTERRUPT, 0) !== 0;
  }

  /** Block for `ms` or until Stop; true if stopped. */
  sleep(ms) {
    if (ms > 0) Atomics.wait(this.words, INTERRUPT, 0, ms);
    return this.takeInterrupt();
  }

  /**
   * Block until the page answers an input request (which the caller has just posted).
   * Returns the line, `null` at end of input, or `undefined` when Stop was pressed (the
   * Stop is consumed: the VM turns `undefined` into `KeyboardInterrupt`).
   */
  waitForLine() {
    for (;;) {
      if (this.takeInterrupt()) {
        Atomics.store(this.words, INPUT_STATE, Input.IDLE);
        return undefined;
      }
      const state = Atomics.load(this.words, INPUT_STATE);
      if (state === Input.LINE || state === Input.EOF) {
        Atomics.store(this.words, INPUT_STATE, Input.IDLE);
        if (state === Input.EOF) return null;
        const length = Atomics.load(this.words, INPUT_LENGTH);
        // TextDecoder refuses views of shared memory: copy the bytes out first.
        return new TextDecoder().decode(this.bytes.slice(0, length));
      }
      Atomics.wait(this.words, INPUT_STATE, state, 1000);
    }
  }

  /** Mark the input state as waiting; call before posting the request to the page. */
  expectLine() {
    Atomics.store(this.words, INPUT_STATE, Input.WAITING);
  }
}
