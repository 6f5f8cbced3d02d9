// How the Python worker (www/worker.js) names a JavaScript exception that escaped the VM,
// for the note that says why the session was reset. Only V8's "Maximum call stack size
// exceeded" is a stack overflow; other RangeErrors ("Invalid string length", a buffer too
// large) are limits of their own and are named as what they are.

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
  return `the VM crashed (${what})`;
}
