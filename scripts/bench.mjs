// `npm run bench`: whole-process timings of iop-audit against floors measured in the
// same run and against ajv-cli, on a generated corpus written as people write program
// documents (scripts/bench/corpus.mjs: seven layouts, ~8% schema-invalid, ~1% syntax
// errors, documents that pass and fail rules). Prints which reader took how many
// documents, the ratios against the targets of issue 18, and peak memory per report
// format. Run by hand; timings are never asserted in tests.
// Options: --sizes 1,1000,10000 --runs 5 --memory-size 10000 (0: no memory table)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { corpusDocuments, LAYOUTS, writeCorpus } from './bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const sizes = arg('sizes', '1,1000,10000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const memorySize = Number(arg('memory-size', String(Math.max(...sizes))));
const haveTime = existsSync('/usr/bin/time');
const work = mkdtempSync(join(tmpdir(), 'iop-audit-bench-'));

const node = process.execPath;
const bin = join(root, 'bin', 'iop-audit.cjs');
const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const schema = join(root, 'schemas', 'program.schema.json');
// What a CI job or pre-commit hook runs: every rule, the terminal report of failures only.
const REPORT = ['--quiet', '--no-color'];
const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', ...extraFormats()];

/** Formats this build has beyond the seven above (the CSV ones), read from its help. */
function extraFormats() {
  const help = spawnSync(node, [bin, '--help'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
  const choices = /choices: ([^)]*)\)/.exec(help.slice(help.indexOf('--format')))?.[1] ?? '';
  return choices.split(',').map((c) => c.trim().replace(/"/g, '')).filter((c) => c && !['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'].includes(c));
}

/**
 * One whole-process run: wall time in ms and, where /usr/bin/time exists, peak resident
 * memory in MiB. Output goes to /dev/null, as hyperfine sends it. `env` adds variables;
 * `stderr` captures standard error (for the reader counts).
 */
function run(argv, { env, stderr = false } = {}) {
  const memoryFile = join(work, 'peak-memory');
  const command = haveTime ? ['/usr/bin/time', '-o', memoryFile, '-f', '%M', ...argv] : argv;
  const started = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), {
    cwd: root, stdio: ['ignore', 'ignore', stderr ? 'pipe' : 'ignore'], encoding: 'utf8', env: { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  // 1 is a verdict (documents that fail); anything else means the command did not do the work being timed.
  if (child.status !== 0 && child.status !== 1) throw new Error(`exit code ${child.status}: ${argv.join(' ')}\n${child.stderr ?? ''}`);
  const kb = haveTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return { ms, mib: kb / 1024, stderr: child.stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Times several commands, alternating them run by run so drift hits all alike. */
function race(commands, repetitions) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const memory = Object.fromEntries(Object.keys(commands).map((k) => [k, 0]));
  for (let i = 0; i < repetitions; i++) {
    for (const [name, command] of Object.entries(commands)) {
      if (command.before) command.before();
      const r = run(command.argv);
      samples[name].push(r.ms);
      memory[name] = Math.max(memory[name], r.mib || 0);
    }
  }
  return Object.fromEntries(Object.keys(commands).map((k) => [k, { ms: median(samples[k]), mib: memory[k] }]));
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mem = (mib) => (Number.isFinite(mib) && mib > 0 ? `${mib.toFixed(0)} MiB` : 'n/a');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** Prints rows as a table with a header. */
function table(header, rows, rightAligned) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

console.log(`iop-audit benchmark · ${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · node ${process.version} · load ${load()}`);

const targets = [];
const rows = [];
for (const n of sizes) {
  const dir = join(work, `n${n}`);
  const cacheFile = join(work, `cache-${n}.json`);
  const clearCache = () => {
    rmSync(cacheFile, { force: true });
    rmSync(`${cacheFile}.report`, { force: true });
  };
  // One document: the corpus's first in the house style, and its first with block scalars.
  const singles = {};
  if (n === 1) {
    mkdirSync(dir, { recursive: true });
    for (const doc of corpusDocuments(200)) {
      for (const layout of ['house', 'block-scalars']) {
        if (!singles[layout] && doc.layout === layout && doc.kind === 'valid') {
          singles[layout] = join(dir, `${layout}.yaml`);
          writeFileSync(singles[layout], doc.text);
        }
      }
    }
  }
  const files = n === 1 ? [singles.house] : writeCorpus(dir, n);
  const target = n === 1 ? singles.house : dir;
  // ajv-cli ends the whole run at the first file it cannot parse: it is given the files it can
  // (the ~1% with syntax errors left out), so that it validates as many documents as iop-audit reads.
  const ajvData = files.filter((file) => {
    try {
      jsyaml.load(readFileSync(file, 'utf8'));
      return true;
    } catch {
      return false;
    }
  }).flatMap((file) => ['-d', file]);
  // One document takes a tenth of a second, where a machine's noise is large: it runs 20 times.
  // The largest size runs three times: each run takes seconds, and its noise is smaller beside that.
  const repetitions = n >= 10000 ? Math.min(3, runs) : n === 1 ? Math.max(runs, 20) : runs;
  const results = race({
    // Node's own start-up, alternated with the rest, so that a ratio never spans a drift of the machine.
    'node -e 0': { argv: [node, '-e', '0'] },
    'read + parse + ajv (js-yaml)': { argv: [node, join(root, 'scripts', 'bench', 'parse-validate.mjs'), n === 1 ? dir : dir] },
    'ajv-cli validate': { argv: [node, ajv, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', schema, ...ajvData] },
    'iop-audit validate': { argv: [node, bin, 'validate', target, ...REPORT] },
    'iop-audit audit': { argv: [node, bin, target, ...REPORT] },
    ...(n === 1 ? { 'iop-audit audit (block scalars)': { argv: [node, bin, singles['block-scalars'], ...REPORT] } } : {}),
    'iop-audit --cache (cold)': { argv: [node, bin, target, ...REPORT, '--cache', '--cache-location', cacheFile], before: clearCache },
    // Warm: the cache the cold run just wrote, nothing changed since.
    'iop-audit --cache (warm)': { argv: [node, bin, target, ...REPORT, '--cache', '--cache-location', cacheFile] },
  }, repetitions);
  const ajvMs = results['ajv-cli validate'].ms;
  const floor = results['node -e 0'];
  for (const [name, r] of Object.entries(results)) {
    const ratios = name === 'node -e 0' ? '1.00× node' : `${(r.ms / floor.ms).toFixed(2)}× node · ${(r.ms / ajvMs).toFixed(2)}× ajv-cli`;
    rows.push([name, String(n), fmt(r.ms), mem(r.mib), ratios]);
  }
  const check = (what, ratio, limit) => targets.push([what, `${ratio.toFixed(2)}×`, `≤ ${limit.toFixed(1)}×`, ratio <= limit ? 'met' : 'NOT met']);
  if (n === 1) {
    check('1 document, audit / node -e 0', results['iop-audit audit'].ms / floor.ms, 1.3);
    check('1 document with block scalars, audit / node -e 0', results['iop-audit audit (block scalars)'].ms / floor.ms, 1.3);
  }
  if (n === 1000) check('1,000 documents, audit / ajv-cli', results['iop-audit audit'].ms / ajvMs, 1.0);
  if (n === 10000) check('10,000 documents, audit / ajv-cli', results['iop-audit audit'].ms / ajvMs, 0.8);
  if (n === 1000 || n === 10000) check(`${n.toLocaleString('en')} documents, validate / ajv-cli`, results['iop-audit validate'].ms / ajvMs, 1.0);
  clearCache();
}

table(['command', 'N', 'median', 'peak memory', 'ratio'], rows, [1, 2, 3]);

// Which reader took each document of the largest corpus (one thread, so every document is counted here).
const largest = Math.max(...sizes.filter((n) => n > 1), 0);
if (largest > 0) {
  const counted = run([node, bin, join(work, `n${largest}`), ...REPORT, '--threads', '1'], { env: { IOP_AUDIT_READERS: '1' }, stderr: true });
  const counts = JSON.parse(/readers: (\{.*\})/.exec(counted.stderr)?.[1] ?? '{}');
  console.log(`\nreaders on ${largest.toLocaleString('en')} documents: plain-shape ${counts.plain}, js-yaml ${counts.jsyaml}, full (yaml) ${counts.full}`);
  const shares = Object.entries(LAYOUTS).map(([layout, share]) => `${layout} ${share}%`).join(', ');
  console.log(`layouts: ${shares}; ~8% schema-invalid, ~1% syntax errors`);
}

// Peak memory by report format at one size, each to standard output (a pipe) and to a file.
if (memorySize > 0) {
  const dir = join(work, `n${memorySize}`);
  if (!existsSync(dir)) writeCorpus(dir, memorySize);
  const memoryRows = [];
  const output = join(work, 'report.out');
  const cacheFile = join(work, 'cache-memory.json');
  let worst = 0;
  for (const format of FORMATS) {
    const cells = [format];
    for (const extra of [[], ['--output', output], ['--cache', '--cache-location', cacheFile]]) {
      rmSync(cacheFile, { force: true });
      rmSync(`${cacheFile}.report`, { force: true });
      const r = run([node, bin, dir, '--no-color', '--format', format, ...extra]);
      worst = Math.max(worst, r.mib);
      cells.push(`${mem(r.mib)} · ${fmt(r.ms)}`);
    }
    memoryRows.push(cells);
  }
  console.log(`\npeak memory, ${memorySize.toLocaleString('en')} documents, every rule, whole report (load ${load()}):`);
  table(['format', 'to stdout (pipe)', '--output file', '--cache (cold), stdout'], memoryRows, []);
  targets.push([`peak memory, ${memorySize.toLocaleString('en')} documents, every format`, mem(worst), '≤ 200 MiB', worst <= 200 ? 'met' : 'NOT met']);
}
rmSync(work, { recursive: true, force: true });

console.log(`\ntargets (issue 18; ratios from this run; load at the end ${load()}):`);
table(['target', 'measured', 'limit', ''], targets, [1]);
