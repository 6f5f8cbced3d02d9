// The turtle figures in README.md and docs/measurements.md, in headless Chromium:
//
// 1. A 100,000-segment spiral with speed(0) in the playground: time to the first batch
//    painted and to the end (as the page sees it, and inside Python), the slowest answer
//    of the page meanwhile, and Stop during it. `--runs N` (default 3) fresh page loads;
//    the first run of each is cold (V8 has not compiled the turtle's code paths yet).
// 2. Canvas against SVG for the pane: the same two pictures (the spiral: 2,400 polylines;
//    20,000 segments each in its own colour: 20,000 items) painted whole on the canvas
//    the pane uses, and shown as an SVG document; then one more segment on each.
//
// Usage: node tools/turtle-bench.mjs [--runs N]   (after `make web`)

import { launchBrowser, openPlayground, setCode, startServer, waitIdle } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

const SPIRAL = `import time, turtle
start = time.perf_counter()
t = turtle.Turtle()
t.speed(0)
for i in range(100000):
    t.forward(i * 0.004)
    t.left(59.3)
print(f"python {time.perf_counter() - start:.3f}")
`;
const COLOURS = `import turtle
t = turtle.Turtle()
t.speed(0)
t.hideturtle()
turtle.colormode(255)
for i in range(20000):
    t.pencolor(i % 256, (i * 7) % 256, (i * 13) % 256)
    t.forward(i * 0.02)
    t.left(59.3)
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function spiral(page) {
  await page.click('#clear');
  await setCode(page, SPIRAL);
  await page.evaluate(() => {
    const view = window.pave.drawing;
    const probe = { start: performance.now(), first: 0 };
    window.turtleProbe = probe;
    view.draw = (numbers, strings) => {
      probe.first ||= performance.now() - probe.start;
      Object.getPrototypeOf(view).draw.call(view, numbers, strings);
    };
  });
  await page.click('#run');
  let slowest = 0;
  while ((await page.getAttribute('body', 'data-state')) !== 'idle') {
    const t0 = performance.now();
    await page.evaluate(() => 0);
    slowest = Math.max(slowest, performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const probe = await page.evaluate(() => ({ ...window.turtleProbe, total: performance.now() - window.turtleProbe.start }));
  const python = Number((await page.evaluate(() => window.pave.console.text())).match(/python ([\d.]+)/)?.[1]) * 1000;
  await page.evaluate(() => { delete window.pave.drawing.draw; });
  return { firstMs: probe.first, totalMs: probe.total, pythonMs: python, slowestAnswerMs: slowest };
}

async function stopDuringSpiral(page) {
  await setCode(page, SPIRAL);
  await page.click('#run');
  await page.waitForFunction(() => window.pave.drawing.model.commands > 1000);
  const t0 = performance.now();
  await page.click('#stop');
  await waitIdle(page, 10_000);
  return performance.now() - t0;
}

/** Paint the pane's picture whole on its canvas, and as SVG; then add one segment. */
function compare(page) {
  return page.evaluate(async () => {
    const view = window.pave.drawing;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const items = view.model.items.size;
    let t0 = performance.now();
    view.model.everything = true;
    view.paint();
    view.main.getContext('2d').getImageData(0, 0, 1, 1);
    const canvasFull = performance.now() - t0;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:0;top:0;width:640px;height:600px;z-index:9';
    document.body.append(holder);
    await frame();
    t0 = performance.now();
    holder.innerHTML = view.svg();
    holder.getBoundingClientRect();
    await frame();
    const svgFull = performance.now() - t0;
    // One segment more: on the canvas, the new segment alone; in SVG, a new point on the
    // last polyline, then the browser's own repaint.
    const line = [...view.model.items.values()].filter((it) => it.kind === 'line' && it.fill).pop();
    t0 = performance.now();
    const n = line.points.length;
    line.points.push(line.points[n - 2] + 1, line.points[n - 1] + 1);
    view.model.touched.add(line.id);
    view.paint();
    view.main.getContext('2d').getImageData(0, 0, 1, 1);
    const canvasOne = performance.now() - t0;
    const polyline = [...holder.querySelectorAll('polyline')].pop();
    t0 = performance.now();
    polyline.setAttribute('points', `${polyline.getAttribute('points')} 1,1`);
    await frame();
    const svgOne = performance.now() - t0;
    holder.remove();
    return { items, canvasFull, svgFull, canvasOne, svgOne };
  });
}

const server = await startServer();
const spirals = [];
const stops = [];
let rendering = null;
try {
  for (let i = 0; i < runs; i++) {
    const browser = await launchBrowser();
    try {
      const { page } = await openPlayground(browser.context, server.url);
      const cold = await spiral(page);
      const warm = await spiral(page);
      spirals.push({ cold, warm });
      stops.push(await stopDuringSpiral(page));
      if (i === 0) {
        await setCode(page, SPIRAL);
        await page.click('#run');
        await waitIdle(page, 120_000);
        const big = await compare(page);
        await setCode(page, COLOURS);
        await page.click('#run');
        await waitIdle(page, 120_000);
        rendering = { spiral: big, colours: await compare(page) };
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

const ms = (x) => `${Math.round(x)} ms`;
for (const kind of ['cold', 'warm']) {
  const pick = (field) => median(spirals.map((s) => s[kind][field]));
  console.log(`spiral, ${kind} (median of ${runs}): first batch painted after ${ms(pick('firstMs'))}, ` +
    `done after ${ms(pick('totalMs'))} (Python ${ms(pick('pythonMs'))}), slowest answer of the page ${ms(pick('slowestAnswerMs'))}`);
}
console.log(`Stop during the spiral: idle after ${ms(median(stops))} (median of ${runs})`);
for (const [name, r] of Object.entries(rendering)) {
  console.log(`${name} (${r.items} items): whole picture ${ms(r.canvasFull)} on the canvas, ${ms(r.svgFull)} as SVG; ` +
    `one more segment ${r.canvasOne.toFixed(2)} ms on the canvas, ${ms(r.svgOne)} in SVG (a frame included)`);
}
