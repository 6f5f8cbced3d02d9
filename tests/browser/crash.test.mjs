// How the worker names a JavaScript exception that escaped the VM (www/crash.js), in Node:
// only "Maximum call stack size exceeded" is a stack overflow; any other RangeError (an
// over-long string, an over-large buffer) is named as what it is.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCrash } from '../../www/crash.js';

/** The error `fn` throws. */
function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('nothing was thrown');
}

test('a real stack overflow is one', () => {
  const recurse = () => recurse() + 1;
  assert.match(describeCrash(thrown(recurse)), /^the JavaScript stack overflowed \(RangeError: Maximum call stack size exceeded\)$/);
});

test('other RangeErrors are not called stack overflows', () => {
  const cases = [
    thrown(() => 'x'.repeat(2 ** 30)),
    thrown(() => new Array(-1)),
    thrown(() => (1).toFixed(200)),
  ];
  for (const err of cases) {
    assert.ok(err instanceof RangeError, String(err));
    const words = describeCrash(err, 'panicked at src/x.rs');
    assert.doesNotMatch(words, /stack/, words);
    assert.equal(words, `a JavaScript limit was exceeded (RangeError: ${err.message})`);
  }
  assert.match(describeCrash(thrown(() => 'x'.repeat(2 ** 30))), /Invalid string length/);
});

test('a panic and any other crash keep their words', () => {
  assert.equal(describeCrash(new WebAssembly.RuntimeError('unreachable'), "panicked at 'oops'\nmore"), "the VM panicked: panicked at 'oops'");
  assert.equal(describeCrash(new TypeError('x is not a function')), 'the VM crashed (TypeError: x is not a function)');
  assert.equal(describeCrash('a string'), 'the VM crashed (a string)');
});
