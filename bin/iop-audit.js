#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`iop-audit rules | head -1`) is not an error: end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
