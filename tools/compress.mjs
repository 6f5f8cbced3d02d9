// Writes precompressed copies (FILE.br, FILE.gz) next to each file given on the command
// line, for tools/serve.mjs to send to clients that accept them. Uses Node's own zlib
// (brotli and gzip), so it needs no extra tool. A copy newer than its source is kept.
//
// usage: node tools/compress.mjs FILE...
import fs from 'node:fs';
import zlib from 'node:zlib';

const brotliOptions = (size) => ({
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_GENERIC,
    // Quality 11: 3.88 MB for the module against 4.53 MB at 9, for about a minute of
    // compression each time the wasm changes; PAVE_BROTLI_QUALITY=5 (4.90 MB, 1.5 s) while
    // iterating on Rust.
    [zlib.constants.BROTLI_PARAM_QUALITY]: Number(process.env.PAVE_BROTLI_QUALITY ?? 11),
    [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

function fresh(copy, source) {
  try {
    return fs.statSync(copy).mtimeMs >= fs.statSync(source).mtimeMs;
  } catch {
    return false;
  }
}

for (const file of process.argv.slice(2)) {
  const data = fs.readFileSync(file);
  const sizes = [`${file}: ${data.length} B`];
  for (const [ext, compress] of [
    ['.br', (d) => zlib.brotliCompressSync(d, brotliOptions(d.length))],
    ['.gz', (d) => zlib.gzipSync(d, { level: 9 })],
  ]) {
    const copy = file + ext;
    if (!fresh(copy, file)) fs.writeFileSync(copy, compress(data));
    sizes.push(`${ext.slice(1)} ${fs.statSync(copy).size} B`);
  }
  console.log(sizes.join(', '));
}
