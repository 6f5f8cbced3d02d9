// Times tools/objects/kernels.py natively (`pave run`, release build) and in headless
// Chromium (the playground), and prints both: each kernel interpreted and compiled with
// objects, from one run of the program in each place (ratios never mix runs).
//
//   node tools/objects/kernels.mjs [--no-native]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, openPlayground, ROOT, runProgram, startServer } from '../../tests/browser/harness.mjs';
import { RELEASE_PAVE } from '../paths.mjs';

const program = fs.readFileSync(path.join(ROOT, 'tools', 'objects', 'kernels.py'), 'utf8');
const parse = (text) => text.split('\n')
  .filter((l) => l.startsWith('KERNEL|'))
  .map((l) => {
    const [, label, interp, compiled, ratio, same] = l.split('|');
    return { label, interp: Number(interp), compiled: Number(compiled), ratio: Number(ratio), same };
  });

let native = [];
if (!process.argv.includes('--no-native')) {
  const file = path.join(ROOT, 'tools', 'objects', 'kernels.py');
  native = parse(execFileSync(RELEASE_PAVE, ['run', file], { encoding: 'utf8' }));
}

const server = await startServer();
const browser = await launchBrowser();
let web;
try {
  const { page } = await openPlayground(browser.context, server.url);
  web = parse(await runProgram(page, program));
} finally {
  await browser.close();
  server.close();
}

console.log('| Kernel | Chromium interpreted | Chromium compiled | speed-up | native interpreted | native compiled | speed-up |');
console.log('|---|---|---|---|---|---|---|');
for (const w of web) {
  const n = native.find((k) => k.label === w.label);
  const nat = n ? `${n.interp} ms | ${n.compiled} ms | ${n.ratio}×` : '– | – | –';
  const flag = w.same === 'same' && (!n || n.same === 'same') ? '' : ` (${w.same}; ${n?.same})`;
  console.log(`| ${w.label}${flag} | ${w.interp} ms | ${w.compiled} ms | ${w.ratio}× | ${nat} |`);
}
