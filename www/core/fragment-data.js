// Compressed data in a URL fragment, shared by the playground's share links
// (www/core/share.js) and the bench page's (www/bench/bench-results.js): base64url of
// deflate-raw, made with the browser's own CompressionStream. Inflating is a stream that
// stops as soon as the output passes a limit, so a small link that unpacks to gigabytes (a
// decompression bomb) costs no more than the limit. The input goes in small slices: a
// DecompressionStream turns one input chunk into all of its output at once, so a whole link
// as one chunk would be inflated entirely before the reader could stop it.

/** The input slice: deflate expands at most ~1032×, so each slice yields at most ~4 MB. */
const SLICE_BYTES = 4096;

/** Inflated data beyond the caller's limit. */
export class TooLargeError extends Error {
  constructor(limit) {
    super(`unpacks to more than ${limit.toLocaleString('en-US')} bytes`);
    this.name = 'TooLargeError';
  }
}

/** `bytes` compressed with deflate-raw. */
export async function deflate(bytes) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  return new Uint8Array(await out.arrayBuffer());
}

/**
 * `bytes` (deflate-raw) inflated; a TooLargeError as soon as more than `limit` bytes come
 * out, any other error when the data is damaged.
 */
export async function inflate(bytes, limit) {
  let at = 0;
  const slices = new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(at, at + SLICE_BYTES));
      at += SLICE_BYTES;
    },
  }, { highWaterMark: 0 });
  const reader = slices.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** `bytes` in base64url without padding. */
export function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text` (padding optional), or null when it is not base64url. */
export function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
