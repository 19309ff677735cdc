import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { offShapeDocuments } from '../scripts/off-shape.cjs';
import { ROOT, cli, tempDir } from './support/cli.js';

const { cacheFile } = createRequire(import.meta.url)('../bin/load-bundle.cjs') as { cacheFile(key: string, data: Uint8Array): Buffer };

/** A bundle's cache file damaged in place, as a disk or an interrupted copy may leave it: its header intact. */
const DAMAGE: Record<string, (cache: Buffer) => Buffer> = {
  // V8 reads this one to the end and aborts the process (exit 133) for the command line's cache.
  'last 4 KB zeroed': (cache) => Buffer.concat([cache.subarray(0, -4096), Buffer.alloc(4096)]),
  'cut short': (cache) => cache.subarray(0, cache.length - 1000),
  'a bit flipped': (cache) => {
    const damaged = Buffer.from(cache);
    damaged[damaged.length >> 1]! ^= 0x10;
    return damaged;
  },
};

/**
 * bin/iop-audit.cjs starts the bundle from the code cache the build made. The
 * cache changes only how fast the tool starts: a missing, stale or damaged
 * cache gives the same output, and a cache is never used with another bundle.
 */
describe('start-up from the code cache', () => {
  /** Starts a copy of the built tool in `dir` and reports whether V8 was given a cache and accepted it. */
  const cacheUse = (dir: string) => {
    const probe = `const { script } = require(${JSON.stringify(join(dir, 'bin', 'iop-audit.cjs'))}).load();
      process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // undefined: no cache given; false: accepted; true: given and refused by V8.
    return run.stdout;
  };
  const copy = () => {
    const dir = tempDir();
    for (const folder of ['bin', 'dist', 'schemas']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    return dir;
  };
  const run = (dir: string) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'iop-audit.cjs'), join(ROOT, 'examples'), '--format', 'json'], {
      encoding: 'utf8', env: { ...process.env, IOP_AUDIT_TODAY: '2026-11-23' },
    });
  const expected = cli([join(ROOT, 'examples'), '--format', 'json']).stdout;

  it('uses the cache the build made', () => {
    expect(cacheUse(ROOT)).toBe('false');
  });

  it('gives the same report without a cache, with a stale one and with a damaged one', () => {
    const dir = copy();
    const cache = join(dir, 'dist', 'cli.cjs.cache');
    const original = readFileSync(cache);
    const key = original.subarray(0, original.indexOf(0x0a) + 1);

    rmSync(cache);
    expect(cacheUse(dir)).toBe('undefined');
    expect(run(dir).stdout).toBe(expected);

    // Made for another bundle: never handed to V8.
    writeFileSync(cache, Buffer.concat([Buffer.from(`// code cache key: ${'0'.repeat(64)}\n`), original.subarray(key.length)]));
    expect(cacheUse(dir)).toBe('undefined');
    expect(run(dir).stdout).toBe(expected);

    // The right key, without the length and checksum of the data: never handed to V8.
    writeFileSync(cache, Buffer.concat([key, Buffer.alloc(4096, 7)]));
    expect(cacheUse(dir)).toBe('undefined');
    expect(run(dir).stdout).toBe(expected);

    // Whole, but not V8's (as after a Node.js upgrade): V8 refuses it and compiles as usual.
    writeFileSync(cache, cacheFile(key.toString('latin1'), Buffer.alloc(4096, 7)));
    expect(cacheUse(dir)).toBe('true');
    const refused = run(dir);
    expect(refused.stderr).toBe('iop-audit: 3 of 8 documents failed\n');
    expect(refused.stdout).toBe(expected);
  });

  it('never hands V8 a cache damaged in place: the run goes on without it', () => {
    const dir = copy();
    const cache = join(dir, 'dist', 'cli.cjs.cache');
    const original = readFileSync(cache);
    for (const [damage, damaged] of Object.entries(DAMAGE)) {
      writeFileSync(cache, damaged(original));
      expect(cacheUse(dir), damage).toBe('undefined');
      const result = run(dir);
      expect(result.stderr, damage).toBe('iop-audit: 3 of 8 documents failed\n');
      expect(result.status, damage).toBe(1);
      expect(result.stdout, damage).toBe(expected);
    }
  });
});

/**
 * Worker threads start the same way (bin/worker.cjs): each thread's bundle runs
 * from its own code cache when it has one, and gives the same report without it.
 */
