'use strict';
// Run by scripts/build.mjs after bundling. For each bundle it starts it the way the tool
// does (bin/load-bundle.cjs), runs it as a typical invocation would, then saves V8's compiled
// code for everything that ran as <bundle>.cache, headed by the bundle's key and the code's
// length and checksum (see bin/load-bundle.cjs):
// - dist/cli.cjs: one document audited with a table report, three that fail with --quiet (one
//   citing its source documents, a draft with its free text in block scalars and terms the
//   vocabulary does not list): what a one-document run compiles; a folder's run, whose start
//   matters less, compiles the rest;
// - dist/on-demand.cjs: the folder in every report format but the table, and a diff of two reports;
// - dist/yaml-libraries.cjs: documents the plain-shape reader leaves to js-yaml (a block scalar)
//   and to the full YAML library (an anchor, a syntax error), audited by the command line;
// - dist/worker.cjs and dist/report-worker.cjs: a worker thread (started by bin/worker.cjs)
//   auditing the examples, the report worker writing their table report.
// Output is discarded.
const { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { MessageChannel, Worker } = require('node:worker_threads');
const { load } = require('../bin/iop-audit.cjs');
const { cacheFile, keyOf, started } = require('../bin/load-bundle.cjs');
const { offShapeDocuments } = require('./off-shape.cjs');

const root = join(__dirname, '..');
const examples = join(root, 'examples');
const RUNS = [
  ['audit', join('examples', 'riverside-evening-iop.yaml')],
  ['audit', join('examples', 'summit-day-program.yaml'), '--quiet', '--no-color'],
  ['audit', join('examples', 'engagement', 'adult-evening-iop.yaml'), '--quiet', '--no-color'],
];

/**
 * A draft as people write them: `plain` with its free text (a mapping's plain value of several
 * words) written as block scalars, folded (`>-`, over two lines) and literal (`|-`) in turn, and
 * outcome measures written another way (`Client Satisfaction`) or not in the vocabulary. Without
 * it a one-document run of such a draft compiled ~20 KB of code the cache lacked.
 */
function draftAsWritten(plain) {
  if (/^quality:/m.test(plain)) throw new Error('the draft for the code cache has a quality: section already: see draftAsWritten');
  let count = 0;
  const text = plain.replace(/^( *)([a-z_]+): ([A-Za-z][^#"'[\]{}:\n]* [^#"'[\]{}:\n]*)$/gm, (_line, indent, key, text) => {
    const words = text.split(' ');
    const half = Math.ceil(words.length / 2);
    const body = count++ % 2 === 0 ? ['>-', words.slice(0, half).join(' '), words.slice(half).join(' ')] : ['|-', text];
    return `${indent}${key}: ${body[0]}\n${body.slice(1).map((line) => `${indent}  ${line}`).join('\n')}`;
  });
  if (count < 2) throw new Error('the draft for the code cache has fewer than two block scalars: see draftAsWritten');
  return `${text}quality:\n  outcome_measures: [Client Satisfaction, Local Recovery Scale]\n`;
}

function save(bundle, key, data) {
  const target = `${bundle}.cache`;
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, cacheFile(key, data));
  renameSync(temporary, target);
}

async function commandLine() {
  const { cli, script, key } = load();
  const io = {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true, isTTY: false },
    readStdin: async () => Buffer.alloc(0),
    cwd: root,
    env: {},
  };
  const dir = mkdtempSync(join(tmpdir(), 'iop-audit-code-cache-'));
  try {
    const draft = join(dir, 'draft.yaml');
    writeFileSync(draft, draftAsWritten(readFileSync(join(examples, 'new-horizons-draft.yaml'), 'utf8')));
    for (const argv of [...RUNS, ['audit', draft, '--quiet', '--no-color']]) {
      const code = await cli.main(argv, io);
      if (code === 2) throw new Error(`the code cache run \`iop-audit ${argv.join(' ')}\` could not run`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  save(join(root, 'dist', 'cli.cjs'), key, script.createCachedData());
  await onDemand(cli, io);
  await yamlLibraries(cli, io);
}

/** Runs the command line's other report formats and a diff, which start the on-demand bundle; saves its cache. */
async function onDemand(cli, io) {
  for (const format of ['json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv-plan', 'csv-ratings']) {
    await cli.main(['audit', 'examples', '--format', format], io);
  }
  const dir = mkdtempSync(join(tmpdir(), 'iop-audit-code-cache-'));
  try {
    const report = join(dir, 'report.json');
    await cli.main(['audit', 'examples', '--format', `json:${report}`], io);
    await cli.main(['diff', report, report], io);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  saveStarted(join(root, 'dist', 'on-demand.cjs'), 'the on-demand bundle');
}

/** Saves the cache of a bundle the command line started. */
function saveStarted(bundle, what) {
  const loaded = started.get(bundle);
  if (!loaded) throw new Error(`${what} was not started: its cache would be empty`);
  save(bundle, loaded.key, loaded.script.createCachedData());
}

/** Runs the command line on documents that need the YAML libraries, which start their bundle; saves its cache. */
async function yamlLibraries(cli, io) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-audit-code-cache-'));
  try {
    const example = readFileSync(join(examples, 'riverside-evening-iop.yaml'), 'utf8');
    for (const [name, text] of Object.entries(offShapeDocuments(example))) writeFileSync(join(dir, name), text);
    await cli.main(['audit', dir, '--format', 'json'], io);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  saveStarted(join(root, 'dist', 'yaml-libraries.cjs'), 'the YAML libraries');
}

/** Starts a worker thread on `name`'s bundle, hands it `batch`, then asks it for its compiled code. */
async function workerThread(name, job, batch) {
  const bundle = join(root, 'dist', `${name}.cjs`);
  const key = keyOf(readFileSync(bundle, 'utf8'));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(root, 'bin', 'worker.cjs'), { workerData: { bundle, job, cachePort: port2 }, transferList: [port2] });
  try {
    const data = await new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => {
        port1.once('message', resolve);
        port1.postMessage('cache');
      });
      worker.postMessage(batch);
    });
    save(bundle, key, Buffer.from(data));
  } finally {
    port1.close();
    await worker.terminate();
  }
}

async function main() {
  // A cache is checked by its CRC-32 before V8 is given it (bin/load-bundle.cjs); a Node.js without
  // zlib.crc32 (before 20.15) could not check one, so the tool runs from its bundles alone there.
  if (typeof require('node:zlib').crc32 !== 'function') {
    process.stderr.write(`code cache: not made (Node.js ${process.version} has no zlib.crc32 to check it; 20.15 or later has): the tool starts without it\n`);
    return;
  }
  await commandLine();
  const files = readdirSync(examples).filter((name) => name.endsWith('.yaml')).sort();
  const settings = { mode: 'audit' };
  await workerThread('worker', settings, {
    id: 0,
    documents: files.map((name) => ({ file: `examples/${name}`, text: readFileSync(join(examples, name), 'utf8') })),
  });
  await workerThread('report-worker', {
    settings,
    policy: { failOn: 'error', waivers: [], configDir: root, cwd: root, today: '2026-01-01' },
    format: 'table',
    context: { color: false, quiet: false, width: 120 },
    maxBytes: 1024 * 1024,
  }, { id: 0, first: 0, sources: files.map((name) => ({ file: `examples/${name}`, path: join(examples, name) })) });
}

main().catch((error) => {
  process.stderr.write(`code cache: ${error.message}\n`);
  process.exitCode = 1;
});
