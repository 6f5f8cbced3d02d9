// Program output from the worker to the page through shared memory: a single-producer,
// single-consumer ring of records `[stream: u8][length: u32 LE][UTF-8 bytes]`.
// Shared by every page that runs Python through Runner (the playground, the widget).
//
// Why not one postMessage per write: a program printing in a tight loop posts tens of
// thousands of messages a second, and dispatching them saturates the page's main thread
// (buttons, including Stop, stop responding). With the ring, the worker writes as it
// prints, the page drains every few milliseconds, and a full ring makes the worker wait:
// backpressure instead of an unbounded queue. Output is never held back in the worker, so
// `print("working…")` before a long computation shows at once.
//
// Needs SharedArrayBuffer (cross-origin isolation); without it the worker posts each write.

const HEAD = 0; // next byte the page will read (advanced by the page)
const TAIL = 1; // next byte the worker will write (advanced by the worker)
const HEADER_BYTES = 8;
const RECORD_HEADER = 5;
/** Ring capacity in bytes; a power of two so free-running 32-bit indices wrap cleanly. */
export const RING_BYTES = 1 << 20;
const STREAMS = ['stdout', 'stderr'];

/** A fresh ring buffer, or null without SharedArrayBuffer. */
export function outputBuffer(shared) {
  return shared ? new SharedArrayBuffer(HEADER_BYTES + RING_BYTES) : null;
}

/** The worker's end: `write(stream, text)` appends, waiting while the ring is full. */
export class RingWriter {
  constructor(buffer) {
    this.words = new Int32Array(buffer, 0, 2);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES, RING_BYTES);
    this.encoder = new TextEncoder();
    this.header = new Uint8Array(RECORD_HEADER);
  }

  write(stream, text) {
    const id = STREAMS.indexOf(stream);
    const data = this.encoder.encode(text);
    // Records are at most half the ring; the page's streaming decoders rejoin characters
    // split across records.
    const max = RING_BYTES / 2 - RECORD_HEADER;
    for (let offset = 0; offset < data.length; offset += max) {
      this.record(id < 0 ? 0 : id, data.subarray(offset, offset + max));
    }
  }

  record(stream, payload) {
    const need = RECORD_HEADER + payload.length;
    const tail = Atomics.load(this.words, TAIL);
    for (;;) {
      const head = Atomics.load(this.words, HEAD);
      if (RING_BYTES - ((tail - head) | 0) >= need) break;
      Atomics.wait(this.words, HEAD, head, 100);
    }
    this.header[0] = stream;
    new DataView(this.header.buffer).setUint32(1, payload.length, true);
    this.put(tail, this.header);
    this.put(tail + RECORD_HEADER, payload);
    Atomics.store(this.words, TAIL, (tail + need) | 0);
  }

  put(index, data) {
    const at = (index >>> 0) % RING_BYTES;
    const first = Math.min(data.length, RING_BYTES - at);
    this.bytes.set(data.subarray(0, first), at);
    if (first < data.length) this.bytes.set(data.subarray(first), 0);
  }
}

/** The page's end: `drain(emit)` hands every complete record to `emit(stream, text)`. */
export class RingReader {
  constructor(buffer) {
    this.words = new Int32Array(buffer, 0, 2);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES, RING_BYTES);
    this.decoders = STREAMS.map(() => new TextDecoder());
  }

  /** Read everything written so far; returns whether there was anything. */
  drain(emit) {
    const head = Atomics.load(this.words, HEAD);
    const tail = Atomics.load(this.words, TAIL);
    const used = (tail - head) | 0;
    if (used === 0) return false;
    // Copy out (TextDecoder refuses shared memory), then free the space at once.
    const at = (head >>> 0) % RING_BYTES;
    const chunk = new Uint8Array(used);
    const first = Math.min(used, RING_BYTES - at);
    chunk.set(this.bytes.subarray(at, at + first), 0);
    if (first < used) chunk.set(this.bytes.subarray(0, used - first), first);
    Atomics.store(this.words, HEAD, tail);
    Atomics.notify(this.words, HEAD);
    const view = new DataView(chunk.buffer);
    for (let p = 0; p < used;) {
      const stream = chunk[p];
      const length = view.getUint32(p + 1, true);
      const text = this.decoders[stream].decode(chunk.subarray(p + RECORD_HEADER, p + RECORD_HEADER + length), { stream: true });
      if (text) emit(STREAMS[stream], text);
      p += RECORD_HEADER + length;
    }
    return true;
  }
}
