// Share links (www/share.js) in Node, which has the same CompressionStream: a state
// survives the round trip, and every kind of damaged link is a ShareLinkError with a
// message, never an exception of another kind or a half-read state.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ShareLinkError, checkState, decodeShare, encodeShare } from '../../www/share.js';

const STATE = {
  code: 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(20), "é ☃")\n',
  jit: { enabled: false, threshold: 7 },
  results: {
    env: { browser: 'Chromium 156', os: 'Linux', cpus: 2 },
    elapsed_ms: 12.5, error: null, jit_enabled: false, threshold: 7, engine: 'browser',
    functions: [{ name: 'fib', line: 1, state: 'disabled', calls: { interp: 21891, jit: 0 },
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
