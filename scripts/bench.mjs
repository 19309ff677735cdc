// `npm run bench`: whole-process timings of iop-audit against floors measured
// in the same run and against ajv-cli, on a generated corpus. Run by hand;
// timings are never asserted in tests. Options: --sizes 1,100,1000,10000 --runs 5
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const sizes = arg('sizes', '1,100,1000,10000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const haveTime = existsSync('/usr/bin/time');
const work = mkdtempSync(join(tmpdir(), 'iop-audit-bench-'));

const node = process.execPath;
const bin = join(root, 'bin', 'iop-audit.cjs');
const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const schema = join(root, 'schemas', 'program.schema.json');
// What a CI job or pre-commit hook runs: every rule, the terminal report of failures only.
const REPORT = ['--quiet', '--no-color'];

/**
 * One whole-process run: wall time in ms and, where /usr/bin/time exists, peak
 * resident memory in MiB. Output goes to /dev/null, as hyperfine sends it: a
 * report captured and decoded here would charge this script's work to the command.
 */
function run(argv) {
  const memoryFile = join(work, 'peak-memory');
  const command = haveTime ? ['/usr/bin/time', '-o', memoryFile, '-f', '%M', ...argv] : argv;
  const started = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  // 1 is a verdict (documents that fail); anything else means the command did not do the work being timed.
  if (child.status !== 0 && child.status !== 1) throw new Error(`exit code ${child.status}: ${argv.join(' ')}`);
  const kb = haveTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return { ms, mib: kb / 1024 };
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

const rows = [];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mem = (mib) => (Number.isFinite(mib) && mib > 0 ? `${mib.toFixed(0)} MiB` : 'n/a');

console.log(`iop-audit benchmark · ${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · node ${process.version}`);

for (const n of sizes) {
  const dir = join(work, `n${n}`);
  writeCorpus(dir, n);
  const target = n === 1 ? join(dir, 'program-00000.yaml') : dir;
  const cacheFile = join(work, `cache-${n}.json`);
  // The largest size runs three times: each run takes seconds, and its noise is smaller beside that.
  // One document takes a tenth of a second, where a machine's noise is large: it runs 20 times.
  const repetitions = n >= 10000 ? Math.min(3, runs) : n === 1 ? Math.max(runs, 20) : runs;
  const results = race({
    // Node's own start-up, alternated with the rest, so that a ratio never spans a drift of the machine.
    'node -e 0': { argv: [node, '-e', '0'] },
    'read + parse (js-yaml)': { argv: [node, join(root, 'scripts', 'bench', 'parse-only.mjs'), dir] },
    // The full reader's library, for documents off the fast path: skipped at 10,000 (about 20 s, and it says nothing new).
    ...(n < 10000 ? { 'read + parse (yaml)': { argv: [node, join(root, 'scripts', 'bench', 'parse-only.mjs'), dir, 'yaml'] } } : {}),
    'read + parse + ajv': { argv: [node, join(root, 'scripts', 'bench', 'parse-validate.mjs'), dir] },
    'ajv-cli validate': { argv: [node, ajv, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', schema, '-d', n === 1 ? target : `${dir}/*.yaml`] },
    'iop-audit audit': { argv: [node, bin, target, ...REPORT] },
    'iop-audit --cache (cold)': { argv: [node, bin, target, ...REPORT, '--cache', '--cache-location', cacheFile], before: () => { rmSync(cacheFile, { force: true }); rmSync(`${cacheFile}.report`, { force: true }); } },
    // Warm: the cache the cold run just wrote, nothing changed since.
    'iop-audit --cache (warm)': { argv: [node, bin, target, ...REPORT, '--cache', '--cache-location', cacheFile] },
  }, repetitions);
  const ajvMs = results['ajv-cli validate'].ms;
  const floor = results['node -e 0'];
  for (const [name, r] of Object.entries(results)) {
    const ratios = name === 'node -e 0' ? '1.00× node' : `${(r.ms / floor.ms).toFixed(2)}× node · ${(r.ms / ajvMs).toFixed(2)}× ajv-cli`;
    rows.push([name, String(n), fmt(r.ms), mem(r.mib), ratios]);
  }
}
rmSync(work, { recursive: true, force: true });

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), ['command', 'N', 'median', 'peak memory', 'ratio'][i].length));
const line = (cells) => cells.map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(line(['command', 'N', 'median', 'peak memory', 'ratio']));
for (const r of rows) console.log(line(r));
