// Builds stdlib/: RustPython's pure-Python standard library, precompiled, for the web
// build, which does not freeze it into the wasm module (that was ~6 MB of the brotli
// download). Run by scripts/build-web.sh after wasm-bindgen; needs pkg/.
//
// 1. Compiles every module of rustpython-pylib's Lib/ (found with `cargo metadata`) with
//    the web build itself, running in Node: `compile()` + `marshal.dumps()`, so the bytecode
//    is exactly what that VM expects (the marshal format belongs to the RustPython version).
// 2. Finds the core set: the modules a fresh session loads to start and to import the
//    common modules (CORE_IMPORTS), by running the import in a session whose host records
//    what it is asked for.
// 3. Writes stdlib/index.json (every module: package or not, and where its code is),
//    stdlib/core.bin (the core set's code, concatenated; the page fetches it with the wasm)
//    and stdlib/mod/NAME.bin (the rest, fetched by the worker on first import), plus .br
//    and .gz copies for tools/serve.mjs.
//
// Incremental: the bytecode (the slow part, ~15 s) is kept in stdlib/.compiled/ and redone
// only when the RustPython versions in Cargo.lock or this file change; the core set (which
// depends on what the session imports as it starts) is redone when the wasm changes; files
// are rewritten and recompressed only when their bytes change.
//
// usage: node tools/stdlib.mjs [--force]

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'stdlib');

/** What a playground program most often imports; these and their imports load at start. */
const CORE_IMPORTS = ['math', 'random', 'json', 're', 'collections', 'itertools', 'functools',
  'dataclasses', 'time', 'string', 'heapq', 'typing', 'datetime', 'statistics', 'fractions', 'textwrap'];

/** Lib/ directories that cannot work in a browser worker or are tools, not modules. */
const SKIP_DIRS = new Set(['idlelib', 'tkinter', 'turtledemo', 'ensurepip', 'venv', '__phello__', 'test']);

class StdlibError extends Error {}

const FORCE = process.argv.includes('--force');

/** What the bytecode depends on: the RustPython crates, the Lib/ they ship, this file. */
function compileKey(libDir) {
  const hash = crypto.createHash('sha256');
  const lock = fs.readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  for (const m of lock.matchAll(/name = "(rustpython-[^"]+)"\nversion = "([^"]+)"/g)) hash.update(`${m[1]}@${m[2]}\n`);
  hash.update(libDir);
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex');
}

/** rustpython-pylib's Lib/. cargo's build has already unpacked the crate into the registry
 *  (it is a dependency of the wasm build), so look there first: reading its version from
 *  Cargo.lock needs no network and no other crate. `cargo metadata` resolves the whole
 *  graph, downloading every crate it has not seen, so it is only the fallback (and it may
 *  download: never `--offline`, which fails on a machine whose registry cache is empty). */
function findLibDir() {
  const lock = fs.readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  const version = lock.match(/name = "rustpython-pylib"\nversion = "([^"]+)"/)?.[1];
  if (!version) throw new StdlibError('rustpython-pylib is not in Cargo.lock');
  const cargoHome = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
  const registry = path.join(cargoHome, 'registry', 'src');
  for (const index of fs.existsSync(registry) ? fs.readdirSync(registry) : []) {
    const lib = path.join(registry, index, `rustpython-pylib-${version}`, 'Lib');
    if (fs.existsSync(path.join(lib, 'os.py'))) return lib;
  }
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1',
    '--filter-platform', 'wasm32-unknown-unknown'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'] }));
  const pylib = meta.packages.find((p) => p.name === 'rustpython-pylib');
  if (!pylib) throw new StdlibError('rustpython-pylib is not a dependency (cargo metadata)');
  const lib = path.join(path.dirname(pylib.manifest_path), 'Lib');
  if (!fs.existsSync(lib)) throw new StdlibError(`no Lib/ in ${path.dirname(pylib.manifest_path)}`);
  return lib;
}

/** Every module under `lib`: `{name, file, package}`. */
function listModules(lib) {
  const modules = [];
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!prefix && SKIP_DIRS.has(entry.name)) continue;
        if (/^[A-Za-z_]\w*$/.test(entry.name) && fs.existsSync(path.join(full, '__init__.py'))) {
          walk(full, `${prefix}${entry.name}.`);
        }
      } else if (entry.name.endsWith('.py')) {
        const stem = entry.name.slice(0, -3);
        if (!/^[A-Za-z_]\w*$/.test(stem)) continue;
        if (stem === '__init__') modules.push({ name: prefix.slice(0, -1), file: full, package: true });
        else modules.push({ name: prefix + stem, file: full, package: false });
      }
    }
  };
  walk(lib, '');
  return modules;
}

async function loadVm() {
  const { initSync, WebSession } = await import(path.join(ROOT, 'pkg', 'pave.js'));
  initSync({ module: fs.readFileSync(path.join(ROOT, 'pkg', 'pave_bg.wasm')) });
  return WebSession;
}

/** A session whose input() reads from `lines`, whose output is collected, and whose
 *  stdlib comes from `provide(name)`. */
function session(WebSession, { lines = [], provide = () => null } = {}) {
  const out = [];
  const host = {
    write: (_stream, text) => out.push(text),
    readline: () => (lines.length ? lines.shift() : null),
    interrupted: () => false,
    stdlibModule: provide,
  };
  return { vm: new WebSession(host), out, lines };
}

