'use strict';
// Starts a bundle of the tool (dist/cli.cjs, a worker thread's dist/*-worker.cjs, or the YAML
// libraries' dist/yaml-libraries.cjs, which the others start when they first need it) from the
// V8 compiled code the build left beside it (<bundle>.cache, made by scripts/code-cache.cjs).
// Starting from it skips most parsing and compiling, which is most of a one-document run's
// time and of a worker thread's start. The cache is used only if it was made for this very
// bundle (the key on the bundle's first line) and V8 accepts it (same V8 version and flags);
// otherwise the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** A bundle's key: its first line (written by scripts/build.mjs), which heads the cache made for it. */
function keyOf(source) {
  return `${source.slice(0, source.indexOf('\n'))}\n`;
}

/** Bundles started so far, by path, with their compiled scripts: what scripts/code-cache.cjs saves. */
const started = new Map();

/** Compiles and runs a bundle; returns its exports and the compiled script (for making the cache). */
function load(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const key = keyOf(source);
  let cachedData;
  try {
    const cache = readFileSync(`${bundle}.cache`);
    if (cache.subarray(0, key.length).toString('latin1') === key) cachedData = cache.subarray(key.length);
  } catch {
    // No cache: compile as usual.
  }
  // The wrapper keeps the bundle's line numbers (it adds nothing before its first line).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const loaded = { exports: module.exports, script, key };
  started.set(bundle, loaded);
  return loaded;
}

module.exports = { keyOf, load, started };
