// Share links (www/core/share.js) in Node, which has the same CompressionStream: a state
// survives the round trip, and every kind of damaged link is a ShareLinkError with a
// message, never an exception of another kind or a half-read state; a decompression bomb
// is refused at the size limit, with little memory.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { MAX_JSON_BYTES, ShareLinkError, checkState, decodeShare, encodeShare } from '../../www/core/share.js';

const STATE = {
  code: 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(20), "é ☃")\n',
  jit: { enabled: false, threshold: 7 },
  results: {
    env: { browser: 'Chromium 156', os: 'Linux', cpus: 2 },
    elapsed_ms: 12.5, error: null, jit_enabled: false, threshold: 7, engine: 'browser',
    functions: [{ name: 'fib', line: 1, state: { kind: 'disabled', label: 'JIT off' }, calls: { interp: 21891, jit: 0 },
      time_ms: { interp: 11.25, jit: 0 }, compile_ms: null, wasm_bytes: null }],
  },
};

const fragment = (url) => url.slice(url.indexOf('#'));

test('a state survives the round trip through a link', async () => {
  const url = await encodeShare(STATE, 'http://127.0.0.1:8000/');
  assert.match(url, /^http:\/\/127\.0\.0\.1:8000\/#pave=1\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeShare(fragment(url)), STATE);
  const bare = await decodeShare(fragment(await encodeShare({ code: '', jit: STATE.jit }, '/')));
  assert.deepEqual(bare, { code: '', jit: STATE.jit, results: null });
});

test('a link made before states carried labels still opens', async () => {
  const old = structuredClone(STATE);
  old.results.functions[0].state = 'deoptimized';
  const decoded = await decodeShare(fragment(await encodeShare(old, '/')));
  assert.deepEqual(decoded.results.functions[0].state, { kind: 'deoptimised', label: 'deoptimised' });
});

test('damaged links are ShareLinkErrors with a reason', async () => {
  const hash = fragment(await encodeShare(STATE, '/'));
  const damaged = [
    hash.slice(0, Math.floor(hash.length / 2)),
    hash.slice(0, -1),
    hash.slice(0, -7),
    '#pave=1.',
    '#pave=1.a+b/c',
    '#pave=9.abc',
    '#nothing',
    `#pave=1.${'A'.repeat(64)}`,
    hash.replace(/.{8}$/, 'AAAAAAAA'),
  ];
  for (const bad of damaged) {
    await assert.rejects(decodeShare(bad), (err) => {
      assert.ok(err instanceof ShareLinkError, `${bad}: ${err}`);
      assert.ok(err.message.length > 10);
      return true;
    }, bad);
  }
});

test('the state is checked field by field', () => {
  const bad = [
    null, 'x', { v: 2, code: '', jit: STATE.jit }, { v: 1, jit: STATE.jit },
    { v: 1, code: '', jit: { enabled: 'yes', threshold: 1 } },
    { v: 1, code: '', jit: { enabled: true, threshold: -1 } },
    { v: 1, code: '', jit: STATE.jit, results: { elapsed_ms: 'fast', functions: [] } },
    { v: 1, code: '', jit: STATE.jit, results: { elapsed_ms: 1, functions: [{ name: 'f' }] } },
  ];
  for (const value of bad) assert.throws(() => checkState(value), ShareLinkError, JSON.stringify(value));
  // Unknown fields are dropped, not carried into the page.
  const clean = checkState({ v: 1, code: 'x', jit: STATE.jit, extra: '<script>', results: null });
  assert.deepEqual(Object.keys(clean), ['code', 'jit', 'results']);
});

/**
 * A link whose data inflates to `mb` MB of zeros, made without ever holding them: one
 * non-final deflate block of 1 MB of zeros (ending on a sync flush, so it is
 * byte-aligned) repeated, then an empty final block. Its back references only reach the
 * zeros before them, so the repeats are valid.
 */
function bombLink(mb) {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array(mb).fill(block), Buffer.from([0x03, 0x00])]);
  return `#pave=1.${data.toString('base64url')}`;
}

test('a decompression bomb is refused at the limit, without unpacking it all', async () => {
  const link = bombLink(512);
  assert.ok(link.length < 1_000_000, `the bomb link is ${link.length} characters`);
  // The whole data is valid deflate: inflated in full it is 512 MB.
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  await assert.rejects(decodeShare(link), (err) => {
    assert.ok(err instanceof ShareLinkError, String(err));
    assert.match(err.message, /unpacks to more than 1 MB, the most a Pave link may carry/);
    return true;
  });
  const grewMb = (process.resourceUsage().maxRSS - before) / 1024;
  assert.ok(grewMb < 128, `peak memory grew by ${grewMb.toFixed(0)} MB`);
  assert.ok(performance.now() - started < 10_000, 'refused within 10 s');
  // A program just under the limit still opens.
  const big = { code: `# ${'x'.repeat(MAX_JSON_BYTES - 200)}\n`, jit: STATE.jit };
  assert.equal((await decodeShare(fragment(await encodeShare(big, '/')))).code, big.code);
});
