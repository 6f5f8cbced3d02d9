// Starting the slow things early: downloading and compiling the VM (pkg/pave_bg.wasm), the
// stdlib's index and core bundle (stdlib/, see www/core/worker.js) and the worker's own
// script. www/playground/start.js calls `startLoading()` as soon as the page begins, before
// the editor's much larger bundle (www/playground/main.js) has loaded and run; the Runner
// then takes over what it began.
// Used by the playground (its first script) and by the widget (on the first Run).

// These URLs, and the worker's below, are relative to the bundle in www/dist/
// (tools/bundle.mjs), not to this file.
const WASM_URL = new URL('../../pkg/pave_bg.wasm', import.meta.url);
const STDLIB_URL = new URL('../../stdlib/', import.meta.url);

/** A module that could not be loaded (missing build, server error). */
export class LoadError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LoadError';
  }
}

/** A new Python worker (it waits for ToWorker.INIT). */
export function spawnWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'python' });
}

/**
 * Begin loading. Returns `{module, stdlib, worker, compileMs}`: promises of the compiled
 * `WebAssembly.Module` and of the stdlib (`{index, core, base}`), a started worker, and a
 * function giving how long the compile took.
 */
export function startLoading() {
  const t0 = performance.now();
  let compileMs = 0;
  const module = WebAssembly.compileStreaming(fetchOk(WASM_URL)).then((m) => {
    compileMs = performance.now() - t0;
    return m;
  });
  const stdlib = loadStdlib(STDLIB_URL);
  // Marked as handled here: the Runner reports a failure when it awaits them.
  module.catch(() => {});
  stdlib.catch(() => {});
  return { module, stdlib, worker: spawnWorker(), compileMs: () => compileMs };
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new LoadError(`cannot load ${url.pathname} (HTTP ${response.status}); build the page with \`make web\``);
  }
  return response;
}

async function loadStdlib(base) {
  const [index, core] = await Promise.all([
    fetchOk(new URL('index.json', base)).then((r) => r.json()),
    fetchOk(new URL('core.bin', base)).then((r) => r.arrayBuffer()),
  ]);
  return { index, core, base: base.href };
}
