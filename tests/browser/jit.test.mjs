// Tier 1 in real headless Chromium: a program's hot functions and its top-level loop run
// as WebAssembly modules compiled by the page's own engine, print exactly what the
// interpreter prints, and show up in the tier report; Stop reaches a compiled loop as a
// KeyboardInterrupt; the bench page runs the suite with both tiers agreeing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  consoleText, launchBrowser, openPlayground, runProgram, setCode, startServer, waitForText,
  waitIdle,
} from './harness.mjs';

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

const PROGRAM = `import math

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def norm(x, y):
    return math.sqrt(x * x + y * y)

print(fib(24))
total = 0.0
for i in range(20000):
    total += norm(i, i + 1) % 3
print(round(total, 6))
print(fib(-1), 7 // -2, -7 % 3, 2 ** 64 - fib(10))
`;

/** Turn tier 1 on or off for the page's session (as the settings UI will). */
function setJit(enabled) {
  return page.evaluate((on) => window.pave.runner.configure({ jit: { enabled: on, threshold: 50 } }), enabled);
}

/** The console's text without its tier summaries (which of course differ by tier). */
function withoutTiers(text) {
  return text.split('\n').filter((l) => !l.startsWith('tiers')).join('\n');
}

/**
 * Run `code` with the JIT off, then on: `{plain, jit}` console texts (the outputs must be
 * the same) and the JIT run's `{outcome, report}`, which must have raised nothing.
 */
async function runBothTiers(code) {
  await setJit(false);
  const plain = await runProgram(page, code);
  await setJit(true);
  const { outcome, report } = await runWithReport(code);
  assert.equal(outcome.error, null, JSON.stringify(outcome.error));
  const jit = await runProgram(page, code);
  assert.equal(withoutTiers(jit), withoutTiers(plain));
  return { plain, jit, outcome, report };
}

/** Run `code` directly through the runner: `{outcome, report}` as the worker posted them. */
async function runWithReport(code) {
  return page.evaluate((src) => window.pave.runner.run(src, 'main.py'), code);
}

test('a JIT program prints what the interpreter prints, from tier 1', async () => {
  const { outcome, report } = await runWithReport(PROGRAM);
  assert.equal(outcome.error, null);
  const text = await runProgram(page, PROGRAM);
  assert.match(text, /^46368\n/m);
  assert.match(text, /-1 -4 2 18446744073709551561/);
  assert.ok(report && Array.isArray(report.functions), 'the worker posts the tier report');
  assert.equal(report.engine, 'browser');
  const byName = Object.fromEntries(report.functions.map((f) => [f.name, f]));
  assert.equal(byName.fib.state.kind, 'compiled');
  assert.ok(byName.fib.calls.jit > 0, 'fib ran in tier 1');
  assert.ok(byName.fib.compile.wasm_bytes > 0);
  const loop = report.functions.find((f) => f.name.startsWith('<loop at line'));
  assert.ok(loop, 'the top-level loop was lifted');
  assert.equal(loop.state.kind, 'compiled');
  assert.ok(loop.calls.jit > 0, 'the loop ran in tier 1');
  assert.ok(loop.compile.functions.includes('norm'), 'norm was compiled into the loop\'s module');
  assert.match(await page.textContent('#tiers .tiers-body'), /fib compiled/);
});

test('the interpreter and tier 1 agree in the browser too', async () => {
  const text = await runProgram(page, PROGRAM);
  await setJit(false);
  const plain = await runProgram(page, PROGRAM);
  await setJit(true);
  // The console's last line is the tier summary, which of course differs.
  assert.equal(withoutTiers(text), withoutTiers(plain));
});

test('Stop reaches a compiled loop as KeyboardInterrupt and keeps the session', async () => {
  await runProgram(page, 'kept = 42\n');
  await setCode(page, 'def spin(n):\n    x = 0\n    while True:\n        x = (x + n) % 7\n    return x\n\nprint("spinning")\nspin(3)\n');
  await page.click('#run');
  await waitForText(page, 'spinning');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('body', 'data-state'), 'running');
  const start = Date.now();
  await page.click('#stop');
  await waitIdle(page);
  assert.ok(Date.now() - start < 1000, `stopped in ${Date.now() - start} ms`);
  const text = await consoleText(page);
  assert.match(text, /KeyboardInterrupt/);
  assert.doesNotMatch(text, /session was reset/, 'the compiled loop polled the Stop flag');
  assert.match(await runProgram(page, 'print(kept)\n'), /^42$/m);
});

