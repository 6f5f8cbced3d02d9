// The development server for the playground: plain Node `http`, no dependencies, bound to
// 127.0.0.1 only. Every response carries the cross-origin isolation headers (COOP
// same-origin + COEP require-corp, and CORP same-origin) that SharedArrayBuffer needs, which
// is what lets `input()` block the worker and Stop interrupt it gently. `.wasm` goes out as
// `application/wasm` (for streaming compilation), and a precompressed `FILE.br` / `FILE.gz`
// (tools/compress.mjs) is sent instead of FILE when the client accepts it and it is fresh.
//
// usage: node tools/serve.mjs [--port N] [--root DIR]     (N = 0 picks a free port)
// Prints `Pave playground: http://127.0.0.1:PORT/` once it listens.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';

/** What the page needs; nothing else in the repository (target/, .git/ …) is served. */
const SERVED = ['index.html', 'www/', 'pkg/', 'docs/', 'stdlib/'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.py': 'text/x-python; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { port: 8000, root: fileURLToPath(new URL('..', import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
        throw new UsageError(`--port must be a port number, not ${argv[i]}`);
      }
    } else if (arg === '--root') {
      options.root = path.resolve(value());
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('usage: node tools/serve.mjs [--port N] [--root DIR]');
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

/** The file for a URL path, or null when it is outside what we serve. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (relative === '' || relative === '.') relative = 'index.html';
  if (relative.startsWith('..') || !SERVED.some((p) => (p.endsWith('/') ? relative.startsWith(p) : relative === p))) {
    return null;
  }
  const file = path.join(root, relative);
  return file.startsWith(root) ? file : null;
}

function statFile(file) {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/** The best variant of `file` for this request: a fresh .br/.gz copy the client accepts, or the file. */
function chooseVariant(file, stat, acceptEncoding) {
  const accepted = new Set(acceptEncoding.split(',').map((s) => s.trim().split(';')[0]));
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.has(encoding)) continue;
    const copy = statFile(file + ext);
    if (copy && copy.mtimeMs >= stat.mtimeMs) return { path: file + ext, stat: copy, encoding };
  }
  return { path: file, stat, encoding: null };
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const file = resolvePath(root, url.pathname);
  const stat = file && statFile(file);
  if (!file || !stat) {
    send(res, 404, `not found: ${url.pathname}\n`);
    return;
  }
  const variant = chooseVariant(file, stat, String(req.headers['accept-encoding'] ?? ''));
  const etag = `"${variant.stat.size.toString(16)}-${Math.floor(variant.stat.mtimeMs).toString(16)}${variant.encoding ? `-${variant.encoding}` : ''}"`;
  const headers = {
    ...ISOLATION_HEADERS,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ETag: etag,
    Vary: 'Accept-Encoding',
  };
  if (variant.encoding) headers['Content-Encoding'] = variant.encoding;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['Content-Length'] = variant.stat.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(variant.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`serve.mjs: ${err.message}`);
    process.exit(2);
  }
  if (!statFile(path.join(options.root, 'pkg', 'pave_bg.wasm'))) {
    console.warn('serve.mjs: pkg/pave_bg.wasm is missing; build it with `make web` (the page will not start)');
  }
  const server = http.createServer((req, res) => handle(options.root, req, res));
  server.on('error', (err) => {
    console.error(`serve.mjs: ${err.code === 'EADDRINUSE' ? `port ${options.port} is in use (try --port)` : err.message}`);
    process.exit(1);
  });
  server.listen(options.port, HOST, () => {
    console.log(`Pave playground: http://${HOST}:${server.address().port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}

main();
