// Bundles the page's early loader (www/playground/start.js), the page
// (www/playground/main.js), the embeddable widget (www/embed/embed.js) and the Python
// worker (www/core/worker.js, which pulls in wasm-bindgen's pkg/pave.js) into www/dist/
// with esbuild: a small, fast, standard bundler, so the page needs no CDN at run time. Run
// by `npm run build:web`.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    start: 'www/playground/start.js',
    main: 'www/playground/main.js',
    worker: 'www/core/worker.js',
    embed: 'www/embed/embed.js',
  },
  outdir: 'www/dist',
  bundle: true,
  format: 'esm',
  splitting: false,
  minify: true,
  sourcemap: 'linked',
  // Module workers, SharedArrayBuffer + Atomics.wait and WebAssembly streaming compile.
  target: ['chrome111', 'firefox115', 'safari16.4'],
  legalComments: 'linked',
  logLevel: 'warning',
});
