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
