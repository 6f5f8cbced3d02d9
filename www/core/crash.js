// How the Python worker (www/core/worker.js) names a JavaScript exception that escaped the
// VM, for the note that says why the session was reset. Only V8's "Maximum call stack size
// exceeded" is a stack overflow; other RangeErrors ("Invalid string length", a buffer too
// large) are limits of their own and are named as what they are. A trap inside a module
// that tier 1 generated (V8 names its frames `wasm://wasm/pave-jit-…`, from the module name
// the compiler writes) is a compiler bug and is named as one, with the function it hit.

/**
 * `err` in words; `lastPanic` is what console_error_panic_hook logged just before a Rust
 * panic's trap ('' if none).
 */
export function describeCrash(err, lastPanic = '') {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  if (err instanceof RangeError && /Maximum call stack size exceeded/.test(err.message)) {
    return `the JavaScript stack overflowed (${what})`;
  }
  if (err instanceof RangeError) return `a JavaScript limit was exceeded (${what})`;
  if (lastPanic) return `the VM panicked: ${lastPanic.split('\n')[0]}`;
  const compiled = compiledFrame(err);
  if (compiled !== null) {
    return `compiled code trapped in ${compiled} (${what}), a bug in Pave's compiler: please report it with the program; with the JIT off it runs in the interpreter`;
  }
  return `the VM crashed (${what})`;
}

/** The function of the innermost frame in a tier-1 module, or null if the error has none. */
function compiledFrame(err) {
  if (!(err instanceof WebAssembly.RuntimeError) || typeof err.stack !== 'string') return null;
  const frame = err.stack.split('\n').find((line) => line.includes('wasm://wasm/pave-jit-'));
  if (!frame) return null;
  const name = /at pave-jit\.(\S+) /.exec(frame);
  return name ? `\`${name[1]}\`` : 'a compiled function';
}
