#!/usr/bin/env node
'use strict';
// Starts the bundled command line (dist/cli.cjs) from its code cache: see load-bundle.cjs.
const { join } = require('node:path');
const { load: loadBundle } = require('./load-bundle.cjs');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');

/** The command line's exports, and its compiled script (for making the cache). */
function load() {
  const { exports, script, key } = loadBundle(BUNDLE);
  return { cli: exports, script, key };
}

module.exports = { load };

if (require.main === module) {
  // Errors writing to standard output and standard error (a reader that stops early, a full disk)
  // are handled by main, which knows the run's exit code: see guarded in src/cli/main.ts.
  load().cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
