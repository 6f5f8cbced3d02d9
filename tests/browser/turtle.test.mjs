// Turtle graphics in real headless Chromium: every program of tests/turtle/ drawn in the
// playground (JIT on and off) and in a widget must leave exactly the SVG that CPython's
// turtle draws (tests/turtle/NAME.svg, which `pave run --turtle` also writes) and print
// the same; the pane's pixels at known points; a click and a key handled by a program
// waiting in done(); a 100,000-segment spiral (timed, the page answering and Stop working
// meanwhile); a run clearing the last drawing; Save as SVG and PNG. Saves the README's
// screenshot (docs/turtle.png with PAVE_SCREENSHOT=1 or when it is missing).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS, ROOT, consoleText, launchBrowser, openPlayground, setCode, startServer, waitForText, waitIdle,
} from './harness.mjs';

const CORPUS = path.join(ROOT, 'tests', 'turtle');
const PROGRAMS = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.py') && f !== 'bless.py').map((f) => f.slice(0, -3)).sort();
const golden = (name, ext) => fs.readFileSync(path.join(CORPUS, `${name}.${ext}`), 'utf8');

let server;
let browser;
let page;
let errors;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  ({ page, errors } = await openPlayground(browser.context, server.url));
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Run `code` in the playground with the JIT on or off; the console text after it. With
 * `clickAfter`, the program waits in exitonclick() as in CPython's window: once the console
 * shows `clickAfter`, the drawing gets a click.
 */
async function run(code, { jit = true, timeout = 60_000, clickAfter = null } = {}) {
  await page.evaluate((on) => {
    const box = document.querySelector('#jit-enabled');
    if (box.checked !== on) box.click();
  }, jit);
  await page.click('#clear');
  await setCode(page, code);
  await page.click('#run');
  if (clickAfter !== null) {
    await waitForText(page, clickAfter);
    assert.equal(await page.getAttribute('body', 'data-state'), 'running', 'exitonclick() waits for a click');
    const point = await page.evaluate(() => window.pave.drawing.toClient(0, 0));
    await page.mouse.click(point.x, point.y);
  }
  await waitIdle(page, timeout);
  return consoleText(page);
}

/** What a corpus program prints before it waits in exitonclick() (null if it does not). */
function beforeExitOnClick(name) {
  if (!golden(name, 'py').includes('exitonclick()')) return null;
  // The corpus convention: such a program prints "after exitonclick" once it returns.
  const [before] = golden(name, 'out').split('after exitonclick\n');
  return before.trimEnd().split('\n').pop();
}

const svg = () => page.evaluate(() => window.pave.drawing.svg());

/** What the program printed: the console's lines between `▶ main.py` and the tier note. */
function printed(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('▶ main.py')) + 1;
  const end = lines.findIndex((l, i) => i >= start && l.startsWith('tiers'));
  return `${lines.slice(start, end === -1 ? undefined : end).join('\n')}\n`.replace(/^\n$/, '');
}

for (const jit of [true, false]) {
  test(`the corpus draws CPython's pictures in the playground, JIT ${jit ? 'on' : 'off'}`, async () => {
    for (const name of PROGRAMS) {
      const text = await run(golden(name, 'py'), { jit, clickAfter: beforeExitOnClick(name) });
      assert.equal(printed(text), golden(name, 'out'), `${name}: output`);
      assert.equal(await svg(), golden(name, 'svg'), `${name}: picture`);
      assert.equal(await page.evaluate(() => window.pave.drawing.shown), true);
    }
    assert.deepEqual(errors, []);
  });
}