const COMPILER = `
import marshal, binascii
while True:
    name = input()
    if not name:
        break
    filename = input()
    source = input()
    try:
        data = marshal.dumps(compile(source, filename, "exec", dont_inherit=True))
        print("OK", name, binascii.b2a_base64(data, newline=False).decode())
    except SyntaxError as err:
        print("ERR", name, str(err).replace("\\n", " "))
`;

function compileAll(WebSession, modules) {
  const lines = [];
  for (const m of modules) {
    const filename = `stdlib/${m.name.replaceAll('.', '/')}${m.package ? '/__init__.py' : '.py'}`;
    lines.push(m.name, filename, fs.readFileSync(m.file, 'utf8'));
  }
  lines.push('');
  const { vm, out } = session(WebSession, { lines });
  const outcome = vm.run(COMPILER, 'compile_stdlib.py');
  if (outcome.error) throw new StdlibError(`compiling the stdlib failed:\n${outcome.error.traceback}`);
  const code = new Map();
  const failed = [];
  for (const line of out.join('').split('\n')) {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const [status, name, rest] = [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
    if (status === 'OK') code.set(name, Buffer.from(rest, 'base64'));
    else if (status === 'ERR') failed.push(`${name}: ${rest}`);
  }
  return { code, failed };
}

function findCore(WebSession, modules, code) {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const used = [];
  const provide = (name) => {
    const m = byName.get(name);
    if (!m || !code.has(name)) return null;
    used.push(name);
    return { code: code.get(name), package: m.package };
  };
  const { vm, out } = session(WebSession, { provide });
  const outcome = vm.run(`import ${CORE_IMPORTS.join(', ')}\n`, 'core.py');
  if (outcome.error) throw new StdlibError(`importing the core modules failed:\n${outcome.error.traceback}${out.join('')}`);
  return used;
}

/** Write `data` to `file` (and its .br/.gz copies) unless it already holds exactly that. */
function writeServed(file, data) {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(data) && fs.existsSync(`${file}.br`)) return;
  fs.writeFileSync(file, data);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
}

/** Stage 1, cached in stdlib/.compiled/ under a key of the RustPython versions. */
function compiled(WebSession, lib, modules) {
  const dir = path.join(OUT, '.compiled');
  const keyFile = path.join(dir, 'key');
  const key = compileKey(lib);
  const code = new Map();
  if (!FORCE && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) {
    for (const m of modules) {
      const file = path.join(dir, `${m.name}.bin`);
      if (fs.existsSync(file)) code.set(m.name, fs.readFileSync(file));
    }
    return { code, failed: [], cached: true };
  }
  const result = compileAll(WebSession, modules);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, data] of result.code) fs.writeFileSync(path.join(dir, `${name}.bin`), data);
  fs.writeFileSync(keyFile, key);
  return { ...result, cached: false };
}

async function main() {
  const lib = findLibDir();
  const wasm = fs.readFileSync(path.join(ROOT, 'pkg', 'pave_bg.wasm'));
  const key = crypto.createHash('sha256').update(compileKey(lib)).update(wasm).digest('hex');
  const keyFile = path.join(OUT, '.key');
  if (!FORCE && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) {
    console.log('stdlib/ is up to date');
    return;
  }
  const start = performance.now();
  const modules = listModules(lib);
  const WebSession = await loadVm();
  const { code, failed, cached } = compiled(WebSession, lib, modules);
  const core = findCore(WebSession, modules, code);

  fs.mkdirSync(path.join(OUT, 'mod'), { recursive: true });
  const index = { modules: {} };
  let offset = 0;
  const coreParts = [];
  for (const name of core) {
    const data = code.get(name);
    index.modules[name] = { package: byNameOf(modules, name).package, core: [offset, data.length] };
    coreParts.push(data);
    offset += data.length;
  }
  const served = new Set();
  for (const m of modules) {
    if (!code.has(m.name) || index.modules[m.name]) continue;
    index.modules[m.name] = { package: m.package };
    served.add(`${m.name}.bin`);
    writeServed(path.join(OUT, 'mod', `${m.name}.bin`), code.get(m.name));
  }
  for (const file of fs.readdirSync(path.join(OUT, 'mod'))) {
    if (!served.has(file.replace(/\.(br|gz)$/, ''))) fs.rmSync(path.join(OUT, 'mod', file));
  }
  writeServed(path.join(OUT, 'core.bin'), Buffer.concat(coreParts));
  writeServed(path.join(OUT, 'index.json'), Buffer.from(JSON.stringify(index)));
  fs.writeFileSync(keyFile, key);

  const size = (f) => fs.statSync(path.join(OUT, f)).size;
  console.log(`stdlib/: ${code.size} modules (${cached ? 'bytecode cached' : `compiled, ${failed.length} failed and skipped`}), ` +
    `core set ${core.length} modules: core.bin ${size('core.bin')} B, brotli ${size('core.bin.br')} B; ` +
    `index.json brotli ${size('index.json.br')} B; ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (failed.length) console.log(`  not compiled: ${failed.map((f) => f.split(':')[0]).join(', ')}`);
}

function byNameOf(modules, name) {
  return modules.find((m) => m.name === name);
}

try {
  await main();
} catch (err) {
  if (!(err instanceof StdlibError)) throw err;
  console.error(`stdlib.mjs: ${err.message}`);
  process.exit(1);
}
