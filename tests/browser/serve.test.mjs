// tools/serve.mjs answered with plain Node `http` requests (no browser): over a scratch
// root that has what a build leaves (pkg/.built-from, stdlib/.compiled/, stdlib/.key),
// dotfiles, symlinks out of the served folders and within them, and precompressed copies.
// The server serves only the page's files, never dotfiles or what a symlink leads to
// outside them, answers only to Host 127.0.0.1:PORT or localhost:PORT (DNS rebinding), and
// honours q-values in Accept-Encoding.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { ROOT } from './harness.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pave-serve-'));
const root = path.join(scratch, 'root');
let server;
let port;

/** Write `text` at `relative` under `base`, making folders. */
function put(base, relative, text) {
  const file = path.join(base, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

before(async () => {
  put(root, 'index.html', '<!doctype html>index\n');
  put(root, 'www/app.js', 'console.log("app");\n');
  put(root, 'www/.hidden', 'hidden\n');
  put(root, 'www/.git/config', 'secret\n');
  put(root, 'pkg/pave.js', 'export {};\n');
  put(root, 'pkg/.built-from', 'abc123\n');
  put(root, 'stdlib/index.json', '{}\n');
  put(root, 'stdlib/.key', 'rustpython-0.6\n');
  put(root, 'stdlib/.compiled/os.bin', 'bytecode\n');
  put(root, 'target/secret.txt', 'not served\n');
  put(scratch, 'outside/secret.txt', 'outside the root\n');
  fs.symlinkSync(path.join(scratch, 'outside', 'secret.txt'), path.join(root, 'www', 'out.txt'));
  fs.symlinkSync(path.join(scratch, 'outside'), path.join(root, 'www', 'outdir'));
  fs.symlinkSync(path.join(root, 'target'), path.join(root, 'docs'));
  fs.symlinkSync(path.join(root, 'pkg', '.built-from'), path.join(root, 'www', 'stamp.txt'));
  fs.symlinkSync(path.join(root, 'www', 'app.js'), path.join(root, 'www', 'alias.js'));
  // Precompressed copies, written after the file so they count as fresh.
  const text = fs.readFileSync(path.join(root, 'www', 'app.js'));
  fs.writeFileSync(path.join(root, 'www', 'app.js.br'), zlib.brotliCompressSync(text));
  fs.writeFileSync(path.join(root, 'www', 'app.js.gz'), zlib.gzipSync(text));

  const child = spawn(process.execPath, [path.join(ROOT, 'tools', 'serve.mjs'), '--port', '0', '--root', root],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
});

after(() => {
  server?.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/**
 * GET `urlPath` (sent as is); resolves to `{status, headers, body}`. The Host header is
 * 127.0.0.1:PORT unless `headers.host` says otherwise (null: no Host header at all).
 */
function get(urlPath, headers = {}) {
  const all = { host: `127.0.0.1:${port}`, ...headers };
  if (all.host === null) delete all.host;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers: all, setHost: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the page\'s files are served, with the isolation headers', async () => {
  for (const [url, body] of [['/', '<!doctype html>index\n'], ['/index.html', '<!doctype html>index\n'],
    ['/www/app.js', 'console.log("app");\n'], ['/pkg/pave.js', 'export {};\n'], ['/stdlib/index.json', '{}\n']]) {
    const res = await get(url);
    assert.equal(res.status, 200, url);
    assert.equal(res.body.toString(), body, url);
    assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp');
  }
  // A symlink to another served file is fine.
  assert.equal((await get('/www/alias.js')).body.toString(), 'console.log("app");\n');
});

test('dotfiles and build metadata are never served', async () => {
  for (const url of ['/pkg/.built-from', '/stdlib/.key', '/stdlib/.compiled/os.bin', '/www/.hidden',
    '/www/.git/config', '/www/%2egit/config', '/www/../pkg/.built-from', '/www/%2e%2e/target/secret.txt',
    '/target/secret.txt', '/www//app.js', '/www/..%2f..%2fetc/passwd', '/www/..%5c..%5cetc/passwd']) {
    const res = await get(url);
    assert.equal(res.status, 404, `${url}: ${res.body}`);
  }
});

test('nothing a symlink leads to outside the served folders (or to a dotfile) is served', async () => {
  for (const url of ['/www/out.txt', '/www/outdir/secret.txt', '/docs/secret.txt', '/www/stamp.txt']) {
    const res = await get(url);
    assert.equal(res.status, 404, `${url}: ${res.body}`);
    assert.doesNotMatch(res.body.toString(), /outside the root|not served|abc123/);
  }
});

test('only Host 127.0.0.1:PORT or localhost:PORT is answered (DNS rebinding)', async () => {
  assert.equal((await get('/www/app.js', { host: `localhost:${port}` })).status, 200);
  assert.equal((await get('/www/app.js', { host: `LOCALHOST:${port}` })).status, 200);
  for (const host of [`evil.example:${port}`, 'evil.example', '127.0.0.1', `127.0.0.1:${port + 1}`,
    `localhost.evil.example:${port}`]) {
    const res = await get('/www/app.js', { host });
    assert.equal(res.status, 421, `Host: ${host}`);
    assert.match(res.body.toString(), /answers only to http:\/\/127\.0\.0\.1:\d+\/ and http:\/\/localhost:\d+\//);
  }
  // No Host at all: Node refuses an HTTP/1.1 request without one before we see it.
  assert.equal((await get('/www/app.js', { host: null })).status, 400);
});

test('Accept-Encoding q-values choose the variant; q=0 refuses a coding', async () => {
  const cases = [
    ['br', 'br'], ['gzip, br', 'br'], ['br;q=0', undefined], ['br;q=0, gzip', 'gzip'], ['br; q=0.0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'], ['gzip;q=1, br;q=0.5', 'gzip'], ['*', 'br'], ['*;q=0', undefined],
    ['gzip;q=0, *', 'br'], ['br;q=0, *;q=0.3', 'gzip'], ['BR', 'br'], ['identity', undefined], ['', undefined],
    ['br;q=2', undefined], ['br;q=abc, gzip', 'gzip'],
  ];
  for (const [accept, expected] of cases) {
    const res = await get('/www/app.js', { 'accept-encoding': accept });
    assert.equal(res.status, 200, accept);
    assert.equal(res.headers['content-encoding'], expected, `Accept-Encoding: ${accept}`);
    const text = expected === 'br' ? zlib.brotliDecompressSync(res.body)
      : expected === 'gzip' ? zlib.gunzipSync(res.body) : res.body;
    assert.equal(text.toString(), 'console.log("app");\n', accept);
  }
});