test('the pane shows the picture: pixels at known points', async () => {
  await run(`import turtle
t = turtle.Turtle()
t.speed(0)
t.hideturtle()
turtle.bgcolor("lightyellow")
t.pensize(12)
t.pencolor("red")
t.penup(); t.goto(-200, 150); t.pendown()
t.forward(200)
t.penup(); t.goto(50, -50); t.pendown()
t.color("blue", "blue")
t.begin_fill()
for side in range(4):
    t.forward(100)
    t.right(90)
t.end_fill()
t.penup(); t.goto(-100, -100)
t.dot(40, "green")
`);
  const pixel = (x, y) => page.evaluate(([a, b]) => window.pave.drawing.pixel(a, b), [x, y]);
  // Canvas coordinates: y points down, so the red line at turtle y=150 is at canvas y=-150.
  const near = (rgba, rgb) => rgb.every((c, i) => Math.abs(rgba[i] - c) < 40) && rgba[3] === 255;
  assert.ok(near(await pixel(-100, -150), [255, 0, 0]), `red line: ${await pixel(-100, -150)}`);
  assert.ok(near(await pixel(100, 100), [0, 0, 255]), `blue square: ${await pixel(100, 100)}`);
  assert.ok(near(await pixel(-100, 100), [0, 128, 0]), `green dot: ${await pixel(-100, 100)}`);
  assert.ok(near(await pixel(200, -200), [255, 255, 224]), `background: ${await pixel(200, -200)}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  assert.deepEqual(errors, []);
});

test('a click and a key reach the program waiting in done(); bye() ends it', async () => {
  await page.click('#clear');
  await setCode(page, `import turtle
screen = turtle.Screen()
t = turtle.Turtle()
t.speed(0)
def click(x, y):
    t.goto(x, y)
    print("click", round(x), round(y))
def up():
    t.forward(50)
    print("up", t.pos())
def quit():
    print("bye")
    screen.bye()
screen.onscreenclick(click)
screen.onkey(up, "Up")
screen.onkey(quit, "q")
screen.listen()
print("listening")
turtle.done()
print("after done")
`);
  await page.click('#run');
  await waitForText(page, 'listening');
  await page.waitForFunction(() => window.pave.drawing.shown);
  const point = await page.evaluate(() => window.pave.drawing.toClient(100, -50));
  await page.mouse.click(point.x, point.y);
  await waitForText(page, 'click 100 50');
  await page.keyboard.press('ArrowUp');
  await waitForText(page, 'up (150.00,50.00)');
  assert.equal(await page.getAttribute('body', 'data-state'), 'running', 'done() still waits');
  await page.keyboard.press('q');
  await waitIdle(page);
  assert.match(await consoleText(page), /bye\nafter done\n/);
  assert.match(await svg(), /<polyline points="0,0 100,-50 150,-50"/);
  assert.deepEqual(errors, []);
});

test('Stop ends a program waiting for events, and a timer keeps a drawing going until then', async () => {
  await page.click('#clear');
  await setCode(page, `import turtle
screen = turtle.Screen()
t = turtle.Turtle()
t.speed(0)
ticks = 0
def tick():
    global ticks
    ticks += 1
    t.left(10)
    t.forward(5)
    screen.ontimer(tick, 20)
tick()
turtle.mainloop()
`);
  await page.click('#run');
  await page.waitForFunction(() => (window.pave.drawing.svg().match(/,/g) || []).length > 40, null, { timeout: 20_000 });
  await page.click('#stop');
  await waitIdle(page, 5_000);
  assert.match(await consoleText(page), /KeyboardInterrupt/);
  assert.doesNotMatch(await consoleText(page), /session was reset/);
  assert.deepEqual(errors, []);
});

test('a 100,000-segment spiral: first pixels soon, the page answers, and it finishes', async () => {
  const code = `import turtle
t = turtle.Turtle()
t.speed(0)
for i in range(100000):
    t.forward(i * 0.004)
    t.left(59.3)
`;
  const figures = [];
  for (let round = 0; round < 2; round++) {
    await page.click('#clear');
    await setCode(page, code);
    await page.evaluate(() => {
      const view = window.pave.drawing;
      const probe = { start: performance.now(), first: 0, batches: 0 };
      window.turtleProbe = probe;
      const draw = view.draw.bind(view);
      view.draw = (numbers, strings) => {
        probe.first ||= performance.now() - probe.start;
        probe.batches++;
        draw(numbers, strings);
      };
    });
    await page.click('#run');
    const answers = [];
    while ((await page.getAttribute('body', 'data-state')) !== 'idle') {
      const t0 = Date.now();
      await page.evaluate(() => 0);
      answers.push(Date.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const probe = await page.evaluate(() => ({ ...window.turtleProbe, total: performance.now() - window.turtleProbe.start }));
    await page.evaluate(() => { delete window.pave.drawing.draw; });
    figures.push({ firstMs: Math.round(probe.first), totalMs: Math.round(probe.total), batches: probe.batches, slowestAnswerMs: Math.max(...answers) });
  }
  console.log(`100,000 segments (cold, warm): ${JSON.stringify(figures)}`);
  const last = await svg();
  assert.ok(last.length > 1_000_000, `a big picture: ${last.length} bytes of SVG`);
  for (const f of figures) {
    assert.ok(f.batches < 2000, `batched: ${f.batches} messages`);
    assert.ok(f.slowestAnswerMs < 1000, `the page answered within ${f.slowestAnswerMs} ms`);
  }

  // Stop during it: at once, gently (no reset), and no batch is painted after. (A spiral
  // 100 times as long: on a loaded machine the worker could finish the short one before
  // the page had drawn its first 1,000 segments, leaving nothing to stop.)
  await page.click('#clear');
  await setCode(page, code.replace('range(100000)', 'range(10000000)'));
  await page.click('#run');
  await page.waitForFunction(() => window.pave.drawing.model.commands > 1000);
  const stopped = Date.now();
  await page.click('#stop');
  await waitIdle(page, 5_000);
  const stopMs = Date.now() - stopped;
  console.log(`Stop during the spiral: idle after ${stopMs} ms`);
  assert.ok(stopMs < 1000, `stopped in ${stopMs} ms`);
  assert.match(await consoleText(page), /KeyboardInterrupt/);
  assert.doesNotMatch(await consoleText(page), /session was reset/);
  assert.deepEqual(errors, []);
});

test('a run clears the last drawing, and a run that draws nothing hides the pane', async () => {
  await run('import turtle\nturtle.forward(50)\n');
  assert.match(await svg(), /<polyline points="0,0 50,0"/);
  await run('import turtle\nturtle.left(90)\nturtle.forward(30)\n');
  const second = await svg();
  assert.match(second, /<polyline points="0,0 0,-30"/);
  assert.doesNotMatch(second, /50,0/);
  // The REPL draws on.
  await page.locator('.console-input').fill('turtle.forward(20)');
  await page.locator('.console-input').press('Enter');
  // (Waiting for idle alone can return before the entry starts; the line is animated.)
  await page.waitForFunction(() => window.pave.drawing.svg().includes('<polyline points="0,0 0,-30 0,-50"'), null, { timeout: 20_000 });
  await waitIdle(page);
  await run('print("no drawing")\n');
  assert.equal(await page.evaluate(() => window.pave.drawing.shown), false);
  assert.equal(await page.evaluate(() => document.querySelector('.side-pane').classList.contains('has-drawing')), false);
  assert.deepEqual(errors, []);
});

test('Save writes the SVG and a PNG of the picture', async () => {
  await run(golden('tree', 'py'));
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('.drawing-save[data-save="svg"]')]);
  assert.equal(svgDownload.suggestedFilename(), 'turtle.svg');
  assert.equal(fs.readFileSync(await svgDownload.path(), 'utf8'), golden('tree', 'svg'));
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('.drawing-save[data-save="png"]')]);
  assert.equal(pngDownload.suggestedFilename(), 'turtle.png');
  const png = fs.readFileSync(await pngDownload.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 640, 'the window is 640 wide');
  assert.equal(png.readUInt32BE(20), 600, 'and 600 high');
  assert.deepEqual(errors, []);
});

test('README screenshot: the tree in the playground', async () => {
  await run(golden('tree', 'py'));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'turtle.png');
  await page.screenshot({ path: shot });
  const docs = path.join(ROOT, 'docs', 'turtle.png');
  if (process.env.PAVE_SCREENSHOT === '1' || !fs.existsSync(docs)) fs.copyFileSync(shot, docs);
});

test('a widget draws the corpus under its code, as the playground does', async () => {
  const demo = await browser.context.newPage();
  const pageErrors = [];
  demo.on('pageerror', (err) => pageErrors.push(err.message));
  await demo.goto(`${server.url}www/embed-demo.html`);
  await demo.waitForFunction(() => customElements.get('pave-snippet') && window.paveEmbed);
  const id = 'lesson-turtle';
  for (const name of PROGRAMS) {
    await demo.evaluate(([i, c]) => document.getElementById(i).editor.setCode(c), [id, golden(name, 'py')]);
    await demo.locator(`#${id}`).locator('button.run').click();
    const clickAfter = beforeExitOnClick(name);
    if (clickAfter !== null) {
      await demo.waitForFunction(([i, line]) => document.getElementById(i).shadowRoot.querySelector('.out').textContent.includes(line), [id, clickAfter], { timeout: 60_000 });
      await demo.locator(`#${id} .drawing-stage`).scrollIntoViewIfNeeded();
      const point = await demo.evaluate((i) => document.getElementById(i).drawing.toClient(0, 0), id);
      await demo.mouse.click(point.x, point.y);
    }
    await demo.waitForFunction((i) => /^(done|\w+Error) /.test(document.getElementById(i).shadowRoot.querySelector('.status').textContent), id, { timeout: 60_000 });
    const result = await demo.evaluate((i) => {
      const widget = document.getElementById(i);
      return { out: widget.shadowRoot.querySelector('.out').textContent, svg: widget.drawing.svg(), shown: widget.drawing.shown };
    }, id);
    assert.equal(result.out, golden(name, 'out'), `${name}: output`);
    assert.equal(result.svg, golden(name, 'svg'), `${name}: picture`);
    assert.equal(result.shown, true);
  }
  // A click reaches a widget's program too.
  const clicks = 'lesson-clicks';
  await demo.locator(`#${clicks}`).scrollIntoViewIfNeeded();
  await demo.locator(`#${clicks}`).locator('button.run').click();
  await demo.waitForFunction((i) => document.getElementById(i).drawing.shown, clicks, { timeout: 60_000 });
  await demo.locator(`#${clicks} .drawing-stage`).scrollIntoViewIfNeeded();
  const point = await demo.evaluate((i) => document.getElementById(i).drawing.toClient(150, -100), clicks);
  await demo.mouse.click(point.x, point.y);
  await demo.waitForFunction((i) => document.getElementById(i).drawing.svg().includes('<polyline points="0,0 150,-100"'), clicks, { timeout: 20_000 });
  await demo.locator(`#${clicks}`).locator('button.run').click();
  await demo.waitForFunction((i) => /^KeyboardInterrupt in /.test(document.getElementById(i).shadowRoot.querySelector('.status').textContent), clicks);
  assert.deepEqual(pageErrors, []);
  await demo.close();
});
