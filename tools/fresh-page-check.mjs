// Loads a served playground in Debian's Chromium and runs one program, the way a new user's
// first visit does (`make fresh-check`, scripts/fresh-check.sh). Exits non-zero, saying why,
// if the page does not get ready, the program's output is wrong, or the console has errors.
//
// usage: node tools/fresh-page-check.mjs URL
import { launchBrowser, openPlayground, runProgram } from '../tests/browser/harness.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tools/fresh-page-check.mjs URL');
  process.exit(2);
}
const browser = await launchBrowser();
try {
  const started = performance.now();
  const { page, errors } = await openPlayground(browser.context, url);
  const ready = performance.now() - started;
  const text = await runProgram(page, 'import math\nprint("fresh", sum(range(10)), math.pi)\n');
  if (!text.includes('fresh 45 3.141592653589793')) throw new Error(`unexpected output: ${JSON.stringify(text)}`);
  if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  console.log(`page ready in ${(ready / 1000).toFixed(2)} s; the program printed: ${text.trim()}`);
} catch (err) {
  console.error(`fresh-page-check: ${err.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