test('the bench page runs the suite with both tiers agreeing', async () => {
  const bench = await browser.context.newPage();
  try {
    await bench.goto(`${server.url}www/bench.html?runs=1&only=fib`);
    const results = await bench.evaluate(() => window.benchResults, null, { timeout: 120_000 });
    assert.equal(results.rows.length, 1);
    assert.equal(results.rows[0].result, '832040');
    assert.ok(results.calls.apply_ns > 0);
  } finally {
    await bench.close();
  }
});

/** A function of `n` sequential `if`s, called often enough to be hot. */
function longFunction(n) {
  const ifs = Array.from({ length: n }, (_, i) => `    if x == ${i}:\n        x += 1\n`).join('');
  return `def f(x):\n${ifs}    return x\n\nprint(sum(f(i) for i in range(80)))\n`;
}

/** Nesting `depth` levels of `if`, in a function called often enough to be hot. */
function deepFunction(depth) {
  let body = '';
  for (let i = 0; i < depth; i++) body += `${'    '.repeat(i + 1)}if x > ${i}:\n`;
  body += `${'    '.repeat(depth + 1)}x += 1\n`;
  return `def g(x):\n${body}    return x\n\nprint(sum(g(i) for i in range(80)))\n`;
}

test('hostile programs print the same with the JIT on as off, and the session survives', async () => {
  // Issue 19's findings: 3,000 and 8,000 sequential ifs (once a stack overflow in the
  // compiler and a reset), deep nesting, a def that is a plain function (pickle, copy,
  // weakref, type), identity of returned arguments, a swapped __code__.
  const programs = [
    longFunction(3000),
    longFunction(8000),
    deepFunction(90),
    `import copy, pickle, types, weakref
def f(x):
    return x
for i in range(100):
    f(i)
big = 10 ** 30
print(type(f) is types.FunctionType, f(big) is big, copy.copy(f) is f)
print(pickle.loads(pickle.dumps(f)) is f, weakref.ref(f)() is f)
def g(x):
    return x * 100
f.__code__ = g.__code__
print(f(3))
`,
  ];
  for (const code of programs) {
    await runProgram(page, 'kept = 7\n');
    await setJit(false);
    const plain = await runProgram(page, code);
    await setJit(true);
    const jit = await runProgram(page, code);
    assert.equal(withoutTiers(jit), withoutTiers(plain));
    assert.doesNotMatch(jit, /Error|stopped working|was reset/, jit);
    const text = await runProgram(page, 'print(kept)\n');
    assert.match(text, /^7$/m, 'the session kept its globals');
    assert.doesNotMatch(text, /stopped working|was reset/);
  }
  // The too-long function says why it stays in tier 0.
  const { report } = await runWithReport(longFunction(8000));
  const f = report.functions.find((r) => r.name === 'f');
  assert.equal(f.state.kind, 'not_compilable', JSON.stringify(f));
  assert.match(f.reason.detail, /too long for tier 1/);
});

/** What both programs below start with: `force(f)` compiles `f` at its first call. */
const FORCE = `import pave

def force(f):
    try:
        pave.jit(f)
    except TypeError:
        pass  # the JIT is off: nothing to force
    return f
`;

