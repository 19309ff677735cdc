import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { offShapeDocuments } from '../scripts/off-shape.cjs';
import { ROOT, cli, tempDir } from './support/cli.js';

/**
 * Every way the tool can reach a result (one thread, worker threads, a cold
 * cache, a warm cache) must give byte-identical reports.
 */
describe('single, workers and cache give the same report', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus, 520); // above the 500 documents at which worker threads start
  cpSync(join(ROOT, 'examples'), join(corpus, 'examples'), { recursive: true });
  // A few documents off the plain shape, so that every path also starts the YAML libraries' bundle
  // (a value continued on the next line for js-yaml, an anchor for the full reader, a syntax error).
  readdirSync(corpus).filter((name) => name.endsWith('.yaml')).slice(400, 430).forEach((name, i) => {
    const path = join(corpus, name);
    writeFileSync(path, Object.values(offShapeDocuments(readFileSync(path, 'utf8')))[i % 3]!);
  });
  const cache = join(dir, 'cache.json');
  const report = (name: string, args: string[]) => {
    const out = join(dir, `${name}.json`);
    const run = cli([corpus, '--format', 'json', '--output', out, ...args], { cwd: dir });
    expect(run.stderr).toMatch(/^iop-audit: \d+ of \d+ documents? (failed|invalid)[^\n]*\n$/);
    expect(run.code).toBe(1);
    return readFileSync(out, 'utf8');
  };

  it('on a generated corpus plus the examples', () => {
    const single = report('single', ['--threads', '1']);
    expect(JSON.parse(single).documents).toHaveLength(528); // 520 generated, 6 examples and the example engagement's 2
    expect(report('workers', ['--threads', '2'])).toBe(single);
    expect(report('cold', ['--threads', '1', '--cache', '--cache-location', cache])).toBe(single);
    expect(report('warm', ['--threads', '1', '--cache', '--cache-location', cache])).toBe(single);
    expect(report('warm-workers', ['--threads', '2', '--cache', '--cache-location', cache])).toBe(single);
  }, 120_000);

  it('reuses every entry of an intact cache, of every kind of result (the checks miss nothing)', () => {
    const location = join(dir, 'every-entry.cache');
    const cold = report('every-entry-cold', ['--threads', '1', '--cache', '--cache-location', location]);
    const written = statSync(location).ino;
    for (const threads of ['1', '2']) {
      rmSync(`${location}.report`);
      expect(report(`every-entry-warm-${threads}`, ['--threads', threads, '--cache', '--cache-location', location])).toBe(cold);
      // A miss would have been audited again and the cache written anew (a new file, renamed into place).
      expect(statSync(location).ino, `--threads ${threads}`).toBe(written);
    }
  }, 120_000);

  it('writes the same report and the same cache when worker threads write a cached run', () => {
    // Its own copy of the corpus: a few documents are edited below.
    const copy = join(dir, 'cached-corpus');
    cpSync(corpus, copy, { recursive: true });
    const stream = (args: string[]) => {
      const run = cli([copy, '--format', 'json', ...args], { cwd: dir });
      expect(run.stderr).toMatch(/^iop-audit: \d+ of \d+ documents? (failed|invalid)[^\n]*\n$/);
      return run.stdout;
    };
    const uncached = stream(['--threads', '1']);
    const onWorkers = join(dir, 'streamed-workers.cache');
    const single = join(dir, 'streamed-single.cache');
    expect(stream(['--threads', '2', '--cache', '--cache-location', onWorkers]) === uncached).toBe(true);
    expect(stream(['--threads', '1', '--cache', '--cache-location', single]) === uncached).toBe(true);
    expect(readFileSync(onWorkers).equals(readFileSync(single))).toBe(true);
    expect(readFileSync(`${onWorkers}.report`).equals(readFileSync(`${single}.report`))).toBe(true);
    // Some documents changed, one broken: the rest come from the cache, these are audited again.
    const names = readdirSync(copy).filter((name) => name.endsWith('.yaml')).sort();
    for (const name of [names[3]!, names[250]!, names[510]!]) {
      const path = join(copy, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/days_to_first_session: \d+/, 'days_to_first_session: 30'));
    }
    writeFileSync(join(copy, names[100]!), 'version: [\n');
    const edited = stream(['--threads', '1']);
    expect(edited).not.toBe(uncached);
    expect(stream(['--threads', '2', '--cache', '--cache-location', onWorkers]) === edited).toBe(true);
    expect(stream(['--threads', '1', '--cache', '--cache-location', single]) === edited).toBe(true);
    expect(readFileSync(onWorkers).equals(readFileSync(single))).toBe(true);
  }, 120_000);

  it('writes the same report while it runs (to standard output) as whole (to a report file)', () => {
    for (const format of ['json', 'table']) {
      const out = join(dir, `whole.${format}`);
      const whole = cli([corpus, '--format', format, '--output', out, '--threads', '1'], { cwd: dir });
      const text = readFileSync(out, 'utf8');
      for (const threads of ['1', '2']) {
        const streamed = cli([corpus, '--format', format, '--threads', threads], { cwd: dir });
        expect(streamed.code).toBe(whole.code);
        expect(streamed.stdout === text, `${format} on ${threads} thread(s)`).toBe(true);
      }
    }
  }, 120_000);

  it('applies waivers and a baseline the same way when worker threads write the report', () => {
    const config = join(dir, 'policy.yaml');
    writeFileSync(config, [
      'waivers:',
      '  - rule: SAMHSA-02',
      '    files: ["corpus/program-002*.yaml"]',
      '    justification: Waiting list closes this quarter.',
      '    approved_by: A. Lee',
      '  - rule: SAMHSA-01',
      '    files: ["elsewhere/*.yaml"]',
      '    justification: Covers nothing here.',
      '    approved_by: A. Lee',
      '  - rule: JOINT-02',
      '    files: ["corpus/**"]',
      '    justification: Expired.',
      '    approved_by: A. Lee',
      '    expires: 2026-01-01',
      '',
    ].join('\n'));
    const baseline = join(dir, 'baseline.json');
    cli([join('corpus', 'examples'), '--format', 'json', '--output', baseline], { cwd: dir });
    const env = { IOP_AUDIT_TODAY: '2026-06-30' };
    const policy = ['--config', config, '--baseline', baseline];
    for (const format of ['json', 'table']) {
      const out = join(dir, `policy.${format}`);
      const whole = cli([corpus, '--format', format, '--output', out, '--threads', '1', ...policy], { cwd: dir, env });
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('waived');
      expect(text).toContain('matched no failing result');
      expect(text).toContain('expired on 2026-01-01');
      const streamed = cli([corpus, '--format', format, '--threads', '2', ...policy], { cwd: dir, env });
      expect(streamed.code).toBe(whole.code);
      expect(streamed.stdout === text, format).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8')).summary.baselined).toBeGreaterThan(0);
  }, 120_000);

  /** What the report workers are given in the tests below that call them directly: a JSON report, no policy. */
  const reportWorker = pathToFileURL(join(ROOT, 'dist', 'report-worker.cjs'));
  const jsonJob = {
    settings: { mode: 'audit' as const },
    policy: { failOn: 'error' as const, waivers: [], configDir: dir, cwd: dir, today: '2026-06-30' },
    format: 'json' as const,
    context: { color: false, quiet: false, width: 120 },
    maxBytes: 1 << 20,
  };

  it('stops at a file that cannot be read on a worker thread, after writing what came before it', async () => {
    const { reportOnWorkers } = await import('../src/run/pool.js');
    const sources = readdirSync(corpus).filter((name) => name.endsWith('.yaml')).slice(0, 70)
      .map((name) => ({ file: name, path: join(corpus, name) }));
    // Gone after discovery: only the worker finds out.
    sources.splice(66, 0, { file: 'gone.yaml', path: join(corpus, 'gone.yaml') });
    let written = '';
    await expect(reportOnWorkers(reportWorker, 2, jsonJob, sources.length, sources.values(), { start: () => {}, write: (bytes) => { written += Buffer.from(bytes).toString(); }, onProgress: () => {} }))
      .rejects.toThrow('cannot read gone.yaml: ENOENT');
    expect(written.match(/\n {4}\{\n {6}"file": /g)).toHaveLength(66);
  });

  it('waits for a slow reader of the report instead of queueing the report in memory', async () => {
    const names = readdirSync(corpus).filter((name) => name.endsWith('.yaml'));
    const hold = () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => { release = resolve; });
      return { held, release };
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

    // One thread: nothing more is audited while the reader is behind.
    const { auditSources } = await import('../src/run/run.js');
    const texts = names.slice(0, 5).map((name) => ({ file: name, read: { text: readFileSync(join(corpus, name), 'utf8') } }));
    const one = hold();
    let paused = true;
    const audited: string[] = [];
    const single = auditSources(texts, { settings: { mode: 'audit' }, threads: 1, pause: () => (paused ? one.held : undefined) }, (doc) => { audited.push(doc.file); });
    await settle();
    expect(audited).toHaveLength(1);
    paused = false;
    one.release();
    await single;
    expect(audited).toEqual(names.slice(0, 5));

    // Worker threads: no batch is sent while the reader is behind, so at most the two batches each thread starts with are written.
    const { reportOnWorkers } = await import('../src/run/pool.js');
    const sources = names.slice(0, 500).map((name) => ({ file: name, path: join(corpus, name) }));
    const behind = hold();
    let reader = true;
    let written = '';
    const pieces = () => written.match(/\n {4}\{\n {6}"file": /g)?.length ?? 0;
    const run = reportOnWorkers(reportWorker, 2, jsonJob, sources.length, sources.values(), {
      start: () => {}, write: (bytes) => { written += Buffer.from(bytes).toString(); }, onProgress: () => {}, pause: () => (reader ? behind.held : undefined),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(pieces()).toBeLessThanOrEqual(2 * 2 * 64);
    reader = false;
    behind.release();
    expect((await run).summary.documents).toBe(500);
    expect(pieces()).toBe(500);
  });

  it('reads each file for the worker threads when its batch goes out, not all before the first', async () => {
    const { auditSources } = await import('../src/run/run.js');
    const names = readdirSync(corpus).filter((name) => name.endsWith('.yaml')).slice(0, 520);
    const late = join(dir, 'late.yaml');
    writeFileSync(late, readFileSync(join(corpus, names[0]!), 'utf8'));
    const texts = [...names, 'late.yaml'].map((name) => ({ file: name, read: { path: name === 'late.yaml' ? late : join(corpus, name), maxBytes: 1 << 20 } }));
    const results: { file: string; verdict: string; problems?: { kind: string }[] }[] = [];
    await auditSources(texts, { settings: { mode: 'audit' }, threads: 2, workerUrl: pathToFileURL(join(ROOT, 'dist', 'worker.cjs')) }, (doc) => {
      // Changed once the first result is in: read only when its batch goes out, the last file is read as changed.
      if (results.length === 0) writeFileSync(late, 'program: [unclosed\n');
      results.push(doc);
    });
    expect(results).toHaveLength(521);
    expect(results.at(-1)).toMatchObject({ file: 'late.yaml', verdict: 'invalid', problems: [{ kind: 'syntax' }] });
  }, 120_000);

  it('streams a cached run the same as an uncached one, and a damaged cache line is only a miss', () => {
    const whole = readFileSync(join(dir, 'single.json'), 'utf8');
    const streamedCache = join(dir, 'stream-cache');
    const run = () => cli([corpus, '--format', 'json', '--cache', '--cache-location', streamedCache], { cwd: dir });
    expect(run().stdout === whole, 'cold').toBe(true);
    expect(run().stdout === whole, 'warm').toBe(true);
    // Drop the whole-run memo and damage one entry: the rest are reused, that one audited again.
    rmSync(`${streamedCache}.report`);
    const lines = readFileSync(streamedCache, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^\{"format":2,"key":"[0-9a-f]{64}"\}$/);
    lines[3] = lines[3]!.slice(0, lines[3]!.length >> 1);
    writeFileSync(streamedCache, lines.join('\n'));
    expect(run().stdout === whole, 'damaged').toBe(true);
  }, 120_000);

  it('re-audits a changed file, and never serves a stale result', () => {
    const work = join(dir, 'edit');
    mkdirSync(work);
    const file = join(work, 'p.yaml');
    const original = readFileSync(join(ROOT, 'examples', 'riverside-evening-iop.yaml'), 'utf8');
    writeFileSync(file, original);
    const run = (args: string[] = []) => cli(['p.yaml', '--format', 'json', '--cache', '--cache-location', cache, ...args], { cwd: work });
    expect(run().code).toBe(0);
    writeFileSync(file, original.replace('method: urine', 'method: hair'));
    const changed = run();
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("'hair' looks back months");
    // A changed setting (here a rule turned off in the config) is a different cache key.
    writeFileSync(join(work, '.iop-audit.yaml'), 'rules:\n  monitor-abstinence: off\n');
    expect(run().code).toBe(0);
    // A corrupt cache file is ignored, not trusted.
    writeFileSync(cache, '{"format":1,"key":"x","entries":');
    expect(run().code).toBe(0);
  });

  it('refuses binary and badly encoded files the same way with and without the cache', () => {
    const work = join(dir, 'refused');
    mkdirSync(work);
    writeFileSync(join(work, 'a-binary.yaml'), Buffer.from([0x76, 0x3a, 0x20, 0x00, 0x01]));
    writeFileSync(join(work, 'b-latin1.yaml'), Buffer.from('program:\n  name: Caf\xe9\n', 'latin1'));
    writeFileSync(join(work, 'c-good.yaml'), readFileSync(join(ROOT, 'examples', 'riverside-evening-iop.yaml')));
    const plain = cli(['.', '--format', 'json'], { cwd: work });
    expect(plain.stdout).toContain('the file is binary');
    expect(plain.stdout).toContain('not valid UTF-8');
    const cached = () => cli(['.', '--format', 'json', '--cache', '--cache-location', join(work, 'cache')], { cwd: work });
    expect(cached()).toEqual(plain);
    expect(cached()).toEqual(plain);
  });

  it('gives back a whole unchanged run from its memo, and only an unchanged one', () => {
    const work = join(dir, 'memo');
    mkdirSync(work);
    writeFileSync(join(work, 'p.yaml'), readFileSync(join(ROOT, 'examples', 'summit-day-program.yaml'), 'utf8'));
    const memoCache = join(work, 'cache.json');
    const run = (args: string[], env: Record<string, string> = {}) => cli(['p.yaml', '--cache', '--cache-location', memoCache, ...args], { cwd: work, env });
    const first = run([]);
    expect(first.code).toBe(1);
    expect(readFileSync(`${memoCache}.report`, 'utf8')).toContain(first.stdout);
    const again = run([]);
    expect(again).toEqual(first);
    // Another format, another exit policy, another day (waivers expire): each is a new run.
    expect(run(['--format', 'json']).stdout.startsWith('{')).toBe(true);
    expect(run(['--max-warnings', '5', '--fail-on', 'warning']).code).toBe(1);
    writeFileSync(join(work, '.iop-audit.yaml'), 'waivers:\n  - rule: JOINT-02\n    files: ["p.yaml"]\n    justification: Converting to partial hospitalization this quarter.\n    approved_by: A. Lee\n    expires: 2026-12-01\n');
    const waived = run([]);
    expect(waived.stdout).toContain('waived: Converting to partial hospitalization');
    const later = run([], { IOP_AUDIT_TODAY: '2027-01-15' });
    expect(later.stdout).not.toContain('waived: Converting');
    expect(later.stdout).toContain('expired on 2026-12-01');
    // A damaged memo is a miss, never a wrong report.
    writeFileSync(`${memoCache}.report`, 'not a memo');
    expect(run([])).toEqual(waived);
  });
});
