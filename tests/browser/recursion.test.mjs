// Recursion in the page as deep as in CPython (issue 17): the limit is 1000 as natively,
// course programs that recurse hundreds of levels print what CPython prints with the JIT
// on and off, and recursion far beyond the limit (plain, or through generators,
// sorted(key=…) and __repr__, which use more of the machine stack) ends in a
// RecursionError that leaves the session and its globals in place.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, launchBrowser, openPlayground, runProgram, startServer } from './harness.mjs';

const PROGRAMS = path.join(ROOT, 'tests', 'browser', 'programs');
let server;
let browser;
let page;
let errors;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ page, errors } = await openPlayground(browser.context, server.url));
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function setJit(on) {
  await page.evaluate((wanted) => {
    const box = document.querySelector('#jit-enabled');
    if (box.checked !== wanted) box.click();
  }, on);
}

/** What the console shows for a run, without the run's header and tier summary lines. */
function programOutput(text) {
  return text.split('\n').filter((l) => !l.startsWith('▶ ') && !l.startsWith('tiers')).join('\n').trim();
}

for (const jit of [false, true]) {
  for (const name of ['recursion_sum', 'recursion_flood', 'recursion_hanoi', 'recursion_parser']) {
    test(`${name} prints what CPython prints, JIT ${jit ? 'on' : 'off'}`, async () => {
      await setJit(jit);
      const source = fs.readFileSync(path.join(PROGRAMS, `${name}.py`), 'utf8');
      const expected = fs.readFileSync(path.join(PROGRAMS, `${name}.out`), 'utf8').trim();
      assert.equal(programOutput(await runProgram(page, source)), expected);
    });
  }
}

const TOO_DEEP = {
  plain: 'def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nf(100000)\n',
  generator: 'def g(n):\n    if n:\n        yield from g(n - 1)\n    yield n\nsum(g(100000))\n',
  'sorted(key=…)': 'def key(n):\n    if n:\n        sorted([n - 1], key=key)\n    return n\nkey(100000)\n',
  __repr__: 'class R:\n    def __init__(self, n):\n        self.n = n\n    def __repr__(self):\n        return repr(R(self.n - 1)) if self.n else "0"\nrepr(R(100000))\n',
};

for (const jit of [false, true]) {
  for (const [shape, body] of Object.entries(TOO_DEEP)) {
    test(`recursion 100,000 deep (${shape}, JIT ${jit ? 'on' : 'off'}, limit raised) is a RecursionError and keeps the session`, async () => {
      await setJit(jit);
      await runProgram(page, `kept = ${jit ? 2 : 1}\n`);
      const text = await runProgram(page, `import sys\nsys.setrecursionlimit(200000)\n${body}`);
      assert.match(text, /RecursionError: maximum recursion depth exceeded/);
      assert.doesNotMatch(text, /stopped working|was reset/);
      assert.match(await runProgram(page, 'import sys\nsys.setrecursionlimit(1000)\nprint("kept", kept)\n'), new RegExp(`kept ${jit ? 2 : 1}`));
    });
  }
}

test('no console errors', () => {
  assert.deepEqual(errors, []);
});