const CALLS = `${FORCE}
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def depth(self, n):
        return n if n == 0 else self.depth(n - 1) + 1

force(Vec.__init__)
force(Vec.add)
force(Vec.depth)

@force
def total(vs):
    acc = Vec(0, 0)
    for v in vs:
        acc = acc.add(v)
    return acc.x, acc.y

@force
def parse_all(items):
    out = []
    for t in items:
        try:
            out.append(int(t))
        except ValueError:
            out.append(f"bad {t!r}")
    return out

@force
def near(xs, k):
    # k and x live in cells of this frame, shared with the generator expression.
    n = 0
    for x in xs:
        n += sum(1 for y in xs if abs(x - y) <= k)
    return n, sorted(xs, key=lambda v: (v - k) % 7)[0]

print(total([Vec(i, 2 * i) for i in range(2000)]))
print(near([1, 2, 3, 7, 8, 20], 1))
print(parse_all(["1", "x", "30"]))
print(Vec(0, 0).depth(200))
try:
    Vec(0, 0).depth(100000)
except RecursionError:
    print("RecursionError")
print(Vec(1, 1).depth(20))

`;

test('compiled code calls Python code that calls compiled code, as the interpreter would', async () => {
  const { jit, report } = await runBothTiers(CALLS);
  assert.match(jit, /^\(1999000, 3998000\)$/m);
  assert.match(jit, /^\[1, "bad 'x'", 30\]$/m);
  assert.match(jit, /^RecursionError$/m);
  assert.match(jit, /^\(12, 1\)$/m);
  assert.doesNotMatch(jit, /stopped working|was reset/);
  const byName = Object.fromEntries(report.functions.map((f) => [f.name, f]));
  for (const name of ['total', 'Vec.__init__', 'near']) {
    assert.ok(byName[name].calls.jit > 0, `${name} ran in tier 1: ${JSON.stringify(byName[name])}`);
  }
  // `acc.add(v)` goes straight into Vec.add's compiled code, in total's module.
  assert.ok(byName.total.compile.functions.includes('Vec.add'), JSON.stringify(byName.total));
});

const CLASSES = `${FORCE}
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def size(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

force(Point.__init__)
force(Point3.__init__)

def scaler(k):
    # A closure (k is its free variable) whose body makes a Point3 (super()) and reads a
    # property.
    def scale(p):
        return Point3(p.x * k, p.y * k, p.z * k).size
    return force(scale)

@force
def sizes(n):
    s = scaler(2)
    t = 0
    for i in range(n):
        t += s(Point3(i, -i, 1))
    return t, [p.size for p in [Point3(1, 2, 3)] * 2]

print(sizes(300))
`;

test('closures, super() and properties run in tier 1 in the page, as the interpreter runs them', async () => {
  const { jit, report } = await runBothTiers(CLASSES);
  assert.match(jit, /^\(180000, \[6, 6\]\)$/m);
  const byName = Object.fromEntries(report.functions.map((f) => [f.name, f]));
  for (const name of ['Point3.__init__', 'scaler.<locals>.scale', 'sizes']) {
    assert.ok(byName[name].calls.jit > 0, `${name} ran in tier 1: ${JSON.stringify(byName[name])}`);
  }
});

/** A method with `locals` locals recursing `depth` deep: its compiled frames are big. */
function bigFrames(locals, depth) {
  const body = Array.from({ length: locals }, (_, i) => `        a${i} = n + ${i}\n`).join('');
  return `${FORCE}
class Walker:
    def walk(self, n):
${body}        if n == 0:
            return a1
        return self.walk(n - 1) + 1

force(Walker.walk)
print(Walker().walk(${depth}))
`;
}

test('recursion deeper than compiled code may go goes on in the interpreter, to the limit', async () => {
  // Compiled recursion with 60-local frames reaches its stack budget some 250 levels
  // down and hands every level over to the interpreter, which must not spend more of
  // the page's native stack on each than its own calls do (once a RecursionError at
  // about 200 levels, where the interpreter goes on to the recursion limit).
  const { jit, report } = await runBothTiers(bigFrames(60, 900));
  assert.match(jit, /^901$/m);
  // Each compiled entry recursed as deep as its budget and handed every level over:
  // resumed calls count as the interpreter's, and deep recursion is no failure of
  // compiled code (the function stays compiled).
  const walk = report.functions.find((f) => f.name === 'Walker.walk');
  assert.equal(walk.state.kind, 'compiled', JSON.stringify(walk));
  assert.ok(walk.resumes > 0, `the recursion was handed over: ${JSON.stringify(walk)}`);
});

test('the page logged no console errors', () => {
  assert.deepEqual(errors, []);
});
