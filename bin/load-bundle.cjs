'use strict';
// Starts a bundle of the tool (dist/cli.cjs, a worker thread's dist/*-worker.cjs, or the YAML
// libraries' dist/yaml-libraries.cjs and the command line's dist/on-demand.cjs, which the others
// start when they first need them) from the
// V8 compiled code the build left beside it (<bundle>.cache, made by scripts/code-cache.cjs).
// Starting from it skips most parsing and compiling, which is most of a one-document run's
// time and of a worker thread's start. The cache is used only if it was made for this very
// bundle (the key on the bundle's first line), its bytes are the ones the build wrote (their
// length and checksum, on the cache's second line), and V8 accepts it (same V8 version and
// flags); otherwise the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** A bundle's key: its first line (written by scripts/build.mjs), which heads the cache made for it. */
function keyOf(source) {
  return `${source.slice(0, source.indexOf('\n'))}\n`;
}

/**
 * A checksum of the compiled code, checked before V8 is given it: V8 checks a cache's version,
 * flags and length but not its bytes (its own checksum is kept only in debug builds), and
 * damaged bytes can make it abort the process while reading them. CRC-32 from zlib (native:
 * 0.2 ms for the command line's cache): a checksum loop in JavaScript or WebAssembly ran before
 * the compilers had caught up with it (1-3 ms on an idle machine, 5-20 ms on a busy one), and
 * node:crypto takes 2.3 ms to load. Node.js before 20.15 has no CRC-32 in zlib: there the cache is
 * not used.
 */
function checksum(bytes) {
  const crc32 = zlibCrc32 ??= crc32Function();
  if (typeof crc32 !== 'function') throw new Error('zlib.crc32 needs Node.js 20.15 or later');
  return crc32(bytes, 0);
}

let zlibCrc32;

/**
 * zlib's CRC-32 from Node.js's zlib binding, the function behind node:zlib's crc32: loading
 * node:zlib loads Node.js's stream modules with it (1.3 ms), which a run writing to a file or to
 * /dev/null never needs otherwise (see guarded in src/cli/main.ts). process.binding is deprecated
 * (DEP0111, in the documentation only) and warns under --pending-deprecation, which wraps it:
 * then, or if the binding has no such function, node:zlib is loaded. Should the binding's function
 * ever compute something else, no cache matches its checksum and the tool starts without one.
 */
function crc32Function() {
  if (process.binding.name === 'binding') {
    try {
      const { crc32 } = process.binding('zlib');
      if (typeof crc32 === 'function') return crc32;
    } catch {
      // Not lent to this thread, or not at all: node:zlib below.
    }
  }
  return require('node:zlib').crc32;
}

/**
 * The check line under the key: `// <length> bytes, crc32 <8 hex digits>`, padded so that the
 * compiled code starts on an 8-byte boundary (V8 copies cached data that is not pointer-aligned).
 */
function checkLine(key, data) {
  const line = `// ${data.length} bytes, crc32 ${checksum(data).toString(16).padStart(8, '0')}`;
  return `${line.padEnd(line.length + ((8 - ((key.length + line.length + 1) % 8)) % 8))}\n`;
}

const CHECK_LINE = /^\/\/ (\d+) bytes, crc32 ([0-9a-f]{8}) *$/;

/** A cache file for a bundle: its key, the check line, then V8's compiled code. */
function cacheFile(key, data) {
  return Buffer.concat([Buffer.from(key + checkLine(key, data), 'latin1'), data]);
}

/** The compiled code in a cache file, if the file was made for the bundle with this key and is whole. */
function cachedDataOf(cache, key) {
  if (cache.subarray(0, key.length).toString('latin1') !== key) return undefined;
  const end = cache.indexOf(0x0a, key.length);
  const check = CHECK_LINE.exec(cache.subarray(key.length, end === -1 ? key.length : end).toString('latin1'));
  if (!check) return undefined;
  const data = cache.subarray(end + 1);
  return data.length === Number(check[1]) && checksum(data) === Number.parseInt(check[2], 16) ? data : undefined;
}

/** Bundles started so far, by path, with their compiled scripts: what scripts/code-cache.cjs saves. */
const started = new Map();

/** How dist/on-demand.cjs names a module it takes from the command line (see scripts/build.mjs). */
const HOST = 'on-demand-host:';

/**
 * Compiles and runs a bundle; returns its exports and the compiled script (for making the cache).
 * `host`, when given, lends the bundle modules of the bundle that starts it: its
 * `require('on-demand-host:<path>')` is `host(<path>)`.
 */
function load(bundle, host) {
  // The build writes bundles in ASCII (scripts/build.mjs checks it), which latin1 reads as it is,
  // without the search for multi-byte characters that UTF-8 takes (0.25 ms for the command line).
  const source = readFileSync(bundle, 'latin1');
  const key = keyOf(source);
  let cachedData;
  try {
    cachedData = cachedDataOf(readFileSync(`${bundle}.cache`), key);
  } catch {
    // No cache, or no way to check it: compile as usual.
  }
  // The file is a function of the module's variables, under its key (see scripts/build.mjs).
  const script = new Script(source, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  // The bundle's require is this file's: bundles live in dist/, beside bin/, so what they require
  // (Node.js's modules, packages, and ../bin/load-bundle.cjs, which scripts/build.mjs checks is
  // all) resolves from here as from there; node:module's createRequire costs 0.2 ms to load.
  const bundleRequire = host ? Object.assign((id) => (id.startsWith(HOST) ? host(id.slice(HOST.length)) : require(id)), require) : require;
  script.runInThisContext()(module.exports, bundleRequire, module, bundle, dirname(bundle));
  const loaded = { exports: module.exports, script, key };
  started.set(bundle, loaded);
  return loaded;
}

/** A bundle started at most once: the first call starts it (see load), the others return it. */
function loadOnce(bundle, host) {
  return started.get(bundle) ?? load(bundle, host);
}

module.exports = { cacheFile, keyOf, load, loadOnce, started };