describe('worker threads start from their code cache', () => {
  /** Whether a thread starting `bundle` in `dir` hands V8 a cache, and V8 accepts it. */
  const cacheUse = (dir: string, bundle: string) => {
    const thread = `const { parentPort, workerData } = require('node:worker_threads');
      const { script } = require(workerData.loader).load(workerData.bundle);
      parentPort.postMessage(String(script.cachedDataRejected));`;
    const job = { settings: { mode: 'audit' }, policy: { failOn: 'error', waivers: [], configDir: dir, cwd: dir, today: '2026-11-23' }, format: 'table', context: {}, maxBytes: 1 };
    const probe = `const { Worker } = require('node:worker_threads');
      const worker = new Worker(${JSON.stringify(thread)}, { eval: true, workerData: ${JSON.stringify({ loader: join(dir, 'bin', 'load-bundle.cjs'), bundle: join(dir, 'dist', bundle), job })} });
      worker.once('message', (answer) => { process.stdout.write(answer); worker.terminate(); });`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return run.stdout;
  };

  it('uses the caches the build made', () => {
    expect(cacheUse(ROOT, 'worker.cjs')).toBe('false');
    expect(cacheUse(ROOT, 'report-worker.cjs')).toBe('false');
  });

  it('gives the same report without them and with damaged ones', () => {
    const dir = tempDir();
    for (const folder of ['bin', 'dist', 'schemas']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 510); // worker threads start at 500 documents
    const report = (format: string) => {
      const run = spawnSync(process.execPath, [join(dir, 'bin', 'iop-audit.cjs'), corpus, '--format', format, '--threads', '2'], {
        encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, IOP_AUDIT_TODAY: '2026-11-23' },
      });
      expect(run.stderr).toMatch(/^iop-audit: \d+ of \d+ documents (failed|invalid)[^\n]*\n$/);
      return run.stdout;
    };
    // Streamed JSON runs on the report workers; SARIF has the workers audit only.
    const expected = { json: report('json'), sarif: report('sarif') };
    expect(JSON.parse(expected.json).documents).toHaveLength(510);

    for (const bundle of ['worker.cjs', 'report-worker.cjs']) rmSync(join(dir, 'dist', `${bundle}.cache`));
    expect(cacheUse(dir, 'report-worker.cjs')).toBe('undefined');
    expect(report('json')).toBe(expected.json);
    expect(report('sarif')).toBe(expected.sarif);

    for (const bundle of ['worker.cjs', 'report-worker.cjs']) {
      const source = readFileSync(join(dir, 'dist', bundle), 'utf8');
      writeFileSync(join(dir, 'dist', `${bundle}.cache`), cacheFile(`${source.slice(0, source.indexOf('\n'))}\n`, Buffer.alloc(4096, 7)));
    }
    expect(cacheUse(dir, 'report-worker.cjs')).toBe('true');
    expect(report('json')).toBe(expected.json);
    expect(report('sarif')).toBe(expected.sarif);

    // Damaged in place (the build's caches, their last 4 KB zeroed): never handed to V8.
    for (const bundle of ['worker.cjs', 'report-worker.cjs']) {
      writeFileSync(join(dir, 'dist', `${bundle}.cache`), DAMAGE['last 4 KB zeroed']!(readFileSync(join(ROOT, 'dist', `${bundle}.cache`))));
    }
    expect(cacheUse(dir, 'worker.cjs')).toBe('undefined');
    expect(cacheUse(dir, 'report-worker.cjs')).toBe('undefined');
    expect(report('json')).toBe(expected.json);
    expect(report('sarif')).toBe(expected.sarif);
  }, 120_000);
});

/**
 * The YAML libraries have a bundle of their own (dist/yaml-libraries.cjs),
 * which the built tool starts only for documents the plain-shape reader
 * declines: a run that needs it gives what the sources give, with or without
 * its cache, and a plain document never starts it.
 */
describe('the YAML libraries start when a document needs them', () => {
  const dir = tempDir();
  for (const folder of ['bin', 'dist', 'schemas']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  const documents = join(dir, 'documents');
  mkdirSync(documents);
  const example = readFileSync(join(ROOT, 'examples', 'riverside-evening-iop.yaml'), 'utf8');
  for (const [name, text] of Object.entries(offShapeDocuments(example))) writeFileSync(join(documents, name), text);
  writeFileSync(join(documents, 'plain.yaml'), example);
  const expected = cli([documents, '--format', 'json']).stdout;

  /** Runs the built copy on `target`; says whether it started the YAML libraries' bundle, and whether V8 took its cache. */
  const run = (target: string) => {
    const probe = `const loader = require(${JSON.stringify(join(dir, 'bin', 'load-bundle.cjs'))});
      process.argv = [process.argv[0], 'iop-audit', ${JSON.stringify(target)}, '--format', 'json'];
      let out = '';
      const { cli } = require(${JSON.stringify(join(dir, 'bin', 'iop-audit.cjs'))}).load();
      cli.main(process.argv.slice(2), { stdout: { write: (t) => { out += t; return true; }, isTTY: false }, stderr: process.stderr, readStdin: async () => Buffer.alloc(0), cwd: process.cwd(), env: { IOP_AUDIT_TODAY: '2026-11-23' } })
        .then(() => process.stdout.write(JSON.stringify({ out, started: [...loader.started.entries()].filter(([bundle]) => bundle.endsWith('yaml-libraries.cjs')).map(([, { script }]) => String(script.cachedDataRejected)) })));`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    // Nothing, or (for the folder, where one document is invalid) the one line that says why the run fails.
    expect(result.stderr).toMatch(/^(iop-audit: 1 of 4 documents invalid\n)?$/);
    return JSON.parse(result.stdout) as { out: string; started: string[] };
  };

  it('starts them from their cache for documents off the plain shape, and not for a plain one', () => {
    const all = run(documents);
    expect(all.out).toBe(expected);
    // One start, with the cache accepted (false: not rejected).
    expect(all.started).toEqual(['false']);
    expect(all.out).toContain("this list opened with '[' is not closed");
    expect(run(join(documents, 'plain.yaml')).started).toEqual([]);
  });

  it('never hands V8 their cache damaged in place', () => {
    const cache = join(dir, 'dist', 'yaml-libraries.cjs.cache');
    const original = readFileSync(cache);
    for (const [damage, damaged] of Object.entries(DAMAGE)) {
      writeFileSync(cache, damaged(original));
      const all = run(documents);
      expect(all.started, damage).toEqual(['undefined']);
      expect(all.out, damage).toBe(expected);
    }
    writeFileSync(cache, original);
  });

  it('gives the same report without their cache', () => {
    rmSync(join(dir, 'dist', 'yaml-libraries.cjs.cache'));
    const all = run(documents);
    expect(all.started).toEqual(['undefined']);
    expect(all.out).toBe(expected);
  });
});
