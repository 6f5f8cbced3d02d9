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
// - Clicks and keys in a turtle drawing go into a ring of fixed-size event records after
//   the input area; turtle's `mainloop()` waits on its tail (`Atomics.wait`) as `input()`
//   waits for a line, and `update()` takes what has arrived without waiting.
//
// SharedArrayBuffer exists only on a cross-origin isolated page (COOP + COEP headers, as
// tools/serve.mjs sends). Without it, `controlBuffer()` returns null, `input()` raises a
// RuntimeError that says why, and Stop can only terminate the worker.
// Shared by every page that runs Python through Runner (the playground, the widget).

const INTERRUPT = 0;
const INPUT_STATE = 1;
const INPUT_LENGTH = 2;
const HEADER_BYTES = 16;
/** The longest line `input()` can receive, in UTF-8 bytes; longer lines are cut. */
export const INPUT_CAPACITY = 256 * 1024;
/** The event ring: its head (next record the worker reads) and tail (next the page writes). */
const EVENTS_OFFSET = HEADER_BYTES + INPUT_CAPACITY;
const EVENT_HEAD = 0;
const EVENT_TAIL = 1;
const EVENTS_HEADER = 16;
/** Records in the ring; a page that sends more than the program takes loses the newest. */
const EVENT_SLOTS = 128;
/** A record: kind i32, button i32, x f64, y f64, key length i32, key (UTF-8, cut). */
const EVENT_BYTES = 64;
const KEY_OFFSET = 28;
const KEY_CAPACITY = EVENT_BYTES - KEY_OFFSET;
const BUFFER_BYTES = EVENTS_OFFSET + EVENTS_HEADER + EVENT_SLOTS * EVENT_BYTES;

/** Kinds of drawing events, as src/drawing.rs's `Event` numbers them. */
export const DrawEvent = Object.freeze({ PRESS: 1, RELEASE: 2, DRAG: 3, KEY_DOWN: 4, KEY_UP: 5 });

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
  return isolationProblem() ? null : new SharedArrayBuffer(BUFFER_BYTES);
}

/** The page's side: ask to stop, answer `input()`. */
export class PageControl {
  /** @param {SharedArrayBuffer|null} buffer */
  constructor(buffer) {
    this.buffer = buffer;
    this.words = buffer && new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.bytes = buffer && new Uint8Array(buffer, HEADER_BYTES, INPUT_CAPACITY);
    this.events = buffer && new Int32Array(buffer, EVENTS_OFFSET, EVENTS_HEADER / 4);
    this.records = buffer && new DataView(buffer, EVENTS_OFFSET + EVENTS_HEADER);
  }

  /** Ask the running code to stop at its next safe point; wakes a sleep, an input() or a
   *  turtle mainloop. */
  interrupt() {
    if (!this.words) return;
    Atomics.store(this.words, INTERRUPT, 1);
    Atomics.notify(this.words, INTERRUPT);
    Atomics.notify(this.words, INPUT_STATE);
    Atomics.notify(this.events, EVENT_TAIL);
  }

  /**
   * A click or a key in the drawing, for the program's handlers: `{kind, button, x, y,
   * key}` (kind: DrawEvent; x, y in canvas coordinates; key a Tk key name). Dropped when
   * the ring is full or there is no shared memory; returns whether it was queued.
   */
  sendEvent({ kind, button = 0, x = 0, y = 0, key = '' }) {
    if (!this.events) return false;
    const head = Atomics.load(this.events, EVENT_HEAD);
    const tail = Atomics.load(this.events, EVENT_TAIL);
    if (((tail - head) | 0) >= EVENT_SLOTS) return false;
    const at = ((tail >>> 0) % EVENT_SLOTS) * EVENT_BYTES;
    this.records.setInt32(at, kind, true);
    this.records.setInt32(at + 4, button, true);
    this.records.setFloat64(at + 8, x, true);
    this.records.setFloat64(at + 16, y, true);
    const bytes = new TextEncoder().encode(key).subarray(0, KEY_CAPACITY);
    this.records.setInt32(at + 24, bytes.length, true);
    new Uint8Array(this.records.buffer, this.records.byteOffset + at + KEY_OFFSET, bytes.length).set(bytes);
    Atomics.store(this.events, EVENT_TAIL, (tail + 1) | 0);
    Atomics.notify(this.events, EVENT_TAIL);
    return true;
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
    this.bytes = new Uint8Array(buffer, HEADER_BYTES, INPUT_CAPACITY);
    this.events = new Int32Array(buffer, EVENTS_OFFSET, EVENTS_HEADER / 4);
    this.records = new DataView(buffer, EVENTS_OFFSET + EVENTS_HEADER);
  }

  /** Forget the events of an earlier run (called before each run). */
  clearEvents() {
    Atomics.store(this.events, EVENT_HEAD, Atomics.load(this.events, EVENT_TAIL));
  }

  /**
   * The next drawing event, waiting up to `timeoutMs` for one: `[kind, button, x, y, key]`,
   * `null` when none came in time, or `undefined` when Stop was pressed (the Stop is
   * consumed: the VM turns `undefined` into `KeyboardInterrupt`).
   */
  nextEvent(timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (this.takeInterrupt()) return undefined;
      const head = Atomics.load(this.events, EVENT_HEAD);
      const tail = Atomics.load(this.events, EVENT_TAIL);
      if (head !== tail) {
        const at = ((head >>> 0) % EVENT_SLOTS) * EVENT_BYTES;
        const length = Math.min(this.records.getInt32(at + 24, true), KEY_CAPACITY);
        // TextDecoder refuses views of shared memory: copy the bytes out first.
        const key = new TextDecoder().decode(
          new Uint8Array(this.records.buffer, this.records.byteOffset + at + KEY_OFFSET, Math.max(0, length)).slice());
        const event = [this.records.getInt32(at, true), this.records.getInt32(at + 4, true),
          this.records.getFloat64(at + 8, true), this.records.getFloat64(at + 16, true), key];
        Atomics.store(this.events, EVENT_HEAD, (head + 1) | 0);
        return event;
      }
      const left = deadline - performance.now();
      if (left <= 0) return null;
      Atomics.wait(this.events, EVENT_TAIL, tail, left);
    }
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
