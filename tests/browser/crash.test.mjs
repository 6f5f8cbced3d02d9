// How the worker names a JavaScript exception that escaped the VM (www/core/crash.js), in
// Node: only "Maximum call stack size exceeded" is a stack overflow; any other RangeError
// (an over-long string, an over-large buffer) is named as what it is.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCrash } from '../../www/core/crash.js';

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

/** A module named as tier 1 names its modules, whose function `name` traps. */
function trappingModule(moduleName, name) {
  const str = (s) => [s.length, ...Buffer.from(s)];
  const sized = (b) => [b.length, ...b];
  const sec = (id, body) => [id, ...sized(body)];
  const names = [0, ...sized(str(moduleName)), 1, ...sized([1, 0, ...str(name)])];
  const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...sec(1, [1, 0x60, 0, 0]), ...sec(3, [1, 0]), ...sec(7, [1, ...str('f'), 0, 0]),
    ...sec(10, [1, 3, 0, 0x00, 0x0b]), ...sec(0, [...str('name'), ...names])]);
  return new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
}

test('a trap in compiled code is named as a compiler bug, with its function', () => {
  const err = thrown(trappingModule('pave-jit', 'Ship.step'));
  assert.ok(err instanceof WebAssembly.RuntimeError);
  assert.match(describeCrash(err), /^compiled code trapped in `Ship\.step` \(RuntimeError: unreachable\), a bug in Pave's compiler/);
  // A panic that passed through compiled code is still a panic.
  assert.match(describeCrash(err, 'panicked at src/x.rs'), /^the VM panicked/);
  // A trap in any other module (the VM itself) is not.
  assert.equal(describeCrash(thrown(trappingModule('pave', 'f'))), 'the VM crashed (RuntimeError: unreachable)');
});
