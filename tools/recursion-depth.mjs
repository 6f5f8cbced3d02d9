// How deep Python recursion gets in the page's worker before the machine stack runs out,
// per shape of recursion and with the JIT on and off (issue 17's table in
// docs/measurements.md). Each probe raises the recursion limit far above the depth tried
// and runs one recursion in the playground; a depth "works" when the program prints its
// result, and "fails" when the worker's stack overflows (the session is reset). Binary
// search between the two, per shape.
//
// usage: node tools/recursion-depth.mjs [--max N]   (after `make web`)
import { launchBrowser, openPlayground, runProgram, startServer } from '../tests/browser/harness.mjs';

const MAX = Number(process.argv[process.argv.indexOf('--max') + 1]) || 60_000;

/** Each shape recurses `N` levels and prints `ok N`. */
const SHAPES = {
  plain: 'def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nprint("ok", f(N))\n',
  method: 'class C:\n    def f(self, n):\n        return 0 if n == 0 else self.f(n - 1) + 1\nprint("ok", C().f(N))\n',
  generator: 'def g(n):\n    if n:\n        yield from g(n - 1)\n    yield n\nprint("ok", sum(1 for _ in g(N)) - 1)\n',
  'sorted(key=…)': 'def key(n):\n    if n:\n        sorted([n - 1], key=key)\n    return n\nkey(N)\nprint("ok", N)\n',
  __repr__: 'class R:\n    def __init__(self, n):\n        self.n = n\n    def __repr__(self):\n        return repr(R(self.n - 1)) if self.n else "0"\nrepr(R(N))\nprint("ok", N)\n',
};

/** `'ok'`, `'RecursionError'` or `'reset'` (the worker's stack overflowed). */
async function probe(page, shape, depth) {
  const source = `import sys\nsys.setrecursionlimit(${depth + 1000})\nN = ${depth}\n${SHAPES[shape]}`;
  const text = await runProgram(page, source);
  if (text.includes(`ok ${depth}`)) return 'ok';
  if (/stopped working|was reset/i.test(text)) return 'reset';
  if (/RecursionError/.test(text)) return 'RecursionError';
  throw new Error(`${shape} at ${depth}: unexpected output ${JSON.stringify(text.slice(0, 300))}`);
}

/** The deepest recursion that works, and how the shallowest failing one failed. */
async function deepest(page, shape) {
  let lo = 0;
  let hi = MAX;
  let failure = await probe(page, shape, hi);
  if (failure === 'ok') return { depth: `≥ ${hi}`, failure: '-' };
  while (hi - lo > Math.max(10, lo / 50)) {
    const mid = Math.floor((lo + hi) / 2);
    const outcome = await probe(page, shape, mid);
    if (outcome === 'ok') lo = mid;
    else [hi, failure] = [mid, outcome];
  }
  return { depth: String(lo), failure };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await openPlayground(browser.context, server.url);
  const rows = [];
  for (const jit of [false, true]) {
    await page.evaluate((on) => {
      const box = document.querySelector('#jit-enabled');
      if (box.checked !== on) box.click();
    }, jit);
    for (const shape of Object.keys(SHAPES)) {
      const { depth, failure } = await deepest(page, shape);
      rows.push({ shape, jit: jit ? 'on' : 'off', depth, failure });
      console.log(`${shape.padEnd(14)} JIT ${jit ? 'on ' : 'off'}  ${depth.padStart(7)}  then ${failure}`);
    }
  }
  const limit = await runProgram(page, 'import sys\nprint("limit", sys.getrecursionlimit())\n');
  console.log(limit.trim());
} finally {
  await browser.close();
  server.close();
}
