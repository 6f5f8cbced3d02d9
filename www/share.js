// Share links: the playground's state (the code, the JIT settings and, if the sender
// wants, the results just measured with the browser, OS and CPU count they came from)
// packed into the URL fragment, so nothing reaches a server: JSON, compressed with the
// browser's own CompressionStream('deflate-raw') (no library needed), in base64url.
// `#pave=1.<data>`. Decoding checks everything: a truncated or altered link is a
// `ShareLinkError` with a message for the user, never a half-restored page.

/** The fragment's prefix; the digit is the format version. */
export const SHARE_PREFIX = '#pave=1.';
/** Links longer than this may be cut by chat apps, mail clients and URL shorteners. */
export const LINK_WARN_CHARS = 2000;
/** The largest program a link may carry (decompressed JSON), against decompression bombs. */
const MAX_JSON_CHARS = 1_000_000;

/** A share link that cannot be opened (truncated, altered, from a newer Pave). */
export class ShareLinkError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('the link contains characters a Pave link never has');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary;
  try {
    binary = atob(padded);
  } catch {
    throw new ShareLinkError('the link is not valid base64url (it may be cut short)');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The browser, OS and CPU count, for results measured here. */
export function environment() {
  const ua = navigator.userAgent;
  const brand = navigator.userAgentData?.brands?.find((b) => !/Not.?A.?Brand/i.test(b.brand) && b.brand !== 'Chromium')
    ?? navigator.userAgentData?.brands?.find((b) => b.brand === 'Chromium');
  const browser = brand ? `${brand.brand} ${brand.version}`
    : (ua.match(/(Firefox|Edg|Chrome|Safari)\/(\d+)/) ?? []).slice(1, 3).join(' ') || 'unknown browser';
  const os = navigator.userAgentData?.platform || (ua.match(/\(([^;)]+)/)?.[1] ?? 'unknown OS');
  return { browser, os, cpus: navigator.hardwareConcurrency ?? null };
}

/**
 * The link for `state` (`{code, jit: {enabled, threshold}, results?}`, see `checkState`)
 * on the page at `base` (a URL without fragment).
 */
export async function encodeShare(state, base) {
  const json = JSON.stringify({ ...state, v: 1 });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${base}${SHARE_PREFIX}${toBase64Url(packed)}`;
}

/** Does this fragment hold a Pave share (well formed or not)? */
export function isShareFragment(hash) {
  return hash.startsWith('#pave=');
}

/** The state in fragment `hash`; throws ShareLinkError for anything wrong with it. */
export async function decodeShare(hash) {
  if (!hash.startsWith(SHARE_PREFIX)) {
    throw new ShareLinkError(hash.startsWith('#pave=') ? 'the link was made by another version of Pave'
      : 'this is not a Pave share link');
  }
  const bytes = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (bytes.length === 0) throw new ShareLinkError('the link carries no data (it was cut short)');
  let json;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
    if (raw.length > MAX_JSON_CHARS) throw new ShareLinkError('the link carries more than a Pave link can');
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (err) {
    if (err instanceof ShareLinkError) throw err;
    throw new ShareLinkError('the link\'s data is damaged (it was probably cut short when it was copied)');
  }
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ShareLinkError('the link\'s data is damaged (not the state Pave writes)');
  }
  return checkState(value);
}

const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const isStr = (x, max = 10_000) => typeof x === 'string' && x.length <= max;

/**
 * A state as the page uses it, or ShareLinkError: `{code, jit: {enabled, threshold},
 * results: {env: {browser, os, cpus}, elapsed_ms, error, jit_enabled, threshold, engine,
 * functions: [{name, line, state, calls: {interp, jit}, time_ms: {interp, jit},
 * compile_ms, wasm_bytes}]}|null}`.
 */
export function checkState(value) {
  const bad = (what) => new ShareLinkError(`the link's data is damaged (${what})`);
  if (value === null || typeof value !== 'object') throw bad('not an object');
  if (value.v !== 1) throw new ShareLinkError('the link was made by another version of Pave');
  if (!isStr(value.code, MAX_JSON_CHARS)) throw bad('no program');
  const jit = value.jit;
  if (!jit || typeof jit.enabled !== 'boolean' || !Number.isInteger(jit.threshold) || jit.threshold < 0 || jit.threshold > 1e9) {
    throw bad('settings');
  }
  return { code: value.code, jit: { enabled: jit.enabled, threshold: jit.threshold }, results: checkResults(value.results, bad) };
}

function checkResults(r, bad) {
  if (r === undefined || r === null) return null;
  if (typeof r !== 'object' || !isNum(r.elapsed_ms) || !Array.isArray(r.functions) || r.functions.length > 10_000) throw bad('results');
  const env = r.env ?? {};
  const pair = (p) => p && isNum(p.interp) && isNum(p.jit);
  const functions = r.functions.map((f) => {
    if (!f || !isStr(f.name, 1000) || !Number.isInteger(f.line) || !isStr(f.state, 40) || !pair(f.calls) || !pair(f.time_ms)) {
      throw bad('a function\'s results');
    }
    return {
      name: f.name, line: f.line, state: f.state,
      calls: { interp: f.calls.interp, jit: f.calls.jit },
      time_ms: { interp: f.time_ms.interp, jit: f.time_ms.jit },
      compile_ms: isNum(f.compile_ms) ? f.compile_ms : null,
      wasm_bytes: isNum(f.wasm_bytes) ? f.wasm_bytes : null,
    };
  });
  return {
    env: {
      browser: isStr(env.browser, 200) ? env.browser : 'unknown browser',
      os: isStr(env.os, 200) ? env.os : 'unknown OS',
      cpus: isNum(env.cpus) ? env.cpus : null,
    },
    elapsed_ms: r.elapsed_ms,
    error: isStr(r.error, 1000) ? r.error : null,
    jit_enabled: Boolean(r.jit_enabled),
    threshold: Number.isInteger(r.threshold) ? r.threshold : null,
    engine: isStr(r.engine, 100) ? r.engine : '',
    functions,
  };
}
