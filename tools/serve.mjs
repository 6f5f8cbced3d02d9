// The development server for the playground: plain Node `http`, no dependencies, bound to
// 127.0.0.1 only. Every response carries the cross-origin isolation headers (COOP
// same-origin + COEP require-corp, and CORP same-origin) that SharedArrayBuffer needs, which
// is what lets `input()` block the worker and Stop interrupt it gently. `.wasm` goes out as
// `application/wasm` (for streaming compilation), and a precompressed `FILE.br` / `FILE.gz`
// (tools/compress.mjs) is sent instead of FILE when the client accepts it (q > 0) and it is
// fresh.
//
// Strict about what it serves: only the folders the page needs, no path segment starting
// with `.` (build metadata such as pkg/.built-from and stdlib/.compiled/), nothing a symlink
// leads to outside them, and only to requests whose Host is 127.0.0.1:PORT or
// localhost:PORT, so a web page cannot read the files by rebinding its own domain name to
// 127.0.0.1 (421 otherwise).
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

/** Whether `relative` (a /-separated path under the root) is something we serve. */
function servable(relative) {
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return false;
  return SERVED.some((p) => (p.endsWith('/') ? relative.startsWith(p) : relative === p));
}

/** The file for a URL path under `root` (a real path), or null when it is not served. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  return servable(relative) ? path.join(root, relative) : null;
}

/**
 * The stat of `file` if it is a regular file that is served where it really is: a symlink
 * may only lead to another served file (not out of the folders, not to a dotfile).
 */
function statServed(root, file) {
  try {
    const real = fs.realpathSync(file);
    if (real !== file && !servable(path.relative(root, real).split(path.sep).join('/'))) return null;
    const stat = fs.statSync(real);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The content codings an `Accept-Encoding` header accepts, with their weights (RFC 9110
 * 12.5.3): `br;q=0` refuses brotli, `*` stands for any coding not named.
 */
function acceptedCodings(header) {
  const weights = new Map();
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/.exec(param);
      if (match) q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1]) ? Number(match[1]) : 0;
    }
    weights.set(name, q);
  }
  return (coding) => weights.get(coding) ?? weights.get('*') ?? 0;
}

/** The best variant of `file` for this request: a fresh .br/.gz copy the client accepts, or the file. */
function chooseVariant(root, file, stat, acceptEncoding) {
  const weight = acceptedCodings(acceptEncoding);
  const options = [['br', '.br'], ['gzip', '.gz']]
    .filter(([encoding]) => weight(encoding) > 0)
    .sort((a, b) => weight(b[0]) - weight(a[0]));
  for (const [encoding, ext] of options) {
    const copy = statServed(root, file + ext);
    if (copy && copy.mtimeMs >= stat.mtimeMs) return { path: file + ext, stat: copy, encoding };
  }
  return { path: file, stat, encoding: null };
}

/** Whether the request's Host names this server itself (not a rebound domain name). */
function hostAllowed(host, port) {
  const names = port === 80 ? ['127.0.0.1', 'localhost', '127.0.0.1:80', 'localhost:80'] : [`127.0.0.1:${port}`, `localhost:${port}`];
  return names.includes(host);
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

function handle(root, port, req, res) {
  if (!hostAllowed(String(req.headers.host ?? '').toLowerCase(), port)) {
    send(res, 421, `this server answers only to http://${HOST}:${port}/ and http://localhost:${port}/\n`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const file = resolvePath(root, url.pathname);
  const stat = file && statServed(root, file);
  if (!file || !stat) {
    send(res, 404, `not found: ${url.pathname}\n`);
    return;
  }
  const variant = chooseVariant(root, file, stat, String(req.headers['accept-encoding'] ?? ''));
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
  let root;
  try {
    root = fs.realpathSync(options.root);
  } catch {
    console.error(`serve.mjs: no such folder: ${options.root}`);
    process.exit(2);
  }
  if (!statServed(root, path.join(root, 'pkg', 'pave_bg.wasm'))) {
    console.warn('serve.mjs: pkg/pave_bg.wasm is missing; build it with `make web` (the page will not start)');
  }
  const server = http.createServer((req, res) => handle(root, server.address().port, req, res));
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
