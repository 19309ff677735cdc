'use strict';
// Run by scripts/build.mjs after bundling: starts the bundle the way bin/iop-audit.cjs
// does, runs it as a typical invocation would (a document audited with a table report,
// a folder with a JSON report), then saves V8's compiled code for everything that ran
// as dist/cli.cjs.cache, headed by the bundle's key. Output is discarded.
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { load } = require('../bin/iop-audit.cjs');

const root = join(__dirname, '..');
const RUNS = [
  ['audit', join('examples', 'riverside-evening-iop.yaml')],
  ['audit', 'examples', '--format', 'json'],
];

async function main() {
  const { cli, script, key } = load();
  const io = {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true, isTTY: false },
    readStdin: async () => Buffer.alloc(0),
    cwd: root,
    env: {},
  };
  for (const argv of RUNS) {
    const code = await cli.main(argv, io);
    if (code === 2) throw new Error(`the code cache run \`iop-audit ${argv.join(' ')}\` could not run`);
  }
  const target = join(root, 'dist', 'cli.cjs.cache');
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
  renameSync(temporary, target);
}

main().catch((error) => {
  process.stderr.write(`code cache: ${error.message}\n`);
  process.exitCode = 1;
});
