#!/usr/bin/env node
'use strict';
// Starts the bundled command line (dist/cli.cjs). The build leaves beside it V8's
// compiled code for a typical run (dist/cli.cjs.cache, made by scripts/code-cache.cjs);
// starting from it skips most parsing and compiling, which is most of a one-document
// run's time. The cache is used only if it was made for this very bundle (the key on
// the bundle's first line) and V8 accepts it (same V8 version and flags); otherwise
// the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');

/** Compiles and runs the bundle; returns its exports and the compiled script (for making the cache). */
function load() {
  const source = readFileSync(BUNDLE, 'utf8');
  const key = `${source.slice(0, source.indexOf('\n'))}\n`;
  let cachedData;
  try {
    const cache = readFileSync(`${BUNDLE}.cache`);
    if (cache.subarray(0, key.length).toString('latin1') === key) cachedData = cache.subarray(key.length);
  } catch {
    // No cache: compile as usual.
  }
  // The wrapper keeps the bundle's line numbers (it adds nothing before its first line).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE));
  return { cli: bundle.exports, script, key };
}

module.exports = { load };

if (require.main === module) {
  // A reader that stops early (`iop-audit rules | head -1`) is not an error: end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  load().cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
