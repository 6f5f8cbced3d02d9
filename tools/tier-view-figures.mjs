// The tier view's figures for the README, measured in headless Chromium on the playground:
// what a fresh session costs (Compare and the widgets run in one), what the per-function
// timing of Compare's JIT-off run costs against plain tier 0, the Compare ratio for fib,
// and how long share links are. Medians of `--runs N` (default 5).
//
// usage: node tools/tier-view-figures.mjs [--runs N]

import { launchBrowser, openPlayground, startServer } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const FIB = `def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(25))
`;



const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await openPlayground(browser.context, server.url);
  /**
   * Medians of wall time (page side) and run time (worker side) of `code` under each of
   * `variants` (run options), interleaved so that V8 warming up the interpreter favours
   * none of them; one unmeasured round first.
   */
  const measure = (code, variants) => page.evaluate(async ({ code, variants, runs }) => {
    const wall = variants.map(() => []);
    const elapsed = variants.map(() => []);
    for (let i = -1; i < runs; i++) {
      for (const [k, options] of variants.entries()) {
        const t0 = performance.now();
        const { outcome } = await window.pave.runner.run(code, 'main.py', options);
        if (i < 0) continue;
        wall[k].push(performance.now() - t0);
        elapsed[k].push(outcome.elapsed_ms);
      }
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return variants.map((_, k) => ({ wall: med(wall[k]), elapsed: med(elapsed[k]) }));
  }, { code, variants, runs });

  const on = { jit: { enabled: true, threshold: 50 } };
  const off = { jit: { enabled: false, threshold: 50 } };
  const [inSession, fresh] = await measure('pass\n', [{}, { fresh: on }]);
  const [plain, profiled, jit] = await measure(FIB, [{ fresh: off }, { fresh: { ...off, profile: true } }, { fresh: on }]);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`runs per figure: ${runs} (medians)`);
  console.log(`run 'pass' in the session: ${ms(inSession.wall)} page to page; in a fresh session: ${ms(fresh.wall)}`);
  console.log(`fib(25), JIT off, plain tier 0: ${ms(plain.elapsed)}; with per-function timing (Compare): ${ms(profiled.elapsed)} (${((profiled.elapsed / plain.elapsed - 1) * 100).toFixed(1)}% difference)`);
  console.log(`fib(25), JIT on: ${ms(jit.elapsed)}; Compare's ratio: ${(profiled.elapsed / jit.elapsed).toFixed(1)}x`);

  // Share links of the fib program: without and with the results of a run.
  await page.evaluate((c) => window.pave.editor.setCode(c), FIB);
  await page.click('#run');
  await page.waitForSelector('body[data-state="idle"]');
  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share-link').value.includes('#pave=1.'));
  const withResults = (await page.inputValue('#share-link')).length;
  await page.uncheck('#share-results');
  await page.waitForFunction((n) => document.querySelector('#share-link').value.length !== n, withResults);
  const codeOnly = (await page.inputValue('#share-link')).length;
  console.log(`share link of that program: ${codeOnly} characters, ${withResults} with its results (origin ${server.url.length} included)`);
} finally {
  await browser.close();
  server.close();
}

