// Share links: the playground's state (the code, the JIT settings and, if the sender
// wants, the results just measured with the browser, OS and CPU count they came from)
// packed into the URL fragment, so nothing reaches a server: JSON, compressed with the
// browser's own CompressionStream('deflate-raw') (no library needed), in base64url
// (www/core/fragment-data.js). `#pave=1.<data>`. Decoding checks everything: a truncated or
// altered link is a `ShareLinkError` with a message for the user, never a half-restored
// page, and a link that would unpack beyond MAX_JSON_BYTES is refused as soon as it does.
// Used by the playground (Share, opening a link) and by the widget ("open in playground").

import { TooLargeError, deflate, fromBase64Url, inflate, toBase64Url } from './fragment-data.js';

/** The fragment's prefix; the digit is the format version. */
export const SHARE_PREFIX = '#pave=1.';
/** Links longer than this may be cut by chat apps, mail clients and URL shorteners. */
export const LINK_WARN_CHARS = 2000;
/** The most a link may unpack to (bytes of JSON), against decompression bombs. */
export const MAX_JSON_BYTES = 1_000_000;

/** A share link that cannot be opened (truncated, altered, from a newer Pave). */
export class ShareLinkError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ShareLinkError';
  }
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
  const packed = await deflate(new TextEncoder().encode(json));
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
  if (bytes === null) throw new ShareLinkError('the link\'s data is not base64url (it was cut short or altered)');
  if (bytes.length === 0) throw new ShareLinkError('the link carries no data (it was cut short)');
  let json;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await inflate(bytes, MAX_JSON_BYTES));
  } catch (err) {
    if (err instanceof TooLargeError) {
      throw new ShareLinkError(`the link unpacks to more than ${MAX_JSON_BYTES / 1_000_000} MB, the most a Pave link may carry`);
    }
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
  if (!isStr(value.code, MAX_JSON_BYTES)) throw bad('no program');
  const jit = value.jit;
  if (!jit || typeof jit.enabled !== 'boolean' || !Number.isInteger(jit.threshold) || jit.threshold < 0 || jit.threshold > 1e9) {
    throw bad('settings');
  }
  return { code: value.code, jit: { enabled: jit.enabled, threshold: jit.threshold }, results: checkResults(value.results, bad) };
}

/** Tier states' labels, for links made before reports carried them (`{kind, label}`). */
const OLD_STATE_LABELS = {
  interpreted: 'interpreted', compiled: 'compiled', deoptimized: 'deoptimised', deoptimised: 'deoptimised',
  not_compilable: 'not compilable', disabled: 'JIT off',
};

/** A function's state as `{kind, label}`, from a link of any version; null if malformed. */
function checkTierState(state) {
  if (isStr(state, 40) && OLD_STATE_LABELS[state]) {
    return { kind: state === 'deoptimized' ? 'deoptimised' : state, label: OLD_STATE_LABELS[state] };
  }
  if (state && isStr(state.kind, 40) && isStr(state.label, 80) && OLD_STATE_LABELS[state.kind]) {
    return { kind: state.kind, label: state.label };
  }
  return null;
}

function checkResults(r, bad) {
  if (r === undefined || r === null) return null;
  if (typeof r !== 'object' || !isNum(r.elapsed_ms) || !Array.isArray(r.functions) || r.functions.length > 10_000) throw bad('results');
  const env = r.env ?? {};
  const pair = (p) => p && isNum(p.interp) && isNum(p.jit);
  const functions = r.functions.map((f) => {
    const state = checkTierState(f?.state);
    if (!f || !isStr(f.name, 1000) || !Number.isInteger(f.line) || !state || !pair(f.calls) || !pair(f.time_ms)) {
      throw bad('a function\'s results');
    }
    return {
      name: f.name, line: f.line, state,
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
