// The bench page's worker: runs one benchmark program at a time through
// `WebSession.bench` (a fresh Python session per run, see src/bench.rs), and measures the
// host → compiled-code call paths (`WebSession.measureCallPaths`). Kept apart from the
// playground's worker so measuring never disturbs a user's session.

import init, { WebSession } from '../../pkg/pave.js';

const handlers = {
  async init() {
    await init();
    return { suite: WebSession.benchSuite(), version: WebSession.version() };
  },
  bench({ name, jit, jitObjects }) {
    return WebSession.bench(name, jit, Boolean(jitObjects));
  },
  callPaths({ calls }) {
    return WebSession.measureCallPaths(calls);
  },
};

self.onmessage = async ({ data }) => {
  const handler = handlers[data.kind];
  if (!handler) {
    self.postMessage({ id: data.id, error: `unknown message kind ${data.kind}` });
    return;
  }
  try {
    self.postMessage({ id: data.id, result: await handler(data) });
  } catch (err) {
    self.postMessage({ id: data.id, error: String(err && err.message ? err.message : err) });
  }
};
